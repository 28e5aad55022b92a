import { afterEach, describe, it } from 'mocha';
import { expectIssue, expectNoIssues } from 'langium/test';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { isCommitment } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, named } from './check-helpers.js';
import { MOU } from './commitment-fixture.js';

const { services, validate } = checkTestKit();

describe('commitment-delivered-late', () => {
    afterEach(() => resetWorkspace(services));

    it('notes a delivery after the deadline, with the delivery as related information', async () => {
        const result = await validate(`${MOU} commitment Report "Report" under MoU { by LondonPartners will "report" due 2018-03-31 delivered on 2018-05-02 "The report." source "r.txt" }`);
        expectIssue(result, {
            message: "Commitment 'Report' of LondonPartners was due by 2018-03-31 and was delivered on 2018-05-02, late.",
            node: named(result, isCommitment, 'Report'), property: 'due', code: 'commitment-delivered-late', severity: DiagnosticSeverity.Information
        });
    });

    it('says nothing of a delivery on time, of a late one not yet made as of the date, or of a fulfilling fact on time', async () => {
        const result = await validate(`${MOU}
            delegation Funding: NHSEngland delegates TransformationFunding to LondonPartners from 2018-04-01 under MoU
            commitment OnTime "On time" under MoU { by LondonPartners will "report" due 2018-03-31 delivered on 2018-03-31 "The report." }
            commitment NotYet "Later" under MoU { by LondonPartners will "report" due 2018-03-31 delivered on 2020-01-01 "The report." }
            commitment ByFact "Delegate" under MoU { by NHSEngland will "delegate" due 2018-04-01 fulfilled by Funding }`);
        expectNoIssues(result, { code: 'commitment-delivered-late' });
    });
});
