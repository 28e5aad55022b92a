import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import type { Diagnostic } from 'vscode-languageserver';
import { buildWorkspace, createTestServices, resetWorkspace } from '../helpers.js';
import { FACTS, underlined } from './condition-test-helpers.js';

const { services } = createTestServices();

/** Checks one condition against FACTS; returns its file's condition diagnostics and the text. */
async function check(body: string): Promise<{ diagnostics: Diagnostic[]; text: string }> {
    const text = `condition Rule "A rule" workspace-wide {\n    ${body}\n}\n`;
    const { diagnostics } = await buildWorkspace(services, FACTS, text);
    return { diagnostics: diagnostics[1]!, text };
}

function only(diagnostics: Diagnostic[], code: string): Diagnostic {
    assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code), [code], diagnostics.map((diagnostic) => diagnostic.message).join('\n'));
    return diagnostics[0]!;
}

describe('condition type checker', () => {
    afterEach(() => resetWorkspace(services));

    it('reports an unknown field at the field name, suggesting the nearest', async () => {
        const { diagnostics, text } = await check('every sale in estate-sales: sale.procedes > £0');
        const diagnostic = only(diagnostics, 'condition-unknown-field');
        assert.equal(underlined(text, diagnostic), 'procedes');
        assert.match(String(diagnostic.message), /An estate sale has no field 'procedes'\. Did you mean 'proceeds'\?/);
        assert.equal((diagnostic.data as { suggestion?: string }).suggestion, 'proceeds');
    });

    it('reports a field of a plain value', async () => {
        const { diagnostics, text } = await check('Sale.proceeds.amount > £0');
        const diagnostic = only(diagnostics, 'condition-unknown-field');
        assert.equal(underlined(text, diagnostic), 'amount');
        assert.match(String(diagnostic.message), /Sale\.proceeds is money, which has no field 'amount'/);
    });

    it('reports comparing money with a date at the operator', async () => {
        const { diagnostics, text } = await check('every sale in estate-sales: sale.proceeds before 2019-12-31');
        const diagnostic = only(diagnostics, 'condition-type-error');
        assert.equal(underlined(text, diagnostic), 'before');
        assert.match(String(diagnostic.message), /Cannot use 'before' on money with a date/);
    });

    it('reports ordering money against a date, and adding money to a date', async () => {
        let { diagnostics } = await check('Sale.proceeds > Sale.soldOn');
        assert.match(String(only(diagnostics, 'condition-type-error').message), /Cannot order money with a date \(dates compare only with dates\)/);
        await resetWorkspace(services);
        ({ diagnostics } = await check('Sale.soldOn + £1m after 2019-01-01'));
        assert.match(String(only(diagnostics, 'condition-type-error').message), /Cannot add a date with money \(add a duration such as 6 months to a date\)/);
    });

    it('reports an equality between unrelated kinds of fact', async () => {
        const { diagnostics } = await check('Sale.location = CamdenCCG');
        assert.match(String(only(diagnostics, 'condition-type-error').message), /Cannot compare an area with a party/);
    });

    it('reports quantifying over a non-collection at the collection', async () => {
        const { diagnostics, text } = await check('every sale in estate-sales: every amount in sale.proceeds: amount > £0');
        const diagnostic = only(diagnostics, 'condition-not-a-collection');
        assert.equal(underlined(text, diagnostic), 'sale.proceeds');
        assert.match(String(diagnostic.message), /'every' needs a collection to go over, but sale\.proceeds is money/);
    });

    it('reports summing a single value and looking for something in a non-list', async () => {
        let { diagnostics } = await check('sum(Sale.proceeds) > £0');
        assert.match(String(only(diagnostics, 'condition-not-a-collection').message), /'sum' needs a collection/);
        await resetWorkspace(services);
        ({ diagnostics } = await check('Camden in Sale.location'));
        assert.match(String(only(diagnostics, 'condition-not-a-collection').message), /'in' needs a list on its right, but this is an area/);
    });

    it('reports an unknown area at its name, suggesting the nearest area, and no plain linking error', async () => {
        const { diagnostics, text } = await check('every r in Sale.reinvestments: r within Londn');
        const diagnostic = only(diagnostics, 'condition-unknown-area');
        assert.equal(underlined(text, diagnostic), 'Londn');
        assert.match(String(diagnostic.message), /Unknown area 'Londn'.*Did you mean 'London'\?/);
    });

    it('reports a declared name that is not an area', async () => {
        const { diagnostics } = await check('Sale within CamdenCCG');
        assert.match(String(only(diagnostics, 'condition-unknown-area').message), /'CamdenCCG' is a party, not an area/);
    });

    it('reports an unknown name with the nearest fact or variable', async () => {
        let { diagnostics, text } = await check('some a in Sale.approvals: a.approver = LEBoard');
        let diagnostic = only(diagnostics, 'condition-unknown-name');
        assert.equal(underlined(text, diagnostic), 'LEBoard');
        await resetWorkspace(services);
        ({ diagnostics, text } = await check('every sale in estate-sales: sael.proceeds > £0'));
        diagnostic = only(diagnostics, 'condition-unknown-name');
        assert.match(String(diagnostic.message), /Unknown name 'sael'.*Did you mean 'sale'\?/);
    });

    it('suggests every kind of fact a condition can name (an envelope, a dataset), never a name it cannot reach', async () => {
        const facts = `${FACTS}
aspiration Ambitions "Ambitions" { target JobsCreated "Jobs created" { unit "jobs" } }
envelope CapitalFund "Capital fund" { amount £1m }
dataset PublicHealth "Public health indicators" { file "public-health.csv" }
`;
        // A target is known outside its aspiration only as `Ambitions.JobsCreated`, which a condition's plain name
        // cannot write: suggesting `JobsCreated` would lead to the same error.
        for (const [written, declared] of [['CapitalFnd', 'CapitalFund'], ['PublicHelth', 'PublicHealth'], ['JobsCreatd', undefined]] as const) {
            await resetWorkspace(services);
            const { diagnostics } = await buildWorkspace(services, facts, `condition Rule "A rule" workspace-wide {\n    ${written} = Sale\n}\n`);
            const diagnostic = only(diagnostics[1]!, 'condition-unknown-name');
            assert.equal((diagnostic.data as { suggestion?: string }).suggestion, declared, String(diagnostic.message));
            if (declared) assert.match(String(diagnostic.message), new RegExp(`Unknown name '${written}'.*Did you mean '${declared}'\\?`));
        }
    });

    it('reports a word a text field never takes, suggesting the nearest', async () => {
        const { diagnostics, text } = await check('every p in parties: p.kind = "counsil"');
        const diagnostic = only(diagnostics, 'condition-type-error');
        assert.equal(underlined(text, diagnostic), '"counsil"');
        assert.match(String(diagnostic.message), /Did you mean "council"\?/);
    });

    it('reports a condition, filter or body that is not true or false', async () => {
        let { diagnostics } = await check('Sale.proceeds');
        assert.match(String(only(diagnostics, 'condition-type-error').message), /A condition must be true or false, but this is money/);
        await resetWorkspace(services);
        ({ diagnostics } = await check('every r in Sale.reinvestments where r.amount: true'));
        assert.match(String(only(diagnostics, 'condition-type-error').message), /A 'where' filter must be true or false/);
    });

    it('reports a list of mixed kinds and a share without a percentage', async () => {
        let { diagnostics } = await check('Camden in [London, CamdenCCG]');
        assert.match(String(only(diagnostics, 'condition-type-error').message), /A list holds one kind of value/);
        await resetWorkspace(services);
        ({ diagnostics } = await check('£1m of Sale.proceeds = £1m'));
        assert.match(String(only(diagnostics, 'condition-type-error').message), /write a percentage before 'of'/);
    });

    it('keeps a variable inside its quantifier: not before it is bound, not after, not in another condition', async () => {
        let { diagnostics, text } = await check('every r in r.reinvestments: true');
        assert.match(String(only(diagnostics, 'condition-unknown-name').message), /'r' is not bound yet here/);
        await resetWorkspace(services);
        ({ diagnostics, text } = await check('(every r in Sale.reinvestments: r.amount > £0) and r.amount > £0'));
        const diagnostic = only(diagnostics, 'condition-unknown-name');
        assert.equal(underlined(text, diagnostic), 'r');
        assert.equal(diagnostic.range.start.character, 55, 'the r outside the quantifier');
        await resetWorkspace(services);
        const result = await buildWorkspace(services, FACTS,
            'condition A "A" workspace-wide { every sale in estate-sales: sale.proceeds > £0 }',
            'condition B "B" workspace-wide { sale.proceeds > £0 }');
        assert.deepEqual(result.diagnostics[2]!.map((d) => d.code), ['condition-unknown-name']);
    });

    it('does not evaluate a condition with authoring errors', async () => {
        await check('every sale in estate-sales: sale.procedes > £0');
        assert.equal(services.lhc.Conditions.outcomes().find((outcome) => outcome.id === 'Rule'), undefined);
    });

    it('accepts a well-typed condition without findings', async () => {
        const { diagnostics } = await check('every sale in estate-sales: sum(r.amount for r in sale.reinvestments where r within London) / sale.proceeds >= 50%');
        assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code), []);
    });
});
