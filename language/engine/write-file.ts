import { randomBytes } from 'node:crypto';
import {
    closeSync, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, ftruncateSync, lstatSync, openSync, readdirSync, readlinkSync, realpathSync,
    renameSync, rmSync, statSync, writeSync, type Stats
} from 'node:fs';
import * as path from 'node:path';
import { InputError } from './errors.js';

/**
 * Every file `lhc` writes goes through here, so that nothing the user has is lost, half-written or replaced by
 * something of another kind:
 * - a regular file (or a path not there yet) is written to a temporary file beside it, flushed, then renamed
 *   over it, so readers see the old content or the new, never half; the original's mode is kept exactly (not
 *   filtered by the umask) and, where the process may (as root), its owner;
 * - a symbolic link is followed: the file it points to is replaced that way, and the link stays a link;
 * - a file with other hard links is rewritten in place (a rename would split it from its other names);
 * - a read-only file is refused (even for root, who could write it anyway);
 * - a FIFO or a character device (`/dev/null`, `/dev/stdout`) is written through, never replaced by a file;
 *   a full device fails with ENOSPC; a FIFO with no reader fails rather than waiting forever;
 * - a folder or a socket is refused.
 * Errors are `InputError`s, one line naming the path and the system's code. Writes loop until every byte is
 * written (a write may take fewer bytes than given).
 */
export function writeFileSafely(file: string, content: string | Uint8Array, shown = file): void {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const target = path.resolve(file);
    file = shown;
    const fail = (error: unknown): never => {
        if (error instanceof InputError) throw error;
        if ((error as NodeJS.ErrnoException).code === 'ENXIO') throw new InputError(`Cannot write ${file}: it is a FIFO with no reader`);
        throw new InputError(`Cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    };
    let stats: Stats | undefined;
    let real = target;
    try {
        stats = lstatSync(target);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') fail(error);
    }
    if (stats?.isSymbolicLink()) {
        try {
            real = realpathSync(target);
            stats = statSync(real);
        } catch (error) {
            const code = (error as NodeJS.ErrnoException).code;
            if (code === 'ELOOP') throw new InputError(`Cannot write ${file}: it is a symbolic link loop`);
            if (code !== 'ENOENT') fail(error);
            // A link to a file not there yet: create that file, and the link stays.
            real = path.resolve(path.dirname(target), readlinkSync(target));
            stats = undefined;
        }
    }
    try {
        if (!stats) return replaceAtomically(real, bytes, undefined);
        if (stats.isDirectory()) throw new InputError(`Cannot write ${file}: it is a folder`);
        if (stats.isSocket()) throw new InputError(`Cannot write ${file}: it is a socket`);
        if (stats.isFIFO() || stats.isCharacterDevice() || stats.isBlockDevice()) return writeThrough(real, bytes, stats.isFIFO());
        if ((stats.mode & 0o222) === 0) throw new InputError(`Cannot write ${file}: it is read-only (mode ${(stats.mode & 0o777).toString(8)})`);
        if (stats.nlink > 1) return rewriteInPlace(real, bytes);
        return replaceAtomically(real, bytes, stats);
    } catch (error) {
        return fail(error);
    }
}

/** Temporary files are named `.<file>.lhc-tmp-<pid>-<random>`: `cleanStaleTemporaryFiles` knows them by it. */
const TEMPORARY = /^\..+\.lhc-tmp-(\d+)-[0-9a-f]{8}$/;

function temporaryFor(file: string): string {
    return path.join(path.dirname(file), `.${path.basename(file)}.lhc-tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

function replaceAtomically(file: string, bytes: Uint8Array, original: Stats | undefined): void {
    cleanStaleTemporaryFiles(path.dirname(file));
    const temporary = temporaryFor(file);
    let descriptor: number | undefined;
    try {
        descriptor = openSync(temporary, 'wx', 0o666);
        writeAll(descriptor, bytes);
        if (original) {
            fchmodSync(descriptor, original.mode & 0o7777);
            if (original.uid !== process.getuid?.() || original.gid !== process.getgid?.()) {
                try {
                    fchownSync(descriptor, original.uid, original.gid);
                } catch {
                    // Only root may give a file away; the content matters more than its owner.
                }
            }
        }
        fsyncSync(descriptor);
        closeSync(descriptor);
        descriptor = undefined;
        renameSync(temporary, file);
    } catch (error) {
        if (descriptor !== undefined) closeSync(descriptor);
        rmSync(temporary, { force: true });
        throw error;
    }
}

function rewriteInPlace(file: string, bytes: Uint8Array): void {
    const descriptor = openSync(file, 'r+');
    try {
        writeAll(descriptor, bytes);
        ftruncateSync(descriptor, bytes.length);
        fsyncSync(descriptor);
    } finally {
        closeSync(descriptor);
    }
}

function writeThrough(file: string, bytes: Uint8Array, fifo: boolean): void {
    // Non-blocking for a FIFO: with no reader the open fails (ENXIO) instead of hanging.
    const descriptor = openSync(file, fifo ? constants.O_WRONLY | constants.O_NONBLOCK : 'w');
    try {
        writeAll(descriptor, bytes);
    } finally {
        closeSync(descriptor);
    }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Writes every byte, however few each write takes; waits briefly while a pipe is full. */
export function writeAll(descriptor: number, bytes: Uint8Array, write: typeof writeSync = writeSync): void {
    let written = 0;
    while (written < bytes.length) {
        try {
            const count = write(descriptor, bytes, written, bytes.length - written);
            if (count === 0 && fstatSync(descriptor).isFile()) throw Object.assign(new Error('no progress'), { code: 'EIO' });
            written += count;
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
            Atomics.wait(pause, 0, 0, 5);
        }
    }
}

/**
 * Removes temporary files of ours left in a folder by a run that was killed (`kill -9` during `lhc fmt`):
 * those whose process is gone. Never fails: cleaning up is a courtesy.
 */
export function cleanStaleTemporaryFiles(folder: string): void {
    let names: string[];
    try {
        names = readdirSync(folder);
    } catch {
        return;
    }
    for (const name of names) {
        const match = TEMPORARY.exec(name);
        if (!match || isRunning(Number(match[1]))) continue;
        rmSync(path.join(folder, name), { force: true });
    }
}

function isRunning(pid: number): boolean {
    if (pid === process.pid) return true;
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
}
