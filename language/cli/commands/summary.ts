import { statSync } from 'node:fs';
import * as path from 'node:path';
import { resolveEarlierVersion } from '../../engine/earlier-version.js';
import { halfReadLine } from '../../parsing/syntax-errors.js';
import { InputError } from '../../engine/errors.js';
import { summariseWorkspace } from '../../engine/summarise.js';
import { writeFileSafely } from '../../engine/write-file.js';
import { SUMMARY_FORMAT_NAMES, SUMMARY_FORMATS, summaryFormatForFile } from '../../render/summary-formats.js';
import { computeChangeImpact } from '../../summary/change-impact.js';
import { EXIT_OK, type CliCommand } from '../command.js';
import { parseAsOf, parseChoice, parseCountOption, resolvePaths } from '../options.js';
import { createProgress } from '../progress.js';

/** Paths in the summary are relative to the one folder given, or to the working folder. */
function rootOf(paths: readonly string[], cwd: string): string {
    if (paths.length === 1) {
        const only = path.resolve(cwd, paths[0]!);
        try {
            if (statSync(only).isDirectory()) return only;
        } catch {
            // A missing path is reported by the workspace loader with the user's own spelling.
        }
    }
    return cwd;
}

export const summaryCommand: CliCommand = {
    name: 'summary',
    summary: 'Write the compliance summary: agreements, delegations, pilots, targets, conditions, traceability.',
    usage: 'lhc summary [paths…] [--format md|html|json] [--out FILE] [--as-of YYYY-MM-DD] [--stale-after DAYS] [--since FOLDER|GIT-REF]',
    options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        'as-of': { type: 'string' },
        'stale-after': { type: 'string' },
        since: { type: 'string' }
    },
    async run(values, positionals, io) {
        const out = values.out === undefined ? undefined : String(values.out);
        // `--out x.pdf` without --format: say so rather than write Markdown into a .pdf.
        if (out && values.format === undefined && path.extname(out) !== '' && !summaryFormatForFile(out)) {
            throw new InputError(`--out ${out}: a summary is written as .md, .html or .json (or name the format with --format ${SUMMARY_FORMAT_NAMES.join('|')})`);
        }
        const format = parseChoice('format', values.format, SUMMARY_FORMAT_NAMES, (out && summaryFormatForFile(out)) || 'md');
        const asOf = parseAsOf(values['as-of']);
        const staleAfterDays = parseCountOption('stale-after', values['stale-after']);
        const since = values.since === undefined ? undefined : String(values.since);
        const paths = resolvePaths(positionals, io.cwd);
        const root = rootOf(positionals.length > 0 ? positionals : [io.cwd], io.cwd);
        const progress = createProgress(io);
        try {
            const current = await summariseWorkspace({ paths, asOf, staleAfterDays, root, onProgress: progress?.report });
            if (since !== undefined) {
                const earlier = resolveEarlierVersion(since, paths, root, io.cwd);
                try {
                    progress?.report(`Checking the version in ${since}…`);
                    const before = await summariseWorkspace({
                        paths: earlier.paths, asOf: current.summary.asOf, staleAfterDays: current.summary.staleAfterDays, root: earlier.root
                    });
                    current.summary.changes = computeChangeImpact(since, before, current);
                } finally {
                    earlier.dispose();
                }
            }
            const text = SUMMARY_FORMATS[format](current.summary);
            progress?.done();
            for (const file of current.halfRead ?? []) {
                io.stderr(`lhc summary: ${halfReadLine(file, (name) => path.relative(io.cwd, name) || name)}; this summary is of what could be read of it\n`);
            }
            if (out) {
                writeFileSafely(path.resolve(io.cwd, out), text, out);
                io.stderr(`Wrote the ${format} summary as of ${current.summary.asOf} to ${out}\n`);
            } else {
                io.stdout(text);
            }
            return EXIT_OK;
        } finally {
            progress?.done();
        }
    }
};
