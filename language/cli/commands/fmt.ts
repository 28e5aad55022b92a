import * as path from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { InputError } from '../../engine/errors.js';
import { formatText } from '../../engine/format.js';
import { findLhcFiles, readLhcFile } from '../../engine/workspace.js';
import { writeFileAtomically } from '../../engine/write-file.js';
import { createLhcServices } from '../../lhc-module.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliCommand } from '../command.js';

/**
 * `lhc fmt`: rewrites `.lhc` files in the canonical layout (the same as the editor's "Format Document").
 * A file with syntax errors is never written: it is reported and the command exits 2 (its input could
 * not be used), after formatting the other files. `--check` writes nothing and exits 1 when any file
 * would change, listing those files.
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
        const paths = positionals.length > 0 ? positionals.map((given) => path.resolve(io.cwd, given)) : [io.cwd];
        const files = findLhcFiles(paths);
        // Formatting nothing must not look like a clean pass.
        if (files.length === 0) throw new InputError(`No .lhc files found in ${positionals.length > 0 ? positionals.join(', ') : '.'}`);
        const services = createLhcServices(NodeFileSystem).Lhc;
        let unformatted = 0;
        let broken = 0;
        for (const file of files) {
            const shown = path.relative(io.cwd, file) || file;
            const result = formatText(services, readLhcFile(file));
            if ('problems' in result) {
                broken++;
                const first = result.problems[0];
                const where = first ? `${first.line}:${first.column}` : '1:1';
                io.stderr(`${shown}:${where}: not formatted, it has a syntax error: ${first?.message ?? 'cannot be parsed'}\n`);
                continue;
            }
            if (!result.changed) continue;
            unformatted++;
            if (checkOnly) {
                io.stdout(`${shown}\n`);
            } else {
                writeFileAtomically(file, result.formatted);
                io.stdout(`formatted ${shown}\n`);
            }
        }
        if (broken > 0) return EXIT_USAGE;
        return checkOnly && unformatted > 0 ? EXIT_FINDINGS : EXIT_OK;
    }
};
