import { afterEach, describe, it } from 'mocha';
import { expectNoIssues, expectWarning } from 'langium/test';
import { isCommitment } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, named } from './check-helpers.js';
import { MOU } from './commitment-fixture.js';

const { services, validate } = checkTestKit();

describe('commitment-overdue', () => {
    afterEach(async () => {
        services.lhc.Settings.asOf = '2019-06-01';
        await resetWorkspace(services);
    });

    it('warns on a duty past its date with nothing showing it delivered, on its deadline', async () => {
        services.lhc.Settings.asOf = '2018-06-01';
        const result = await validate(`${MOU} commitment SetUpBoard "Set up a board" under MoU { by LondonPartners will "set up a board" due 2018-03-31 }`);
        expectWarning(result, "Commitment 'SetUpBoard' of LondonPartners was due by 2018-03-31 and, as of 2018-06-01, nothing shows it delivered: add a 'delivered on' line with evidence, or 'fulfilled by' the fact that does it.", {
            node: named(result, isCommitment, 'SetUpBoard'), property: 'due', code: 'commitment-overdue'
        });
    });

    it('warns on a continuing duty not started by its from date, and on an endeavour past its relative deadline', async () => {
        services.lhc.Settings.asOf = '2018-06-01';
        const result = await validate(`${MOU}
            commitment Pool "Pool budgets" under MoU { by LondonPartners will "pool budgets" from 2018-04-01 }
            commitment Explore "Explore weighting" under MoU { by LondonPartners will explore "London weighting" due within 3 months of MoU }`);
        expectWarning(result, /'Pool' of LondonPartners was to start on 2018-04-01/, { node: named(result, isCommitment, 'Pool'), property: 'dutyFrom', code: 'commitment-overdue' });
        expectWarning(result, /'Explore' of LondonPartners was due by 2018-02-16/, { node: named(result, isCommitment, 'Explore'), property: 'dueWithin', code: 'commitment-overdue' });
    });

    it('judges as of the date: not before the deadline, not once delivered or fulfilled, never for a permission', async () => {
        services.lhc.Settings.asOf = '2018-01-01';
        const text = `${MOU}
            board EstatesBoard "Estates Board" { established 2018-02-01 }
            commitment SetUpBoard "Set up a board" under MoU { by LondonPartners will "set up a board" due 2018-03-31 }
            commitment Fulfilled "Set up the estates board" under MoU { by LondonPartners will "set up the estates board" due 2018-03-31 fulfilled by EstatesBoard }
            commitment Delivered "Report" under MoU { by LondonPartners must "report" due 2018-03-31 delivered on 2018-03-30 "The report." }
            commitment Sell "May sell land" under MoU { by NHSEngland may "sell land" due 2018-03-31 }`;
        expectNoIssues(await validate(text), { code: 'commitment-overdue' });
        await resetWorkspace(services);
        services.lhc.Settings.asOf = '2018-06-01';
        const later = await validate(text);
        expectWarning(later, /'SetUpBoard'/, { node: named(later, isCommitment, 'SetUpBoard'), property: 'due', code: 'commitment-overdue' });
        for (const name of ['Fulfilled', 'Delivered', 'Sell']) expectNoIssues(later, { node: named(later, isCommitment, name), code: 'commitment-overdue' });
    });

    it("follows the file's own as-of line", async () => {
        services.lhc.Settings.asOf = undefined;
        const result = await validate(`as of 2026-11-30 ${MOU} commitment SetUpBoard "Set up a board" under MoU { by LondonPartners will "set up a board" due 2018-03-31 }`);
        expectWarning(result, /as of 2026-11-30/, { node: named(result, isCommitment, 'SetUpBoard'), property: 'due', code: 'commitment-overdue' });
    });
});
