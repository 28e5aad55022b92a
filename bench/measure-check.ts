// Child: a full `lhc check` of a folder — the engine the CLI runs (read, parse, index, scope, link, built-in checks,
// conditions, findings) — timed as a whole and by phase, with the time spent in each rule.
import { DocumentState } from 'langium';
import { checkWorkspace } from '../language/engine/check.js';
import type { LhcServices } from '../language/lhc-module.js';
import { cpuSeconds, runChild, seconds } from './child.js';

const PHASES: [DocumentState, string][] = [
    [DocumentState.IndexedContent, 'index'],
    [DocumentState.ComputedScopes, 'scopes'],
    [DocumentState.Linked, 'link'],
    [DocumentState.IndexedReferences, 'referenceIndex'],
    [DocumentState.Validated, 'validate']
];

/** Rules whose time is the type-checking and evaluation of the workspace's own conditions and waivers. */
const CONDITION_RULE = /^(condition|waiver)/;

runChild(async ([folder]) => {
    if (!folder) throw new Error('usage: measure-check <folder>');
    let services: LhcServices | undefined;
    const marks: Record<string, number> = {};
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const instrument = (given: LhcServices): void => {
        services = given;
        marks.services = performance.now();
        const timings = given.lhc.Timings;
        timings.enabled = true;
        timings.groupOf = (ruleId) => (CONDITION_RULE.test(ruleId) ? 'conditions' : undefined);
        // The conditions service (evaluation, once per build) counts towards the same clock as the condition rules.
        const conditions = (given.lhc as { Conditions?: object }).Conditions;
        if (conditions) timings.timeMethods(conditions, 'conditions');
        const builder = given.shared.workspace.DocumentBuilder;
        const build = builder.build.bind(builder);
        builder.build = (documents, options, token) => {
            marks.parse = performance.now();
            return build(documents, options, token);
        };
        for (const [state, name] of PHASES) builder.onBuildPhase(state, () => { marks[name] = performance.now(); });
    };
    const { report } = await checkWorkspace({ paths: [folder], instrument });
    const end = performance.now();
    const checkCpuSeconds = cpuSeconds(cpuStart);
    const phases: Record<string, number> = {};
    let previous = start;
    for (const name of ['services', 'parse', ...PHASES.map(([, phase]) => phase)]) {
        const mark = marks[name];
        if (mark === undefined) throw new Error(`phase ${name} never completed`);
        phases[name] = seconds(previous, mark);
        previous = mark;
    }
    phases.report = seconds(previous, end);
    const rules = Object.fromEntries([...services!.lhc.Timings.byRule].map(([id, ms]) => [id, ms / 1000]));
    const conditionSeconds = (services!.lhc.Timings.byGroup.get('conditions') ?? 0) / 1000;
    return {
        files: report.files.length,
        checkSeconds: seconds(start, end),
        checkCpuSeconds,
        phases,
        rules,
        conditionSeconds,
        findings: report.totals,
        findingsByRule: countByRule(report.findings.map((finding) => finding.ruleId))
    };
});

function countByRule(ids: readonly string[]): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const id of ids) counts[id] = (counts[id] ?? 0) + 1;
    return counts;
}
