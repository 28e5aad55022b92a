import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { expectError, expectNoIssues } from 'langium/test';
import { isDelegation } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, LONDON, named } from './check-helpers.js';

const { services, validate, validateFiles } = checkTestKit();

const POWER = `power Primary "Primary care commissioning" held by NHSEngland, Mayor since 2013-04-01`;

describe('overlapping-delegation', () => {
    afterEach(() => resetWorkspace(services));

    it('reports the same power delegated twice by the same delegator, on the later delegation only', async () => {
        const result = await validate(`${LONDON} ${POWER}
            delegation First: NHSEngland delegates Primary to LondonPartners from 2018-04-01
            delegation Second: NHSEngland delegates Primary to CamdenCCG from 2019-04-01 until 2020-03-31
        `);
        expectError(result, "Delegation 'Second' of 'Primary' to 'CamdenCCG' (from 2019-04-01 until 2020-03-31) overlaps delegation 'First': 'NHSEngland' already delegates it to 'LondonPartners' from 2018-04-01 with no end.", {
            node: named(result, isDelegation, 'Second'), property: 'name', code: 'overlapping-delegation'
        });
        assert.equal(result.diagnostics.filter((d) => d.code === 'overlapping-delegation').length, 1);
    });

    it('reports two holders delegating to different recipients at once, across files', async () => {
        const [, second] = await validateFiles(`${LONDON} ${POWER}
            delegation ByNHS: NHSEngland delegates Primary to LondonPartners from 2018-04-01 until 2019-03-31
        `, `delegation ByMayor: Mayor delegates Primary to CamdenCouncil from 2019-03-31`);
        expectError(second!, /'ByMayor' .* overlaps delegation 'ByNHS': 'NHSEngland' already delegates it to 'LondonPartners' from 2018-04-01 until 2019-03-31/, {
            node: named(second!, isDelegation, 'ByMayor'), property: 'name', code: 'overlapping-delegation'
        });
    });

    it('names the first overlap and counts the others, in one finding per delegation', async () => {
        const result = await validate(`${LONDON} ${POWER}
            delegation A: NHSEngland delegates Primary to LondonPartners from 2018-04-01
            delegation B: NHSEngland delegates Primary to Mayor from 2018-05-01
            delegation C: NHSEngland delegates Primary to HaringeyCouncil from 2018-06-01
        `);
        expectError(result, /^Delegation 'C' .* overlaps delegation 'A' \(and 1 other delegation of it\): 'NHSEngland' already delegates it to 'LondonPartners'/, {
            node: named(result, isDelegation, 'C'), property: 'name', code: 'overlapping-delegation'
        });
        const onC = result.diagnostics.filter((d) => d.code === 'overlapping-delegation' && /^Delegation 'C'/.test(String(d.message)));
        assert.equal(onC.length, 1);
        assert.deepEqual(onC[0]!.relatedInformation?.map((r) => r.message.split(' ')[0]), ["'A'", "'B'"]);
    });

    it('accepts delegations of one power to recipients serving separate areas (each CCG for its own borough)', async () => {
        const result = await validate(`${LONDON} ${POWER}
            delegation Camden: NHSEngland delegates Primary to CamdenCCG from 2018-04-01
            delegation Havering: NHSEngland delegates Primary to HaveringCCG from 2018-04-01
        `);
        expectNoIssues(result, { code: 'overlapping-delegation' });
    });

    it('accepts consecutive periods, chains passing the power on, and two holders delegating to the same recipient', async () => {
        const result = await validate(`${LONDON} ${POWER}
            delegation First: NHSEngland delegates Primary to LondonPartners from 2018-04-01 until 2019-03-31
            delegation Renewed: NHSEngland delegates Primary to LondonPartners from 2019-04-01
            delegation Onward: LondonPartners delegates Primary to CamdenCCG from 2019-04-01
            delegation Further: CamdenCCG delegates Primary to CamdenCouncil from 2020-04-01
            delegation Joint: Mayor delegates Primary to LondonPartners from 2018-04-01
        `);
        expectNoIssues(result, { code: 'overlapping-delegation' });
    });
});
