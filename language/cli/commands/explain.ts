import { counted } from '../../model/counted.js';
import { AstUtils, type AstNode } from 'langium';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { allBuiltInRules, findBuiltInRule } from '../../checks/catalogue.js';
import { tidyFullStops } from '../../checks/wording.js';
import { clauseLabel, type ConditionOutcome } from '../../conditions/condition-evaluator.js';
import { describeScope } from '../../conditions/condition-scope.js';
import { renderTrace, traceCondition } from '../../conditions/condition-trace.js';
import { closest, textOf } from '../../conditions/condition-type-checker.js';
import { isNamedFact } from '../../conditions/condition-types.js';
import { namedDeclarations, type FactIndex } from '../../model/facts.js';
import { checkWorkspace } from '../../engine/check.js';
import { loadConfigFor } from '../../config/config-loader.js';
import { findLhcFiles } from '../../engine/workspace.js';
import { InputError } from '../../engine/errors.js';
import { halfReadFiles, halfReadLine } from '../../parsing/syntax-errors.js';
import type { Condition } from '../../generated/ast.js';
import type { LhcServices } from '../../lhc-module.js';
import { EXIT_OK, type CliCommand } from '../command.js';
import { parseAsOf } from '../options.js';
import { printable, printableLines } from '../../render/printable.js';

/** `docs/rules/` of the installed package (out/language/cli/commands → the package root). */
const DOCS_FOLDER = fileURLToPath(new URL('../../../../docs/rules/', import.meta.url));

export const explainCommand: CliCommand = {
    name: 'explain',
    summary: "Print a rule's documentation: a built-in check's page, or a condition's statement, clause and current result.",
    usage: 'lhc explain <rule-id> [paths…] [--as-of YYYY-MM-DD] [--fact NAME]',
    options: { 'as-of': { type: 'string' }, fact: { type: 'string' } },
    async run(values, positionals, io) {
        const [id, ...paths] = positionals;
        if (!id) throw new InputError('name a rule to explain, e.g. `lhc explain waiver-expired` (see `lhc rules`)');
        const asOf = parseAsOf(values['as-of']);
        const builtIn = findBuiltInRule(id);
        const factName = values.fact === undefined ? undefined : String(values.fact);
        if (builtIn && factName !== undefined) throw new InputError(`--fact traces a condition's evaluation; '${id}' is a built-in check (see \`lhc explain ${id}\`)`);
        if (builtIn) {
            io.stdout(builtInDocumentation(id));
            return EXIT_OK;
        }
        const where = paths.length > 0 ? paths : [io.cwd];
        // With no .lhc files there are no conditions: the id is what is wrong, not the folder.
        if (findLhcFiles(where, loadConfigFor(where)?.isIgnored).length === 0) {
            const suggestion = closest(id, allBuiltInRules.map((rule) => rule.id));
            throw new InputError(`no built-in check is called '${id}'${suggestion ? `; did you mean '${suggestion}'?` : ''}, and there are no .lhc files here to declare a condition of that name (see \`lhc rules\`)`);
        }
        const { services, report, documents } = await checkWorkspace({ paths: where, asOf, command: `lhc explain ${id}` });
        // What follows is worked out from what could be read: say which files were read only in part.
        for (const file of halfReadFiles(documents)) {
            io.stderr(`lhc explain: ${halfReadLine(file, (name) => path.relative(io.cwd, name) || name)}; this explanation is of what could be read of it\n`);
        }
        const condition = services.lhc.Facts.get().conditions.find((candidate) => candidate.name === id);
        if (!condition) {
            const names = [...allBuiltInRules.map((rule) => rule.id), ...services.lhc.Facts.get().conditions.map((c) => c.name)];
            const suggestion = closest(id, names);
            throw new InputError(`no built-in check or condition is called '${id}'${suggestion ? `; did you mean '${suggestion}'?` : ''} (see \`lhc rules\`)`);
        }
        if (factName !== undefined) {
            io.stdout(traceForFact(condition, factName, services, report.asOf));
            return EXIT_OK;
        }
        io.stdout(explainCondition(condition, services, report.asOf, io.cwd));
        return EXIT_OK;
    }
};

/** A built-in rule's documentation page, or its catalogue entry when the page is missing. */
export function builtInDocumentation(id: string): string {
    try {
        return readFileSync(path.join(DOCS_FOLDER, `${id}.md`), 'utf8');
    } catch {
        const rule = findBuiltInRule(id)!;
        return `# ${rule.id}\n\n${rule.description}\n\nWhy: ${rule.rationale}\n\nDefault severity: ${rule.severity}.\n`;
    }
}

/** A condition's documentation: what it requires, the clause behind it, and how it stands as of the date. */
export function explainCondition(condition: Condition, services: LhcServices, asOf: string, cwd: string): string {
    const clause = condition.clause?.ref;
    const file = AstUtils.getDocument(condition).uri.fsPath;
    const location = condition.$cstNode ? `${path.relative(cwd, file) || file}:${condition.$cstNode.range.start.line + 1}` : undefined;
    const severity = services.lhc.Settings.severityOf(condition.name, condition.severity ?? 'error');
    const outcome = services.lhc.Conditions.outcomes(asOf).find((candidate) => candidate.condition === condition);
    const lines = [
        `# ${condition.name}`,
        '',
        printable(condition.title),
        '',
        `Severity: ${severity}${condition.severity ? '' : ' (the default for conditions)'}`,
        ...(clause ? [`Clause: ${printable(clauseLabel(condition))} — "${printable(clause.text)}"`] : ['Clause: none given']),
        ...(location ? [`Declared at: ${location}`] : []),
        '',
        'Rule:',
        '',
        ...ruleText(condition).map((line) => `    ${line}`),
        ''
    ];
    if (!outcome) {
        lines.push(severity === 'off' ? 'It is switched off in lhc.config.json.' : 'It cannot be evaluated until its authoring errors are fixed (run `lhc check`).');
    } else {
        lines.push(`As of ${asOf}: ${outcome.status}${outcome.status === 'pass' && outcome.vacuous.length > 0 ? ' (vacuously: a quantifier ranged over nothing)' : ''} — checked over ${counted(outcome.checked.length, 'fact')}.`);
        for (const violation of outcome.violations) {
            const subject = (violation.subject as { name?: string }).name ?? violation.subject.$type;
            const waived = violation.waivedBy ? ' (waived)' : '';
            lines.push(`  - ${subject}${waived}: ${printable(violation.why)}`);
        }
        lines.push(...judgedLines(outcome));
    }
    lines.push('', `Change its severity or switch it off in lhc.config.json: { "rules": { "${condition.name}": "warning" } }.`);
    // The rule's own text keeps its lines; every other control character in it is shown as a picture.
    return printableLines(lines.join('\n') + '\n');
}

/** Which facts the condition ranged over, and what it could not judge: a pass over nothing is never shown bare. */
function judgedLines(outcome: ConditionOutcome): string[] {
    const lines = [`Judges the facts ${describeScope(outcome.scope)}.`];
    for (const range of outcome.vacuous) lines.push(`  ! '${textOf(range.quantifier.collection)}' ranges over nothing: ${range.why}.`);
    for (const undecided of outcome.undecided) {
        lines.push(`  ? ${(undecided.subject as { name?: string }).name ?? undecided.subject.$type} could not be judged: ${undecided.why}.`);
    }
    return lines.map(tidyFullStops);
}

/** The rule as written, its lines indented as in the file less their common indentation. */
function ruleText(condition: Condition): string[] {
    const node = condition.expression.$cstNode;
    if (!node) return [textOf(condition.expression)];
    const lines = (' '.repeat(node.range.start.character) + node.text).split(/\r?\n/);
    const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => /^\s*/.exec(line)![0].length));
    return lines.map((line) => line.slice(indent).trimEnd());
}

/** `--fact`: the condition's evaluation tree for one named fact, each sub-expression in words with its value. */
function traceForFact(condition: Condition, factName: string, services: LhcServices, asOf: string): string {
    const facts = services.lhc.Facts.get();
    const fact = namedFacts(facts).find((candidate) => candidate.name === factName);
    if (!fact) {
        const suggestion = closest(factName, namedFacts(facts).map((candidate) => candidate.name));
        throw new InputError(`no fact is called '${factName}'${suggestion ? `; did you mean '${suggestion}'?` : ''}`);
    }
    const trace = traceCondition(condition, facts, asOf, fact);
    if (!trace) throw new InputError(`${condition.name} cannot be evaluated until its authoring errors are fixed (run \`lhc check\`)`);
    return printableLines(`${renderTrace(trace)}\n`);
}

function namedFacts(facts: FactIndex): (AstNode & { name: string })[] {
    return [...namedDeclarations(facts)].filter((node) => isNamedFact(node));
}
