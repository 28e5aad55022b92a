import { allBuiltInRules } from '../../checks/catalogue.js';
import { unknownRuleIds } from '../../config/config-loader.js';
import { checkWorkspace } from '../../engine/check.js';
import { renderCheckJson } from '../../render/check-json.js';
import { renderCheckText } from '../../render/text.js';
import { EXIT_FINDINGS, EXIT_OK, type CliCommand } from '../command.js';
import { parseAsOf, parseChoice, parseCountOption } from '../options.js';

const FORMATS = ['text', 'json'] as const;

export const checkCommand: CliCommand = {
    name: 'check',
    summary: 'Check agreements: every built-in check and every condition, as of a date.',
    usage: 'lhc check [paths…] [--format text|json] [--as-of YYYY-MM-DD] [--max-warnings N]',
    options: {
        format: { type: 'string', short: 'f' },
        'as-of': { type: 'string' },
        'max-warnings': { type: 'string' }
    },
    async run(values, positionals, io) {
        const format = parseChoice('format', values.format, FORMATS, 'text');
        const asOf = parseAsOf(values['as-of']);
        const maxWarnings = parseCountOption('max-warnings', values['max-warnings']);
        const { report, services, config } = await checkWorkspace({
            paths: positionals.length > 0 ? positionals : [io.cwd],
            asOf,
            onProgress: io.interactive && format === 'text' ? (message) => io.stderr(`${message}\r`) : undefined
        });
        // A misspelt rule id in lhc.config.json would silently configure nothing: say so (without failing).
        const known = [...allBuiltInRules.map((rule) => rule.id), ...services.lhc.Facts.get().conditions.map((condition) => condition.name)];
        for (const id of unknownRuleIds(config, known)) {
            io.stderr(`lhc check: warning: ${config!.file}: rules.${id} names no built-in check or condition; it has no effect.\n`);
        }
        if (format === 'json') io.stdout(renderCheckJson(report, io.cwd));
        else io.stdout(renderCheckText(report, { color: io.color, cwd: io.cwd }));
        const tooManyWarnings = maxWarnings !== undefined && report.totals.warnings > maxWarnings;
        return report.totals.errors > 0 || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
    }
};
