import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { after, before, describe, it } from 'mocha';
import { summariseWorkspace } from '../../language/engine/summarise.js';
import { renderSummaryHtml } from '../../language/render/summary-html.js';
import { renderSummaryJson } from '../../language/render/summary-json.js';
import { renderSummaryMarkdown } from '../../language/render/summary-markdown.js';
import type { CommitmentStatus } from '../../language/model/commitments.js';
import type { TargetStatus } from '../../language/model/targets.js';
import type {
    ComplianceSummary, ConditionStatus, DelegationStatus, FindingSummary, PilotStatus
} from '../../language/summary/summary-model.js';
import type { ConcernVerdict } from '../../language/summary/verdict.js';
import { judgeSummary } from '../../language/summary/verdict.js';
import { VERDICT_CONCERNS } from '../../language/summary/verdict-concerns.js';
import { LHC_BIN } from '../repo-paths.js';

/** Every "count of total" a reader meets: the Markdown verdict table's Count column and the HTML cards. */
function renderedRatios(summary: ComplianceSummary): { where: string; count: number; total: number }[] {
    const markdown = [...renderSummaryMarkdown(summary).matchAll(/^\| (\w+) \| [^|]+ \| (\d+) of (\d+) \|/gm)]
        .map((match) => ({ where: `markdown ${match[1]}`, count: Number(match[2]), total: Number(match[3]) }));
    const html = [...renderSummaryHtml(summary).matchAll(/data-concern="(\w+)">[^]*?<span class="count">(\d+)<\/span><small> of (\d+)<\/small>/g)]
        .map((match) => ({ where: `html ${match[1]}`, count: Number(match[2]), total: Number(match[3]) }));
    const json = (JSON.parse(renderSummaryJson(summary)) as ComplianceSummary).verdict.concerns
        .map((concern) => ({ where: `json ${concern.concern}`, count: concern.count, total: concern.total }));
    return [...markdown, ...html, ...json];
}

/** A count and its total count the same things: never more than the total, and the statuses add up to it. */
function assertCountsAgree(concern: ConcernVerdict): void {
    const label = `${concern.concern}: ${JSON.stringify({ count: concern.count, total: concern.total, counts: concern.counts })}`;
    assert.ok(concern.count >= 0 && concern.count <= concern.total, label);
    assert.equal(concern.counts.reduce((sum, entry) => sum + entry.count, 0), concern.total, label);
}

// Two declared parties, four undeclared signatories (unresolved-reference errors) and a date that is no date
// (invalid-date): six errors from two built-in rules, and no condition at all.
const ERRORS_ONLY = `
area Shire "Shire" region
party Board "Shire Health Board" ccg serves Shire
party Council "Shire Council" council serves Shire
agreement Deal "Shire devolution deal" {
  signed 2019-02-30
  signatories Board, Council, Nobody, NoOne, Missing, Absent
}
`;

// A clean deal: areas, parties, a power and one delegation; nothing else to judge.
const CLEAN = `
area Shire "Shire" region
party Board "Shire Health Board" ccg serves Shire
party Council "Shire Council" council serves Shire
power Care "Care commissioning" held by Board since 2013-04-01
mou Deal "Shire devolution deal" {
  signed 2016-01-01
  signatories Board, Council
  clause Handover "The board delegates care commissioning to the council."
  delegation Hand: Board delegates Care to Council from 2017-04-01 per Handover
}
`;

describe('the verdict counts: each "count of total" counts one kind of thing', () => {
    let folder: string;
    before(() => {
        folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lhc-verdict-counts-'));
        fs.writeFileSync(path.join(folder, 'deal.lhc'), ERRORS_ONLY);
    });
    after(() => fs.rmSync(folder, { recursive: true, force: true }));

    it('a workspace with errors and no conditions reads "2 of N" failing rules, never "errors of 0 conditions", in Markdown, HTML and JSON', async () => {
        const { summary } = await summariseWorkspace({ paths: [folder], root: folder, asOf: '2020-01-01' });
        const rules = summary.verdict.concerns.find((concern) => concern.concern === 'conditions')!;
        const failingRules = new Set(summary.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.ruleId));
        assert.deepEqual([...failingRules].sort(), ['invalid-date', 'unresolved-reference']);
        assert.equal(summary.totals.conditions.total, 0);
        assert.ok(summary.totals.findings.errors >= 5, `errors: ${summary.totals.findings.errors}`);
        assert.equal(rules.state, 'failing');
        assert.equal(rules.count, 2, 'two rules fail, however many errors they found');
        assert.equal(rules.total, summary.totals.builtInRules.judged);
        assertCountsAgree(rules);
        assert.match(rules.phrase, new RegExp(`not compliant: 2 of ${rules.total} rules judged failing, ${summary.totals.findings.errors} errors, ${rules.nothingToJudge} with nothing to judge`));

        const ratios = renderedRatios(summary);
        for (const format of ['markdown', 'html', 'json']) {
            assert.ok(ratios.some((ratio) => ratio.where === `${format} ${format === 'markdown' ? 'Rules' : 'conditions'}`), `${format} shows the rules' count`);
        }
        for (const ratio of ratios) assert.ok(ratio.count <= ratio.total, `${ratio.where} reads ${ratio.count} of ${ratio.total}`);
        assert.ok(renderSummaryMarkdown(summary).includes(`| Rules | ✖ Not compliant | 2 of ${rules.total} |`));
    });

    it('a workspace with no pilots, sales, locality teams, datasets or waivers counts none of their rules as passing, in Markdown, HTML, JSON and the CLI', async () => {
        const clean = fs.mkdtempSync(path.join(os.tmpdir(), 'lhc-verdict-clean-'));
        try {
            fs.writeFileSync(path.join(clean, 'deal.lhc'), CLEAN);
            const { summary } = await summariseWorkspace({ paths: [clean], root: clean, asOf: '2020-01-01' });
            const { inForce, judged, nothingToJudge } = summary.totals.builtInRules;
            assert.equal(summary.findings.length, 0);
            assert.ok(nothingToJudge >= 10, `rules on pilots, sales, teams, datasets, waivers… judged nothing: ${nothingToJudge}`);
            assert.equal(judged + nothingToJudge, inForce);
            const rules = summary.verdict.concerns.find((concern) => concern.concern === 'conditions')!;
            assert.equal(rules.state, 'ok');
            assert.equal(rules.total, judged, 'only judged rules are counted');
            assert.equal(rules.count, judged);
            assert.equal(rules.nothingToJudge, nothingToJudge);
            assertCountsAgree(rules);
            assert.equal(rules.phrase, `compliant (${judged} of ${judged} rules judged passing, no conditions declared, ${nothingToJudge} with nothing to judge)`);
            const markdown = renderSummaryMarkdown(summary);
            assert.ok(markdown.includes(`| Rules | ✔ Compliant | ${judged} of ${judged} | ${rules.phrase} |`), markdown.slice(0, 600));
            assert.ok(!markdown.includes(`${inForce} of ${inForce}`), 'never "all in force of all in force passing"');
            const html = renderSummaryHtml(summary);
            assert.match(html, new RegExp(`data-concern="conditions">[^]*?<span class="count">${judged}</span><small> of ${judged}</small>`));
            assert.match(html, new RegExp(`with nothing to judge <small>\\(not counted\\)</small></span> <span class="count">${nothingToJudge}</span>`));
            const json = JSON.parse(renderSummaryJson(summary)) as ComplianceSummary;
            assert.deepEqual(json.totals.builtInRules, { inForce, judged, nothingToJudge });
            assert.equal(json.verdict.concerns[0]!.nothingToJudge, nothingToJudge);
            const cli = execFileSync(process.execPath, [LHC_BIN, 'summary', clean, '--as-of', '2020-01-01'], { encoding: 'utf8' });
            assert.ok(cli.includes(`Rules: compliant (${judged} of ${judged} rules judged passing, no conditions declared, ${nothingToJudge} with nothing to judge)`), cli.slice(0, 600));
        } finally {
            fs.rmSync(clean, { recursive: true, force: true });
        }
    });

    it('a rule switched off is not counted in the total', async () => {
        const all = (await summariseWorkspace({ paths: [folder], root: folder, asOf: '2020-01-01' })).summary.totals.builtInRules.inForce;
        fs.writeFileSync(path.join(folder, 'lhc.config.json'), JSON.stringify({ rules: { 'governance-cycle': 'off' } }));
        try {
            const { summary } = await summariseWorkspace({ paths: [folder], root: folder, asOf: '2020-01-01' });
            assert.equal(summary.totals.builtInRules.inForce, all - 1);
        } finally {
            fs.rmSync(path.join(folder, 'lhc.config.json'));
        }
    });

    it('for any mix of statuses and findings, every concern\'s count is at most its total and its statuses add up to it', () => {
        const findingArb = fc.record({
            ruleId: fc.constantFrom('invalid-date', 'duplicate-name', 'unresolved-reference', 'no-public-involvement'),
            severity: fc.constantFrom<FindingSummary['severity']>('error', 'warning', 'info'),
            subjectType: fc.constantFrom('Pilot', 'Delegation', 'Power', 'Target', 'Commitment', 'Agreement', undefined),
            subjectIndex: fc.nat(3),
            waived: fc.boolean(),
            line: fc.nat(20)
        });
        fc.assert(fc.property(
            fc.array(fc.constantFrom<ConditionStatus>('pass', 'fail', 'waived', 'nothing-to-judge'), { maxLength: 5 }),
            fc.array(fc.constantFrom<TargetStatus>('met', 'on-track', 'at-risk', 'missed', 'inconclusive', 'no-evidence'), { maxLength: 5 }),
            fc.array(fc.constantFrom<PilotStatus>('planned', 'active', 'ended', 'undated'), { maxLength: 4 }),
            fc.array(fc.constantFrom<DelegationStatus>('in-force', 'not-yet', 'ended'), { maxLength: 4 }),
            fc.array(fc.constantFrom<CommitmentStatus>('breached', 'overdue', 'due', 'not-yet-due', 'delivered', 'in-force'), { maxLength: 4 }),
            fc.array(findingArb, { maxLength: 12 }),
            fc.nat(60),
            (conditions, targets, pilots, delegations, commitments, findings, builtInRules) => {
                const summary = summaryOf({ conditions, targets, pilots, delegations, commitments, findings, builtInRules });
                for (const concern of judgeSummary(summary, VERDICT_CONCERNS).concerns) assertCountsAgree(concern);
            }), { numRuns: 400 });
        // Errors on two powers and one delegation: the delegations' count is of delegations, so at most 1 of 1.
        const powers = [0, 1].map((subjectIndex) => ({ ruleId: 'duplicate-name', severity: 'error' as const, subjectType: 'Power', subjectIndex, waived: false, line: subjectIndex }));
        const summary = summaryOf({ conditions: [], targets: [], pilots: [], delegations: ['in-force'], commitments: [], builtInRules: 5,
            findings: [...powers, { ...powers[0]!, subjectType: 'Delegation', subjectIndex: 0, line: 9 }] });
        for (const concern of judgeSummary(summary, VERDICT_CONCERNS).concerns) assertCountsAgree(concern);
    });
});

interface Mix {
    conditions: ConditionStatus[];
    targets: TargetStatus[];
    pilots: PilotStatus[];
    delegations: DelegationStatus[];
    commitments: CommitmentStatus[];
    findings: { ruleId: string; severity: FindingSummary['severity']; subjectType?: string; subjectIndex: number; waived: boolean; line: number }[];
    builtInRules: number;
}

/** A summary with the given statuses; findings name declarations that exist (Pilot 2 only when there are 3 pilots). */
function summaryOf(mix: Mix): ComplianceSummary {
    const fact = (type: string, index: number) => ({ type, id: `${type}${index}`, name: `${type}${index}` });
    const declared: Record<string, number> = { Pilot: mix.pilots.length, Delegation: mix.delegations.length, Target: mix.targets.length, Commitment: mix.commitments.length, Power: 2, Agreement: 1 };
    const findings: FindingSummary[] = mix.findings.map((finding) => {
        const exists = finding.subjectType !== undefined && finding.subjectIndex < (declared[finding.subjectType] ?? 0);
        return {
            ruleId: finding.ruleId, severity: finding.severity, source: 'check', message: 'm', location: { file: 'a.lhc', line: finding.line, column: 1 },
            ...(exists ? { subject: fact(finding.subjectType!, finding.subjectIndex) } : {}),
            ...(finding.waived ? { waived: { by: 'W' } } : {})
        } as FindingSummary;
    });
    const rules = new Set([...findings.map((finding) => finding.ruleId), ...Array.from({ length: mix.builtInRules }, (_, index) => `rule-${index}`)]);
    return {
        version: 3, asOf: '2020-01-01', staleAfterDays: 400, files: ['a.lhc'], agreements: [], powers: [],
        delegations: mix.delegations.map((status, index) => ({ ...fact('Delegation', index), status })),
        pilots: mix.pilots.map((status, index) => ({ ...fact('Pilot', index), status })),
        targets: mix.targets.map((status, index) => ({ ...fact('Target', index), status, stale: false, history: [], missing: [] })),
        commitments: mix.commitments.map((status, index) => ({ ...fact('Commitment', index), status })),
        conditions: mix.conditions.map((status, index) => ({ ...fact('Condition', index), severity: 'error', status, checked: [], violations: [] })),
        findings, traceability: [],
        totals: {
            files: 1, agreements: 0, signatories: 0, delegations: { total: mix.delegations.length, inForce: 0 },
            pilots: { total: mix.pilots.length, planned: 0, active: 0, ended: 0, undated: 0 },
            targets: { total: mix.targets.length, stale: 0, met: 0, 'on-track': 0, 'at-risk': 0, missed: 0, inconclusive: 0, 'no-evidence': 0 },
            conditions: {
                total: mix.conditions.length, pass: mix.conditions.filter((s) => s === 'pass').length,
                fail: mix.conditions.filter((s) => s === 'fail').length, waived: mix.conditions.filter((s) => s === 'waived').length,
                'nothing-to-judge': mix.conditions.filter((s) => s === 'nothing-to-judge').length
            },
            // Half the rules without findings had nothing to judge.
            builtInRules: { inForce: rules.size, judged: rules.size - Math.floor(mix.builtInRules / 2), nothingToJudge: Math.floor(mix.builtInRules / 2) },
            findings: { errors: 0, warnings: 0, infos: 0, waived: 0 }
        }
    } as unknown as ComplianceSummary;
}
