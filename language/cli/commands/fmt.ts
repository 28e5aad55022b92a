import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { InputError } from '../../engine/errors.js';
import { formatFileBytes } from '../../engine/format-file.js';
import { findLhcFiles } from '../../engine/workspace.js';
import { cleanStaleTemporaryFiles, writeFileSafely } from '../../engine/write-file.js';
import { createLhcServices } from '../../lhc-module.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliCommand } from '../command.js';
import { resolvePaths } from '../options.js';
import { printable } from '../../render/printable.js';

/**
 * `lhc fmt`: rewrites `.lhc` files in the canonical layout (the same as the editor's "Format Document"), keeping
 * each file's byte-order mark, line endings, mode, owner, links. A file that cannot be formatted — a syntax error,
 * not UTF-8, read-only, unreadable — is reported on one line and left alone, the others are formatted, and the
 * command exits 2 at the end. `--check` writes nothing and exits 1 when any file would change, listing those files.
 */
export const fmtCommand: CliCommand = {
    name: 'fmt',
    summary: 'Format .lhc files in the canonical layout (--check: only list files that would change).',
    usage: 'lhc fmt [paths…] [--check]',
    options: {
        check: { type: 'boolean' }
    },
    async run(values, positionals, io) {
        const checkOnly = values.check === true;
        const paths = resolvePaths(positionals, io.cwd).map((given) => path.resolve(io.cwd, given));
        const files = findLhcFiles(paths);
        // Formatting nothing must not look like a clean pass.
        if (files.length === 0) throw new InputError(`No .lhc files found in ${positionals.length > 0 ? positionals.join(', ') : '.'}`);
        const services = createLhcServices(NodeFileSystem).Lhc;
        let unformatted = 0;
        let skipped = 0;
        if (!checkOnly) for (const folder of new Set(files.map((file) => path.dirname(file)))) cleanStaleTemporaryFiles(folder);
        for (const file of files) {
            const shown = printable(path.relative(io.cwd, file) || file);
            const skip = (where: string, why: string): void => {
                skipped++;
                io.stderr(`${shown}${where}: not formatted, ${printable(why)}\n`);
            };
            let bytes: Uint8Array;
            try {
                bytes = readFileSync(file);
            } catch (error) {
                skip('', `it cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
                continue;
            }
            const result = formatFileBytes(services, bytes);
            if ('notText' in result) {
                skip('', 'it is not valid UTF-8 text');
                continue;
            }
            if ('problems' in result) {
                const first = result.problems[0];
                skip(`:${first ? `${first.line}:${first.column}` : '1:1'}`, `it has a syntax error: ${first?.message ?? 'cannot be parsed'}`);
                continue;
            }
            if (!result.changed) continue;
            unformatted++;
            if (checkOnly) {
                io.stdout(`${shown}\n`);
                continue;
            }
            try {
                writeFileSafely(file, result.formatted);
                io.stdout(`formatted ${shown}\n`);
            } catch (error) {
                skip('', (error as Error).message.replace(/^Cannot write [^:]*: /, ''));
            }
        }
        if (skipped > 0) return EXIT_USAGE;
        return checkOnly && unformatted > 0 ? EXIT_FINDINGS : EXIT_OK;
    }
};
