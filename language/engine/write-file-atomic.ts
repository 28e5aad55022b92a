import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import * as path from 'node:path';
import { InputError } from './errors.js';

/**
 * Writes a file so that readers see either the old content or the new, never half of it: the text goes to
 * a temporary file beside the target (same folder, so the rename stays on one file system), is flushed to
 * disk, then renamed over the target. A failure leaves the target untouched and removes the temporary file.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
    const target = path.resolve(file);
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    let descriptor: number | undefined;
    try {
        descriptor = openSync(temporary, 'wx', 0o644);
        const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
        let written = 0;
        while (written < bytes.length) written += writeSync(descriptor, bytes, written, bytes.length - written);
        fsyncSync(descriptor);
        closeSync(descriptor);
        descriptor = undefined;
        renameSync(temporary, target);
    } catch (error) {
        if (descriptor !== undefined) closeSync(descriptor);
        rmSync(temporary, { force: true });
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        throw new InputError(`Cannot write ${file}: ${code}`);
    }
}
