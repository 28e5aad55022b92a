import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { toFinding } from '../../language/engine/check.js';
import { countTotals } from '../../language/engine/results.js';
import { buildWorkspace, createTestServices, resetWorkspace, ruleIds } from '../helpers.js';
import { FACTS, outcomeOf } from './condition-test-helpers.js';

const { services } = createTestServices();

const CONDITION = `
condition ReinvestInLondon "Estate sale proceeds are reinvested within London" per Mou.Estates {
    every sale in estate-sales: every reinvestment in sale.reinvestments: reinvestment within London
}`;

async function withWaiver(waiver: string, asOf = '2019-06-01') {
    services.lhc.Settings.asOf = asOf;
    const result = await buildWorkspace(services, FACTS, CONDITION, waiver);
    const all = result.documents.flatMap((document, index) => result.diagnostics[index]!.map((diagnostic) => toFinding(document, diagnostic)));
    // Only the condition's and the waivers' findings: built-in checks of the same facts are tested elsewhere.
    return { ...result, findings: all.filter((finding) => finding.ruleId === 'ReinvestInLondon' || finding.ruleId.startsWith('waiver-')) };
}

describe('waivers', () => {
    afterEach(async () => {
        services.lhc.Settings.asOf = '2019-06-01';
        await resetWorkspace(services);
    });

    const ACTIVE = 'waiver for ReinvestInLondon on Sale because "Surrey site serves London patients" approved by NHSEngland until 2019-12-31';

    it('waives a violation with a complete, unexpired waiver: counted, listed, not an error', async () => {
        const { findings, diagnostics } = await withWaiver(ACTIVE);
        const waived = findings.find((finding) => finding.ruleId === 'ReinvestInLondon');
        assert.ok(waived);
        assert.equal(waived.severity, 'info');
        assert.equal(waived.source, 'condition');
        assert.equal(waived.waived?.by, 'waiver');
        assert.equal(waived.waived?.reason, 'Surrey site serves London patients');
        assert.match(waived.waived?.location.file ?? '', /file-\d+\.lhc$/);
        assert.equal(waived.waived?.location.start.line, 1);
        assert.deepEqual(countTotals(3, findings), { files: 3, errors: 0, warnings: 0, infos: 0, waived: 1 });
        assert.deepEqual(ruleIds(diagnostics[2]!), [], 'the waiver itself is fine');
        assert.equal(outcomeOf(services, 'ReinvestInLondon').status, 'waived');
    });

    it('a waiver is good through its expiry day, and expired the day after', async () => {
        let { findings } = await withWaiver(ACTIVE, '2019-12-31');
        assert.equal(countTotals(3, findings).waived, 1);
        await resetWorkspace(services);
        ({ findings } = await withWaiver(ACTIVE, '2020-01-01'));
        assert.deepEqual(findings.map((finding) => `${finding.ruleId}:${finding.severity}`).sort(), ['ReinvestInLondon:error', 'waiver-expired:error']);
        const expired = findings.find((finding) => finding.ruleId === 'waiver-expired')!;
        assert.equal(expired.message, 'The waiver for ReinvestInLondon on Sale expired on 2019-12-31 (checked as of 2020-01-01); the violation it covered counts again.');
        assert.equal(outcomeOf(services, 'ReinvestInLondon', '2020-01-01').status, 'fail');
    });

    for (const [missing, waiver, words] of [
        ['reason', 'waiver for ReinvestInLondon on Sale approved by NHSEngland until 2019-12-31', /lacks a real reason/],
        ['approver', 'waiver for ReinvestInLondon on Sale because "ok" until 2019-12-31', /lacks an approver/],
        ['expiry', 'waiver for ReinvestInLondon on Sale because "ok" approved by NHSEngland', /lacks an expiry date/],
        ['empty reason', 'waiver for ReinvestInLondon on Sale because "  " approved by NHSEngland until 2019-12-31', /lacks a real reason/],
        ['placeholder reason "…"', 'waiver for ReinvestInLondon on Sale because "…" approved by NHSEngland until 2019-12-31', /lacks a real reason/],
        ['placeholder reason "..."', 'waiver for ReinvestInLondon on Sale because "..." approved by NHSEngland until 2019-12-31', /lacks a real reason/],
        ['placeholder reason "TODO"', 'waiver for ReinvestInLondon on Sale because "TODO" approved by NHSEngland until 2019-12-31', /lacks a real reason/]
    ] as const) {
        it(`an incomplete waiver (no ${missing}) is a finding and waives nothing`, async () => {
            const { findings } = await withWaiver(waiver);
            const incomplete = findings.find((finding) => finding.ruleId === 'waiver-incomplete');
            assert.ok(incomplete, 'waiver-incomplete reported');
            assert.match(incomplete.message, words);
            assert.equal(findings.find((finding) => finding.ruleId === 'ReinvestInLondon')?.severity, 'error');
            assert.equal(countTotals(3, findings).waived, 0);
        });
    }

    it('a waiver that matches no violation is a finding', async () => {
        const { findings } = await withWaiver('waiver for ReinvestInLondon on Budget because "ok" approved by NHSEngland until 2019-12-31');
        const unused = findings.find((finding) => finding.ruleId === 'waiver-unused');
        assert.ok(unused);
        assert.match(unused.message, /matches no violation as of 2019-06-01: Budget does not break ReinvestInLondon/);
    });

    it('a waiver of a condition that cannot be evaluated is not judged unused', async () => {
        services.lhc.Settings.asOf = '2019-06-01';
        const { diagnostics } = await buildWorkspace(services, FACTS,
            'condition Broken "Broken" { every sale in estate-sales: sale.procedes > £0 }',
            'waiver for Broken on Sale because "ok" approved by NHSEngland until 2019-12-31');
        assert.deepEqual(ruleIds(diagnostics[2]!), []);
    });

    it('an inline lhc-ignore comment waives a condition violation like a waiver', async () => {
        services.lhc.Settings.asOf = '2019-06-01';
        const facts = FACTS.replace('reinvest £4.5m in Surrey for AcuteCare', 'reinvest £4.5m in Surrey for AcuteCare // lhc-ignore ReinvestInLondon: agreed by the LEB in 2018');
        const result = await buildWorkspace(services, facts, CONDITION);
        const findings = result.diagnostics[0]!.map((diagnostic) => toFinding(result.documents[0]!, diagnostic)).filter((finding) => finding.ruleId === 'ReinvestInLondon');
        const waived = findings.find((finding) => finding.ruleId === 'ReinvestInLondon');
        assert.equal(waived?.waived?.by, 'comment');
        assert.equal(waived?.waived?.reason, 'agreed by the LEB in 2018');
        assert.equal(countTotals(1, findings).waived, 1);
        const outcome = outcomeOf(services, 'ReinvestInLondon');
        assert.equal(outcome.status, 'waived');
        assert.deepEqual(outcome.violations[0]!.waivedBy, { comment: 'agreed by the LEB in 2018' });
    });
});
