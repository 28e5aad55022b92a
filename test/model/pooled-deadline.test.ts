import { strict as assert } from 'node:assert';
import { fileURLToPath } from 'node:url';
import { AstUtils } from 'langium';
import { expectError, expectFormatting, expectNoIssues, validationHelper } from 'langium/test';
import { afterEach, describe, it } from 'mocha';
import { isCommitment, type Commitment, type Document } from '../../language/generated/ast.js';
import { checkWorkspace } from '../../language/engine/check.js';
import { commitmentState, deadlineKind } from '../../language/model/commitments.js';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { named } from '../checks/check-helpers.js';

const { services } = createTestServices();
const validate = validationHelper<Document>(services);
const format = expectFormatting(services);

/** Two budgets pooled from April 2018, fully pooled from April 2019 and April 2020, and the promise to pool fully. */
const budgets = (intermediate = 'fully pooled from 2019-04-01', diabetes = 'fully pooled from 2020-04-01') => `
    party Council "Council" council
    party CCG "CCG" ccg
    mou MoU "The MoU" { signed 2017-11-16 signatories Council, CCG clause Pooling "Budgets fully pooled from April 2019." }
    pooled-budget IntermediateCare "Intermediate care" under MoU {
        pooled from 2018-04-01
        ${intermediate}
        total £3m
        Council contributes £1m
        CCG contributes £2m
    }
    pooled-budget Diabetes "Diabetes" under MoU {
        pooled from 2018-04-01
        ${diabetes}
        total £2m
        Council contributes £1m
        CCG contributes £1m
    }
`;

const promise = (deadline: string, more = '') => `
    commitment FullyPooled "Fully pooled budgets" under MoU {
        by Council, CCG
        will seek to "pool the budgets fully"
        ${deadline}
        per Pooling
        ${more}
    }
`;

describe('a commitment due when pooled budgets are fully pooled', () => {
    afterEach(() => resetWorkspace(services));

    it('is due by the budget\'s own "fully pooled from" date: due before it, overdue after it with nothing to show it', async () => {
        const result = await validate(budgets() + promise('due when IntermediateCare is fully pooled'));
        const commitment = named(result, isCommitment, 'FullyPooled') as Commitment;
        assert.equal(deadlineKind(commitment), 'dated');
        assert.equal(commitmentState(commitment, '2019-03-01').status, 'due');
        assert.equal(commitmentState(commitment, '2019-03-01').due, '2019-04-01');
        assert.equal(commitmentState(commitment, '2026-11-30').status, 'overdue');
        assert.equal(commitmentState(commitment, '2026-11-30').reason, 'it was due by 2019-04-01 and nothing shows it delivered');
    });

    it('moves with the budget\'s date, takes the latest of several budgets, and is kept by a delivered line', async () => {
        const moved = await validate(budgets('fully pooled from 2021-04-01') + promise('due when IntermediateCare is fully pooled'));
        assert.equal(commitmentState(named(moved, isCommitment, 'FullyPooled') as Commitment, '2020-06-01').due, '2021-04-01');
        await resetWorkspace(services);
        const both = await validate(budgets() + promise('due when IntermediateCare, Diabetes are fully pooled',
            'delivered on 2020-03-15 "Section 75 agreements varied to pool both budgets in full" source "illustrative"'));
        const state = commitmentState(named(both, isCommitment, 'FullyPooled') as Commitment, '2020-06-01');
        assert.equal(state.due, '2020-04-01');
        assert.equal(state.status, 'delivered');
    });

    it('a budget with no "fully pooled from" date leaves the deadline unknown: commitment-without-deadline says so on that budget', async () => {
        const result = await validate(budgets('', 'fully pooled from 2020-04-01') + promise('due when Diabetes, IntermediateCare are fully pooled'));
        const commitment = named(result, isCommitment, 'FullyPooled') as Commitment;
        assert.equal(commitmentState(commitment, '2026-11-30').status, 'due');
        const notes = result.diagnostics.filter((diagnostic) => diagnostic.code === 'commitment-without-deadline');
        assert.equal(notes.length, 1, JSON.stringify(result.diagnostics.map((d) => d.message)));
        assert.match(String(notes[0]!.message), /is due when IntermediateCare is fully pooled, but it gives no 'fully pooled from' date/);
        const underlined = result.document.textDocument.getText(notes[0]!.range);
        assert.equal(underlined, 'IntermediateCare', 'the budget without the date');
    });

    it('only a pooled budget can set the deadline: another fact is an unknown pooled budget', async () => {
        const result = await validate(budgets() + promise('due when MoU is fully pooled'));
        expectError(result, /MoU/, { node: named(result, isCommitment, 'FullyPooled'), property: 'dueWhenPooled' });
    });

    it('parses "is" and "are", and formats onto one line', async () => {
        expectNoIssues(await validate(budgets() + promise('due when IntermediateCare, Diabetes are fully pooled')), { severity: 1 });
        await resetWorkspace(services);
        await format({
            before: 'commitment C "c" {by Council  due   when IntermediateCare,Diabetes are fully   pooled}',
            after: 'commitment C "c" {\n    by Council\n    due when IntermediateCare, Diabetes are fully pooled\n}\n'
        });
    });

    it('London\'s April 2019 BHR promise is due when its three budgets are fully pooled, and overdue today with nothing to show it', async () => {
        const london = fileURLToPath(new URL('../../../examples/london', import.meta.url));
        const { documents, report } = await checkWorkspace({ paths: [london], asOf: '2026-11-30' });
        const commitment = documents.flatMap((document) => AstUtils.streamAllContents(document.parseResult.value as Document).filter(isCommitment).toArray())
            .find((candidate) => candidate.name === 'BHRFullyPooledFromApril2019')!;
        assert.deepEqual(commitment.dueWhenPooled.map((budget) => budget.ref?.name), ['BHRIntermediateCareBudget', 'BHRDiabetesBudget', 'BHRChildrensSENDBudget']);
        const state = commitmentState(commitment, '2026-11-30');
        assert.equal(state.status, 'overdue');
        assert.equal(state.due, '2019-04-01');
        assert.ok(report.findings.some((finding) => finding.ruleId === 'commitment-overdue' && finding.message.includes("'BHRFullyPooledFromApril2019'")));
    });
});
