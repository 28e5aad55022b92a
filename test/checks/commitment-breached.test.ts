import { afterEach, describe, it } from 'mocha';
import { expectError, expectNoIssues } from 'langium/test';
import { isCommitment } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, named } from './check-helpers.js';
import { MOU } from './commitment-fixture.js';

const { services, validate } = checkTestKit();

describe('commitment-breached', () => {
    afterEach(async () => {
        services.lhc.Settings.asOf = '2019-06-01';
        await resetWorkspace(services);
    });

    it('reports a prohibition broken on a date, with the evidence', async () => {
        const result = await validate(`${MOU} commitment NoCuts "No cuts" under MoU { by NHSEngland must not "cut the pooled budgets" breached on 2019-02-01 "The budget was cut by 5%." source "news.txt" }`);
        expectError(result, "Commitment 'NoCuts' of NHSEngland was breached on 2019-02-01: The budget was cut by 5%.", {
            node: named(result, isCommitment, 'NoCuts'), property: 'name', code: 'commitment-breached'
        });
    });

    it('reports a continuing duty whose fulfilling delegation has ended, and a prohibition breached by a fact', async () => {
        const result = await validate(`${MOU}
            delegation Funding: NHSEngland delegates TransformationFunding to LondonPartners from 2018-04-01 until 2019-03-31 under MoU
            estate-sale Hospital "The hospital" under MoU { sold 2019-01-15 for £10m }
            commitment Delegate "Delegate" under MoU { by NHSEngland will "delegate transformation funding" from 2018-04-01 fulfilled by Funding }
            commitment KeepHospital "Keep the hospital" under MoU { by NHSEngland will not "sell the hospital" breached by Hospital }`);
        expectError(result, /'Delegate' of NHSEngland was breached on 2019-03-31: Funding ended on 2019-03-31/, { node: named(result, isCommitment, 'Delegate'), property: 'name', code: 'commitment-breached' });
        expectError(result, /'KeepHospital' of NHSEngland was breached on 2019-01-15: Hospital sold 2019-01-15/, { node: named(result, isCommitment, 'KeepHospital'), property: 'name', code: 'commitment-breached' });
    });

    it('judges as of the date: nothing before the breach, nothing while the duty is performed', async () => {
        services.lhc.Settings.asOf = '2018-12-01';
        const result = await validate(`${MOU}
            delegation Funding: NHSEngland delegates TransformationFunding to LondonPartners from 2018-04-01 until 2019-03-31 under MoU
            commitment Delegate "Delegate" under MoU { by NHSEngland will "delegate" from 2018-04-01 fulfilled by Funding }
            commitment NoCuts "No cuts" under MoU { by NHSEngland must not "cut budgets" breached on 2019-02-01 "Cut." }`);
        expectNoIssues(result, { code: 'commitment-breached' });
    });
});
