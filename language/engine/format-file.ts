import type { LhcServices } from '../lhc-module.js';
import { formatText, type SyntaxProblem } from './format.js';

/** What formatting a file's bytes gives: its new bytes, the syntax problems that stop it, or that it is not text. */
export type FileFormatResult =
    | { formatted: Uint8Array; changed: boolean }
    | { problems: SyntaxProblem[] }
    | { notText: true };

const BOM = [0xef, 0xbb, 0xbf];
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Formats a file as `lhc fmt` does, keeping what is the file's own: a UTF-8 byte-order mark stays, and the line
 * endings stay in the file's style — that of its first line break (CRLF or LF) — everywhere, inside multi-line
 * comments and strings too. The layout itself is `formatText`'s.
 */
export function formatFileBytes(services: LhcServices, bytes: Uint8Array): FileFormatResult {
    const hasBom = BOM.every((byte, index) => bytes[index] === byte);
    let text: string;
    try {
        text = utf8.decode(hasBom ? bytes.subarray(3) : bytes);
    } catch {
        return { notText: true };
    }
    const crlf = /\r\n|\r|\n/.exec(text)?.[0] === '\r\n';
    const result = formatText(services, text.replace(/\r\n?/g, '\n'));
    if ('problems' in result) return result;
    const output = (hasBom ? '\ufeff' : '') + (crlf ? result.formatted.replace(/\n/g, '\r\n') : result.formatted);
    const formatted = Buffer.from(output, 'utf8');
    return { formatted, changed: !formatted.equals(Buffer.from(bytes)) };
}
