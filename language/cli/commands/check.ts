import { appendFileSync } from 'node:fs';
import * as path from 'node:path';
import { allBuiltInRules } from '../../checks/catalogue.js';
import { unknownRuleIds } from '../../config/config-loader.js';
import { checkWorkspace, unreadableDataset } from '../../engine/check.js';
import { conditionRules } from '../../engine/condition-rules.js';
import { InputError } from '../../engine/errors.js';
import { toolVersion } from '../../engine/package-info.js';
import { summariseChecked } from '../../engine/summarise.js';
import { writeFileSafely } from '../../engine/write-file.js';
import { CHECK_FORMAT_NAMES, CHECK_FORMATS } from '../../render/check-formats.js';
import { printable } from '../../render/printable.js';
import { renderSummaryMarkdown } from '../../render/summary-markdown.js';
import { EXIT_FINDINGS, EXIT_OK, type CliCommand } from '../command.js';
import { parseAsOf, parseChoice, parseCountOption, resolvePaths } from '../options.js';
import { createProgress } from '../progress.js';

export const checkCommand: CliCommand = {
    name: 'check',
    summary: 'Check agreements: every built-in check and every condition, as of a date.',
    usage: `lhc check [paths…] [--format ${CHECK_FORMAT_NAMES.join('|')}] [--out FILE] [--as-of YYYY-MM-DD] [--stale-after DAYS] [--max-warnings N]`,
    options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        'as-of': { type: 'string' },
        'stale-after': { type: 'string' },
        'max-warnings': { type: 'string' }
    },
    async run(values, positionals, io) {
        const format = parseChoice('format', values.format, CHECK_FORMAT_NAMES, 'text');
        const asOf = parseAsOf(values['as-of']);
        const maxWarnings = parseCountOption('max-warnings', values['max-warnings']);
        const out = values.out === undefined ? undefined : String(values.out);
        const staleAfterDays = parseCountOption('stale-after', values['stale-after']);
        const paths = resolvePaths(positionals, io.cwd);
        // The one progress helper: its line is erased when loading ends, however it ends.
        const progress = createProgress(io);
        let checked;
        try {
            checked = await checkWorkspace({ paths, asOf, staleAfterDays, onProgress: progress?.report });
        } finally {
            progress?.done();
        }
        const { report, services, config } = checked;
        const unreadable = unreadableDataset(report, io.cwd);
        if (unreadable) throw new InputError(unreadable);
        // A misspelt rule id in lhc.config.json would silently configure nothing: say so (without failing).
        const known = [...allBuiltInRules.map((rule) => rule.id), ...services.lhc.Facts.get().conditions.map((condition) => condition.name)];
        for (const id of unknownRuleIds(config, known)) {
            io.stderr(`lhc check: warning: ${printable(config!.file)}: rules.${printable(id)} names no built-in check or condition; it has no effect.\n`);
        }
        const text = CHECK_FORMATS[format](report, {
            cwd: io.cwd,
            color: io.color && !out,
            toolVersion: toolVersion(),
            docsUrl: (id) => services.lhc.Settings.docsUrl(id),
            conditions: conditionRules(services.lhc.Facts.get())
        });
        if (out) writeFileSafely(path.resolve(io.cwd, out), text, out);
        else io.stdout(text);
        const stepSummary = io.env.GITHUB_STEP_SUMMARY;
        if (format === 'github' && stepSummary) {
            // GitHub shows this file on the run's summary page; it is appended to, as each step adds its part.
            const { summary } = summariseChecked(checked, io.cwd);
            try {
                appendFileSync(stepSummary, renderSummaryMarkdown(summary));
            } catch (error) {
                throw new InputError(`Cannot append to GITHUB_STEP_SUMMARY (${stepSummary}): ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
            }
        }
        const tooManyWarnings = maxWarnings !== undefined && report.totals.warnings > maxWarnings;
        return report.totals.errors > 0 || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
    }
};
