import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { summariseWorkspace } from '../../language/engine/summarise.js';
import { renderSummaryHtml } from '../../language/render/summary-html.js';
import { renderSummaryJson } from '../../language/render/summary-json.js';
import { renderSummaryMarkdown } from '../../language/render/summary-markdown.js';
import type { ComplianceSummary, ConditionStatus, TargetSummary } from '../../language/summary/summary-model.js';
import { judgeSummary } from '../../language/summary/verdict.js';
import { VERDICT_CONCERNS } from '../../language/summary/verdict-concerns.js';
import type { TargetStatus } from '../../language/model/targets.js';
import { REPO_ROOT } from '../repo-paths.js';
import { TARGET_LABELS } from '../../language/summary/status-labels.js';

const london = path.join(REPO_ROOT, 'examples', 'london');

/** The headline of each format as a reader meets it: the verdict block of the page, the Markdown's first paragraph, the JSON's verdict. */
export function headlines(summary: ComplianceSummary): Record<'html' | 'markdown' | 'json', string> {
    const html = renderSummaryHtml(summary);
    const block = /<div class="verdict[^"]*"[^>]*>([^]*?)<\/div>/.exec(html)?.[1] ?? '';
    const htmlText = block.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
    const markdown = renderSummaryMarkdown(summary).split('\n').find((line) => /^\W+\s\*\*/.test(line)) ?? '';
    const json = JSON.parse(renderSummaryJson(summary)) as ComplianceSummary;
    return { html: htmlText, markdown: markdown.replace(/\\/g, ''), json: `${json.verdict.symbol} ${json.verdict.word}: ${json.verdict.line}` };
}

/** Fails when a headline says "compliant" and nothing else while a target is missed or a condition fails. */
function assertNoLoneCompliant(summary: ComplianceSummary, where: string): void {
    const missed = summary.targets.filter((target) => target.status === 'missed').length;
    const failing = summary.conditions.filter((condition) => condition.status === 'fail').length;
    for (const [format, headline] of Object.entries(headlines(summary))) {
        assert.ok(headline.length > 0, `${where} ${format}: no headline`);
        if (missed > 0) {
            assert.ok(headline.includes(`${missed} of ${summary.targets.length} missed`), `${where} ${format} hides the missed targets: ${headline}`);
            assert.doesNotMatch(headline, /^\W*Compliant\b/, `${where} ${format} opens with "Compliant" while ${missed} targets are missed`);
        }
        if (failing > 0) assert.match(headline, /not compliant/i, `${where} ${format}: ${headline}`);
    }
}

describe('the verdict', () => {
    it('London as of 2026-11-30: rules warned about and targets missed, separately, in HTML, Markdown and JSON', async () => {
        const { summary } = await summariseWorkspace({ paths: [london], asOf: '2026-11-30', root: london });
        const missed = summary.totals.targets.missed;
        assert.ok(missed > 0, 'the 2020 targets are past their deadline and some are missed');
        const rules = summary.verdict.concerns.find((concern) => concern.concern === 'conditions')!;
        const targets = summary.verdict.concerns.find((concern) => concern.concern === 'targets')!;
        // no-public-involvement warns three times (on pilots): a rule that warned is never counted as passing.
        assert.deepEqual([rules.state, rules.word, rules.symbol], ['attention', 'Warnings', '⚠']);
        const warned = new Set(summary.findings.filter((f) => f.severity === 'warning' && !f.waived && f.source !== 'condition').map((f) => f.ruleId));
        assert.ok(warned.has('no-public-involvement'), [...warned].join(', '));
        assert.equal(rules.counts.find((entry) => entry.status === 'warning')?.count, warned.size);
        assert.equal(rules.counts.find((entry) => entry.status === 'pass')?.count, rules.total - warned.size);
        assert.deepEqual([targets.state, targets.word, targets.symbol, targets.count], ['failing', 'Missed', '✖', missed]);
        assert.notEqual(summary.verdict.state, 'compliant');
        for (const [format, headline] of Object.entries(headlines(summary))) {
            assert.match(headline, new RegExp(`Rules: warnings \\(${rules.total - warned.size} of ${rules.total} rules judged passing, ${warned.size} with warnings`), format);
            assert.ok(headline.includes(`Targets: ${missed} of ${summary.targets.length} missed`), `${format}: ${headline}`);
        }
        assertNoLoneCompliant(summary, 'London 2026-11-30');
    });

    it('no summary of the examples says only "compliant" while a target is missed or a condition fails', async () => {
        const cases: [string, string][] = [[london, '2019-06-01'], [london, '2026-11-30'], [london, '2016-01-01'],
            [path.join(REPO_ROOT, 'examples', 'broken', 'conditions', 'ProceedsReinvestedInLondon'), '2019-06-01']];
        for (const [folder, asOf] of cases) {
            const { summary } = await summariseWorkspace({ paths: [folder], asOf, root: folder });
            assertNoLoneCompliant(summary, `${path.relative(REPO_ROOT, folder)} ${asOf}`);
        }
    });

    it('for any mix of target and condition statuses, says "Compliant" only when nothing is missed, at risk, unproven or failing', () => {
        const targetStatus = fc.constantFrom<TargetStatus>('met', 'on-track', 'at-risk', 'missed', 'no-evidence');
        const conditionStatus = fc.constantFrom<ConditionStatus>('pass', 'fail', 'waived');
        fc.assert(fc.property(fc.array(fc.record({ status: targetStatus, stale: fc.boolean() }), { maxLength: 12 }), fc.array(conditionStatus, { maxLength: 6 }), (targets, conditions) => {
            const summary = syntheticSummary(targets, conditions);
            const verdict = judgeSummary(summary, VERDICT_CONCERNS);
            const missed = targets.filter((target) => target.status === 'missed').length;
            const bad = missed > 0 || conditions.includes('fail') || targets.some((target) => target.status !== 'met' && target.status !== 'on-track');
            assert.equal(verdict.state === 'compliant', !bad && (targets.length > 0 || conditions.length > 0 || summary.files.length > 0));
            if (missed > 0) assert.ok(verdict.line.includes(`Targets: ${missed} of ${targets.length} missed`), verdict.line);
            // Stale qualifies a status; it is never a status of its own.
            const concern = verdict.concerns.find((entry) => entry.concern === 'targets')!;
            assert.ok(concern.counts.every((entry) => entry.status !== 'stale'));
            assert.equal(concern.counts.reduce((sum, entry) => sum + entry.count, 0), targets.length);
            assert.equal(concern.counts.reduce((sum, entry) => sum + (entry.stale ?? 0), 0), targets.filter((target) => target.stale).length);
        }), { numRuns: 300 });
    });

    it('names a target verdict with the same symbol, word and tone as the target tables (one label table)', () => {
        for (const status of Object.keys(TARGET_LABELS) as TargetStatus[]) {
            const concern = judgeSummary(syntheticSummary([{ status, stale: false }], []), VERDICT_CONCERNS).concerns.find((entry) => entry.concern === 'targets')!;
            assert.deepEqual({ symbol: concern.symbol, word: concern.word, tone: concern.tone }, TARGET_LABELS[status], status);
        }
    });

    it('lists every concern with a symbol, a word and a count, and says when a concern has nothing to judge', () => {
        const verdict = judgeSummary(syntheticSummary([], []), VERDICT_CONCERNS);
        assert.deepEqual(verdict.concerns.map((concern) => concern.concern), ['conditions', 'commitments', 'targets', 'delegations', 'pilots']);
        for (const concern of verdict.concerns) {
            assert.ok(concern.symbol && concern.word && Number.isInteger(concern.count), JSON.stringify(concern));
        }
        assert.match(verdict.line, /Commitments: none declared · Targets: none declared · Delegations: none declared · Pilots: none declared/);
    });
});

function syntheticSummary(targets: { status: TargetStatus; stale: boolean }[], conditions: ConditionStatus[]): ComplianceSummary {
    const target = (entry: { status: TargetStatus; stale: boolean }, index: number): TargetSummary => ({
        type: 'Target', id: `A.T${index}`, name: `T${index}`, aspiration: { type: 'Aspiration', id: 'A', name: 'A' },
        valueKind: 'percent', status: entry.status, stale: entry.stale, history: [], missing: []
    });
    const count = <K extends string>(keys: readonly K[], values: readonly K[]) =>
        Object.fromEntries(keys.map((key) => [key, values.filter((value) => value === key).length])) as Record<K, number>;
    return {
        version: 3, asOf: '2020-01-01', staleAfterDays: 400, files: conditions.length > 0 ? ['a.lhc'] : [], agreements: [], powers: [], delegations: [], pilots: [],
        targets: targets.map(target), commitments: [],
        conditions: conditions.map((status, index) => ({ type: 'Condition', id: `C${index}`, name: `C${index}`, severity: 'error', status, checked: [], violations: [] })),
        findings: [], traceability: [],
        totals: {
            files: 1, agreements: 0, signatories: 0, delegations: { total: 0, inForce: 0 },
            pilots: { total: 0, planned: 0, active: 0, ended: 0, undated: 0 },
            targets: { total: targets.length, stale: targets.filter((t) => t.stale).length, ...count(['met', 'on-track', 'at-risk', 'missed', 'no-evidence'] as const, targets.map((t) => t.status)) },
            conditions: { total: conditions.length, ...count(['pass', 'fail', 'waived', 'nothing-to-judge'] as const, conditions) },
            builtInRules: conditions.length > 0 ? { inForce: 50, judged: 50, nothingToJudge: 0 } : { inForce: 0, judged: 0, nothingToJudge: 0 },
            findings: { errors: 0, warnings: 0, infos: 0, waived: 0 }
        },
        verdict: undefined as unknown as ComplianceSummary['verdict']
    };
}
