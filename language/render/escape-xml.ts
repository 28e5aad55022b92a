import { printableLines } from './printable.js';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escapes text for XML attributes and content (JUnit reports): line feeds stay, other control characters become
 * visible pictures (printable.ts), and the two non-characters XML 1.0 cannot carry at all (U+FFFE, U+FFFF) are dropped.
 * HTML has its own, escape-html.ts: a page shows a line break as a space and has no `&apos;` in HTML 4.
 */
export function escapeXml(text: string | number): string {
    return printableLines(String(text)).replace(/[\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, (character) => XML_ESCAPES[character]!);
}
