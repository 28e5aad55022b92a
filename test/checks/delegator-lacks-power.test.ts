import { afterEach, describe, it } from 'mocha';
import { expectError, expectNoIssues } from 'langium/test';
import { isDelegation } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, LONDON, named } from './check-helpers.js';

const { services, validate } = checkTestKit();

describe('delegator-lacks-power', () => {
    afterEach(() => resetWorkspace(services));

    it('reports a party that never held the power, naming who does', async () => {
        const result = await validate(`${LONDON}
            power Specialised "Specialised commissioning" held by NHSEngland since 2013-04-01
            delegation D: CamdenCCG delegates Specialised to LondonPartners from 2018-04-01
        `);
        expectError(result, "'CamdenCCG' delegates 'Specialised' on 2018-04-01 but does not hold it then: it is held then by NHSEngland, and no delegation in force gives it to 'CamdenCCG'.", {
            node: named(result, isDelegation, 'D'), property: 'from', code: 'delegator-lacks-power'
        });
    });

    it('reports a delegation before the holder held the power', async () => {
        const result = await validate(`${LONDON}
            power Primary "Primary care commissioning" held by NHSEngland since 2013-04-01
            delegation D: NHSEngland delegates Primary to LondonPartners from 2012-01-01
        `);
        expectError(result, /'NHSEngland' delegates 'Primary' on 2012-01-01 but does not hold it then: it is held by NHSEngland only from 2013-04-01/, {
            node: named(result, isDelegation, 'D'), property: 'from', code: 'delegator-lacks-power'
        });
    });

    it('reports a sub-delegation made after the delegation it relies on has ended', async () => {
        const result = await validate(`${LONDON}
            power Primary "Primary care commissioning" held by NHSEngland since 2013-04-01
            delegation ToLondon: NHSEngland delegates Primary to LondonPartners from 2018-04-01 until 2019-03-31
            delegation Onward: LondonPartners delegates Primary to CamdenCCG from 2019-04-01
        `);
        expectError(result, /'LondonPartners' delegates 'Primary' on 2019-04-01 but does not hold it then/, {
            node: named(result, isDelegation, 'Onward'), property: 'from', code: 'delegator-lacks-power'
        });
    });

    it('reports a power nobody is declared to hold', async () => {
        const result = await validate(`${LONDON}
            power Orphan "Orphan power"
            delegation D: NHSEngland delegates Orphan to Mayor from 2018-04-01
        `);
        expectError(result, /no party is declared to hold it \(add `held by …` to 'Orphan'\)/, { node: named(result, isDelegation, 'D'), property: 'from', code: 'delegator-lacks-power' });
    });

    it('accepts holders, chains of delegations in force, and judges an undated delegation at its agreement\'s signing', async () => {
        const result = await validate(`${LONDON}
            power Primary "Primary care commissioning" held by NHSEngland since 2013-04-01
            power Planning "Planning powers" held by HaringeyCouncil, CamdenCouncil
            delegation ToLondon: NHSEngland delegates Primary to LondonPartners from 2018-04-01
            delegation ToCamden: LondonPartners delegates Primary to CamdenCCG from 2019-04-01
            delegation Further: CamdenCCG devolves Primary to CamdenCouncil from 2020-04-01 until 2021-03-31
            delegation Planned: HaringeyCouncil delegates Planning to HealthwatchHaringey
            mou M "M" { signed 2017-11-16 delegation AtSigning: NHSEngland delegates Primary to Mayor }
        `);
        expectNoIssues(result, { code: 'delegator-lacks-power' });
    });
});
