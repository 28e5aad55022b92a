import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { allBuiltInRules, builtInRulesInForce } from '../../language/checks/catalogue.js';
import { rulesJudging, rulesWithSomethingToJudge } from '../../language/checks/rule-judgement.js';
import { buildWorkspace, createTestServices, resetWorkspace } from '../helpers.js';

const { services } = createTestServices();

const DEAL = `
area Shire "Shire" region
party Board "Shire Board" ccg serves Shire
party Council "Shire Council" council serves Shire
power Care "Care commissioning" held by Board since 2013-04-01
mou Deal "Shire deal" {
  signed 2016-01-01
  signatories Board, Council
  delegation Hand: Board delegates Care to Council from 2017-04-01
}
`;

const PILOT = `pilot Trial "A trial" under Deal { areas Shire leads Council starts 2017-01-01 }`;

async function judged(...texts: string[]): Promise<string[]> {
    const { documents } = await buildWorkspace(services, ...texts);
    return rulesWithSomethingToJudge(documents, builtInRulesInForce(services.lhc.Settings));
}

describe('which built-in rules had something to judge', () => {
    afterEach(async () => {
        services.lhc.Settings.severities.clear();
        await resetWorkspace(services);
    });

    it('leaves out the rules on declarations the workspace does not have (pilots, sales, budgets, teams, datasets, waivers)', async () => {
        const ids = await judged(DEAL);
        for (const id of ['syntax-error', 'unresolved-reference', 'duplicate-name', 'delegator-lacks-power', 'overlapping-delegation']) {
            assert.ok(ids.includes(id), `${id} judged the deal`);
        }
        for (const id of ['no-public-involvement', 'lead-outside-area', 'estate-proceeds-reinvested', 'pooled-budget-total', 'locality-team-size',
            'dataset-bad-row', 'waiver-expired', 'suppression-incomplete', 'target-overdue', 'commitment-overdue']) {
            assert.ok(!ids.includes(id), `${id} had nothing to judge`);
        }
        assert.ok(ids.every((id) => allBuiltInRules.some((rule) => rule.id === id)));
    });

    it('counts a pilot\'s rules once there is a pilot, and suppression-incomplete once there is an lhc-ignore comment', async () => {
        const ids = await judged(DEAL, `${PILOT}\n// lhc-ignore no-public-involvement: a trial with no partners yet`);
        for (const id of ['no-public-involvement', 'lead-outside-area', 'pilot-party-not-signatory', 'suppression-incomplete']) assert.ok(ids.includes(id), id);
    });

    it('leaves out a rule switched off, and names the rules that ran on a declaration', async () => {
        services.lhc.Settings.severities.set('delegator-lacks-power', 'off');
        const ids = await judged(DEAL);
        assert.ok(!ids.includes('delegator-lacks-power'));
        const delegation = services.lhc.Facts.get().delegations[0]!;
        const onDelegation = rulesJudging(delegation, new Set(builtInRulesInForce(services.lhc.Settings)));
        assert.ok(onDelegation.includes('overlapping-delegation') && !onDelegation.includes('delegator-lacks-power'), onDelegation.join(', '));
        assert.deepEqual(rulesJudging(delegation, new Set()), [], 'no rule in force, nothing judged');
    });

    it('does not count a declaration the parser recovered without its required parts', async () => {
        const ids = await judged(DEAL, 'pilot');
        assert.ok(!ids.includes('no-public-involvement'), 'a nameless pilot is a syntax error, not a judged pilot');
    });
});
