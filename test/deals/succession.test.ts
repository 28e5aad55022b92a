import { afterEach, describe, it } from 'mocha';
import * as assert from 'node:assert/strict';
import { expectError, expectNoIssues } from 'langium/test';
import { isDelegation, isOrganisation, type Party } from '../../language/generated/ast.js';
import { holdersAt } from '../../language/model/delegations.js';
import { buildFactIndex } from '../../language/model/fact-index-assembly.js';
import { successorAt } from '../../language/model/succession.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, named } from '../checks/check-helpers.js';

const { services, validate } = checkTestKit();

/** Two CCGs that became one ICB on 2022-07-01, as under the Health and Care Act 2022. */
const CCGS_TO_ICB = `
    area England "England" country
    area Bolton "Bolton" borough within England
    party NHSEngland "NHS England" national-body serves England
    party BoltonCCG "NHS Bolton CCG" ccg serves Bolton
    party BuryCCG "NHS Bury CCG" ccg serves Bolton
    party GMICB "NHS Greater Manchester ICB" icb serves Bolton succeeds BoltonCCG, BuryCCG on 2022-07-01
    party BoltonPCN "Bolton Central PCN" primary-care-network serves Bolton
    power Primary "Primary care commissioning" held by NHSEngland since 2013-04-01
    delegation ToCCG: NHSEngland delegates Primary to BoltonCCG from 2017-04-01
`;

describe('party succession (CCG → ICB)', () => {
    afterEach(() => resetWorkspace(services));

    it('a delegation to a CCG stays in force after 2022-07-01, held by its ICB', async () => {
        const result = await validate(CCGS_TO_ICB);
        expectNoIssues(result);
        const facts = buildFactIndex([result.document]);
        const ccg = named(result, isOrganisation, 'BoltonCCG') as Party;
        const icb = named(result, isOrganisation, 'GMICB') as Party;
        const power = facts.powers[0]!;
        assert.equal(successorAt(ccg, '2022-06-30', facts.successions), ccg);
        assert.equal(successorAt(ccg, '2023-01-01', facts.successions), icb);
        const after = holdersAt(power, '2023-01-01', facts.delegations, facts.successions);
        assert.equal(after.get(icb)?.kind, 'delegated');
        assert.equal(after.get(icb)?.succeeded, ccg);
        assert.ok(!after.has(ccg), 'the CCG no longer holds it once the ICB took over');
        const before = holdersAt(power, '2020-01-01', facts.delegations, facts.successions);
        assert.ok(before.has(ccg) && !before.has(icb));
    });

    it('an ICB may pass on what its CCG was given; before the succession it may not', async () => {
        const ok = await validate(`${CCGS_TO_ICB}
            delegation Onward: GMICB delegates Primary to BoltonPCN from 2023-04-01
        `);
        expectNoIssues(ok);
        await resetWorkspace(services);
        const early = await validate(`${CCGS_TO_ICB}
            delegation Early: GMICB delegates Primary to BoltonPCN from 2021-04-01
        `);
        expectError(early, /'GMICB' delegates 'Primary' on 2021-04-01 but does not hold it then: it is held then by NHSEngland and BoltonCCG/, {
            node: named(early, isDelegation, 'Early'), property: 'from', code: 'delegator-lacks-power'
        });
    });

    it('follows a chain of successions and stops at a loop', async () => {
        const result = await validate(`
            party A "A" ccg
            party B "B" ccg succeeds A on 2018-04-01
            party C "C" icb succeeds B on 2022-07-01
            party X "X" icb succeeds Y on 2022-07-01
            party Y "Y" icb succeeds X on 2022-07-01
        `);
        const facts = buildFactIndex([result.document]);
        const [a, b, c, x] = ['A', 'B', 'C', 'X'].map((name) => named(result, isOrganisation, name) as Party);
        assert.equal(successorAt(a!, '2019-01-01', facts.successions), b);
        assert.equal(successorAt(a!, '2022-07-01', facts.successions), c);
        assert.equal(successorAt(a!, undefined, facts.successions), c);
        assert.ok([x, named(result, isOrganisation, 'Y')].includes(successorAt(x!, '2023-01-01', facts.successions)));
    });
});
