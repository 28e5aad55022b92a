import { afterEach, describe, it } from 'mocha';
import { expectError, expectNoIssues } from 'langium/test';
import { isTarget } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, named } from './check-helpers.js';

const { services, validate } = checkTestKit();

describe('unmeasurable-target', () => {
    afterEach(() => resetWorkspace(services));

    it('lists everything a target lacks', async () => {
        const result = await validate(`
            aspiration Smoking "Kick unhealthy habits" {
                target Bare "Bare" { metric "adult smoking" }
                target NoUnit "No unit" { direction decrease baseline 17% on 2015-01-01 goal 13% by 2020-12-31 }
            }
        `);
        expectError(result, "Target 'Bare' is not measurable: it lacks a unit, a baseline with its date, a goal and a deadline.", {
            node: named(result, isTarget, 'Bare'), property: 'name', code: 'unmeasurable-target',
            data: { ruleId: 'unmeasurable-target', missing: ['unit', 'baseline', 'goal', 'deadline'] }
        });
        expectError(result, "Target 'NoUnit' is not measurable: it lacks a unit.", { node: named(result, isTarget, 'NoUnit'), property: 'name', code: 'unmeasurable-target' });
    });

    it('accepts a target with unit, baseline and date, goal and deadline', async () => {
        const result = await validate(`
            aspiration Smoking "Kick unhealthy habits" {
                target AdultSmoking "Adult smoking" { unit "% of adults" baseline 17% on 2015-01-01 goal 13% by 2020-12-31 }
            }
        `);
        expectNoIssues(result, { code: 'unmeasurable-target' });
    });
});
