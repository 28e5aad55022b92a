import { afterEach, describe, it } from 'mocha';
import { expectIssue, expectNoIssues } from 'langium/test';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { isTarget } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, named } from './check-helpers.js';

const { services, validate } = checkTestKit();

const SMOKING = `
    aspiration Habits "Kick unhealthy habits" {
        target Smoking "Adult smoking" { unit "% of adults" direction decrease baseline 17.3% on 2015-04-01 goal 13% by 2020-12-31 }
    }
`;

describe('stale-evidence', () => {
    afterEach(() => resetWorkspace(services));

    it('notes evidence older than 400 days as of the date, naming the measurement and its age', async () => {
        const result = await validate(`${SMOKING}
            measurement Older of Habits.Smoking: 16% on 2016-01-31
            measurement Latest of Habits.Smoking: 15% on 2017-01-31
        `);
        expectIssue(result, {
            node: named(result, isTarget, 'Smoking'), property: 'name', code: 'stale-evidence', severity: DiagnosticSeverity.Information,
            message: "The latest evidence for target 'Smoking' is measurement 'Latest' of 2017-01-31, 851 days old as of 2019-06-01 (more than 400)."
        });
    });

    it('accepts evidence up to 400 days old, no evidence, and old evidence of a target met and closed', async () => {
        const result = await validate(`${SMOKING}
            measurement Recent of Habits.Smoking: 15% on 2018-04-27
            aspiration Done "Done" { target Closed "Closed" { unit "%" direction decrease baseline 20% on 2014-01-01 goal 15% by 2016-12-31 } }
            measurement Met of Done.Closed: 14% on 2016-06-01
            aspiration None "None" { target Unmeasured "Unmeasured" { unit "%" direction increase baseline 10% on 2015-01-01 goal 20% by 2020-12-31 } }
        `);
        expectNoIssues(result, { code: 'stale-evidence' });
    });
});
