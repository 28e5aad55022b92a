import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import * as path from 'node:path';
import { InputError } from './errors.js';

/**
 * Replaces a file's content so that it is never seen half-written: the text goes to a temporary file
 * in the same folder (same file system, so the rename is atomic), which is flushed and then renamed
 * over the original. The original's permissions are kept.
 */
export function writeFileAtomically(file: string, text: string): void {
    const folder = path.dirname(file);
    const temporary = path.join(folder, `.${path.basename(file)}.lhc-tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
    let mode: number | undefined;
    try {
        mode = statSync(file).mode & 0o777;
    } catch {
        mode = undefined;
    }
    try {
        const handle = openSync(temporary, 'wx', mode ?? 0o644);
        try {
            writeSync(handle, text, null, 'utf8');
            fsyncSync(handle);
        } finally {
            closeSync(handle);
        }
        renameSync(temporary, file);
    } catch (error) {
        try {
            unlinkSync(temporary);
        } catch {
            // The temporary file was never created or is already gone.
        }
        throw new InputError(`Cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
}
