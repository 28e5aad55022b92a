import { afterEach, describe, it } from 'mocha';
import { expectIssue, expectNoIssues } from 'langium/test';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { isCommitment } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, named } from './check-helpers.js';
import { MOU } from './commitment-fixture.js';

const { services, validate } = checkTestKit();

describe('commitment-without-deadline', () => {
    afterEach(() => resetWorkspace(services));

    it('notes a firm duty with no date, and one with no modality line (a duty by default)', async () => {
        const result = await validate(`${MOU}
            commitment Levy "Soft drinks levy" under MoU { by LondonPartners will "work with the DfE on the levy" }
            commitment Plain "Plain" under MoU { by LondonPartners }`);
        for (const name of ['Levy', 'Plain']) {
            expectIssue(result, {
                message: new RegExp(`'${name}' of LondonPartners is a firm duty with no deadline`),
                node: named(result, isCommitment, name), property: 'name', code: 'commitment-without-deadline', severity: DiagnosticSeverity.Information
            });
        }
    });

    it('says nothing of endeavours, permissions, prohibitions, dated or relative duties, or one already delivered', async () => {
        const result = await validate(`${MOU}
            commitment Explore "Explore" under MoU { by LondonPartners will explore "London weighting" }
            commitment Seek "Seek" under MoU { by LondonPartners will seek to "restrict advertising" }
            commitment May "May" under MoU { by NHSEngland may "sell land" }
            commitment MustNot "Must not" under MoU { by NHSEngland must not "cut budgets" }
            commitment Dated "Dated" under MoU { by LondonPartners will "act" due 2018-03-31 }
            commitment From "From" under MoU { by LondonPartners will "pool" from 2018-04-01 }
            commitment Relative "Relative" under MoU { by LondonPartners will "report" due within 6 months of MoU }
            commitment Done "Done" under MoU { by LondonPartners will "report" delivered on 2018-01-10 "Reported." }`);
        expectNoIssues(result, { code: 'commitment-without-deadline' });
    });
});
