import { counted } from '../../model/counted.js';
import { AstUtils, EmptyFileSystem } from 'langium';
import { allBuiltInRules } from '../../checks/catalogue.js';
import { clauseLabel } from '../../conditions/condition-evaluator.js';
import { loadConfigFor } from '../../config/config-loader.js';
import { checkWorkspace } from '../../engine/check.js';
import { findLhcFiles } from '../../engine/workspace.js';
import { createLhcServices } from '../../lhc-module.js';
import { EXIT_OK, type CliCommand } from '../command.js';
import { parseChoice, resolvePaths } from '../options.js';
import { escapeJsonControls, printable } from '../../render/printable.js';

/** One row of the rule catalogue: a built-in check or one of the workspace's conditions. */
export interface RuleRow {
    id: string;
    /** The severity after `lhc.config.json`, or `off`. */
    severity: string;
    source: 'built-in' | 'condition';
    /** A built-in check's category, or a condition's clause. */
    category: string;
    clause?: string;
    description: string;
    /** Where a condition is declared (file:line). */
    location?: string;
}

const FORMATS = ['text', 'json'] as const;

export const rulesCommand: CliCommand = {
    name: 'rules',
    summary: "List the built-in checks and the workspace's conditions: id, severity, source, clause.",
    usage: 'lhc rules [paths…] [--format text|json]',
    options: { format: { type: 'string', short: 'f' } },
    async run(values, positionals, io) {
        const format = parseChoice('format', values.format, FORMATS, 'text');
        const rows = await ruleRows(resolvePaths(positionals, io.cwd));
        if (format === 'json') {
            io.stdout(escapeJsonControls(JSON.stringify({ rules: rows }, null, 2)) + '\n');
            return EXIT_OK;
        }
        io.stdout(renderRuleTable(rows));
        return EXIT_OK;
    }
};

/** The catalogue for a workspace: every built-in rule, then each condition declared in the files. */
export async function ruleRows(paths: string[]): Promise<RuleRow[]> {
    // Outside an agreement workspace there are only the built-in checks (at their configured severities).
    const config = loadConfigFor(paths);
    const hasFiles = findLhcFiles(paths, config?.isIgnored).length > 0;
    const services = hasFiles ? (await checkWorkspace({ paths, command: 'lhc rules' })).services : createLhcServices(EmptyFileSystem).Lhc;
    const settings = services.lhc.Settings;
    if (!hasFiles) for (const [id, severity] of Object.entries(config?.config.rules ?? {})) settings.severities.set(id, severity);
    const rows: RuleRow[] = allBuiltInRules.map((rule) => ({
        id: rule.id,
        severity: settings.severityOf(rule.id, rule.severity),
        source: 'built-in',
        category: rule.category,
        description: rule.description
    }));
    for (const condition of services.lhc.Facts.get().conditions) {
        const document = AstUtils.getDocument(condition);
        const line = condition.$cstNode ? condition.$cstNode.range.start.line + 1 : undefined;
        rows.push({
            id: condition.name,
            severity: settings.severityOf(condition.name, condition.severity ?? 'error'),
            source: 'condition',
            category: 'conditions',
            clause: clauseLabel(condition) || undefined,
            description: condition.title,
            location: `${document.uri.fsPath}${line ? `:${line}` : ''}`
        });
    }
    return rows;
}

function renderRuleTable(rows: readonly RuleRow[]): string {
    const header = { id: 'ID', severity: 'SEVERITY', source: 'SOURCE', where: 'CATEGORY / CLAUSE' };
    const cells = rows.map((row) => ({ id: row.id, severity: row.severity, source: row.source, where: printable(row.clause ?? row.category), description: printable(row.description) }));
    const width = (key: 'id' | 'severity' | 'source' | 'where') => Math.max(header[key].length, ...cells.map((cell) => cell[key].length));
    const [id, severity, source, where] = [width('id'), width('severity'), width('source'), width('where')];
    const line = (cell: { id: string; severity: string; source: string; where: string }, description: string) =>
        `${cell.id.padEnd(id)}  ${cell.severity.padEnd(severity)}  ${cell.source.padEnd(source)}  ${cell.where.padEnd(where)}  ${description}`.trimEnd();
    const builtIns = rows.filter((row) => row.source === 'built-in').length;
    return [
        line(header, 'DESCRIPTION'),
        ...cells.map((cell) => line(cell, cell.description)),
        '',
        `${counted(builtIns, 'built-in check')}, ${counted(rows.length - builtIns, 'condition')}. Run \`lhc explain <id>\` for a rule's documentation.`
    ].join('\n') + '\n';
}
