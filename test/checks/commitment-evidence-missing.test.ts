import { afterEach, describe, it } from 'mocha';
import { expectNoIssues, expectWarning } from 'langium/test';
import { isDelivery } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { all, checkTestKit } from './check-helpers.js';
import { MOU } from './commitment-fixture.js';

const { services, validate } = checkTestKit();

describe('commitment-evidence-missing', () => {
    afterEach(() => resetWorkspace(services));

    it('warns on a delivered line with no evidence, or with empty evidence, on its date', async () => {
        const result = await validate(`${MOU}
            commitment Report "Report" under MoU { by LondonPartners will "report" due 2018-03-31 delivered on 2018-03-01 }
            commitment Empty "Empty" under MoU { by LondonPartners will "report" due 2018-03-31 delivered on 2018-03-01 "  " source "x.txt" }`);
        const [first, second] = all(result, isDelivery);
        expectWarning(result, /The delivery on 2018-03-01 of commitment 'Report' gives no evidence/, { node: first!, property: 'date', code: 'commitment-evidence-missing' });
        expectWarning(result, /of commitment 'Empty' gives no evidence/, { node: second!, property: 'date', code: 'commitment-evidence-missing' });
    });

    it('says nothing of a delivery with evidence, or of a commitment fulfilled by a fact', async () => {
        const result = await validate(`${MOU}
            board EstatesBoard "Estates Board" { established 2018-02-01 }
            commitment Report "Report" under MoU { by LondonPartners will "report" due 2018-03-31 delivered on 2018-03-01 "The report to the board." source "minutes.txt" }
            commitment SetUp "Set up" under MoU { by LondonPartners will "set up the board" due 2018-03-31 fulfilled by EstatesBoard }`);
        expectNoIssues(result, { code: 'commitment-evidence-missing' });
    });
});
