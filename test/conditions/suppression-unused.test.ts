import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { TextDocument } from 'langium';
import { buildWorkspace, createTestServices, resetEditedWorkspace, resetWorkspace } from '../helpers.js';

const { services } = createTestServices();

/** `code@line` (1-based) of each finding of the texts' first document, sorted. */
async function findings(...texts: string[]): Promise<{ codes: string[]; messages: Map<string, string> }> {
    const { diagnostics } = await buildWorkspace(services, ...texts);
    const first = diagnostics[0]!;
    return {
        codes: first.map((diagnostic) => `${diagnostic.code}@${diagnostic.range.start.line + 1}`).sort(),
        messages: new Map(first.map((diagnostic) => [`${diagnostic.code}@${diagnostic.range.start.line + 1}`, String(diagnostic.message)]))
    };
}

describe('suppression-unused: an lhc-ignore comment that accepts nothing is reported', () => {
    afterEach(() => resetWorkspace(services));

    it('reports a comment whose rule reports nothing on its line, and not one that accepts a finding', async () => {
        const { codes, messages } = await findings([
            'area A "A" region',
            'area A "A again" region // lhc-ignore duplicate-name: kept for the 2015 text',
            'area B "B" region // lhc-ignore duplicate-name: the duplicate was removed since',
            '// lhc-ignore duplicate-name: nothing below is declared twice',
            'area C "C" region'
        ].join('\n'));
        assert.deepEqual(codes, ['duplicate-name@1', 'duplicate-name@2', 'suppression-unused@3', 'suppression-unused@4']);
        assert.equal(messages.get('suppression-unused@3'), 'This lhc-ignore comment accepts nothing: there is no duplicate-name finding on line 3. Remove it, so that it cannot hide a future finding unseen.');
        assert.match(messages.get('suppression-unused@4')!, /no duplicate-name finding on line 5\./);
    });

    it('reports a comment naming no rule or condition, with the closest name', async () => {
        const { codes, messages } = await findings([
            'area A "A" region // lhc-ignore duplicte-name: a typo',
            'area B "B" region // lhc-ignore NoSuchCondition: nothing has this name'
        ].join('\n'));
        assert.deepEqual(codes, ['suppression-unused@1', 'suppression-unused@2']);
        assert.equal(messages.get('suppression-unused@1'), "This lhc-ignore comment names 'duplicte-name', which is no rule or condition (did you mean 'duplicate-name'?); it accepts nothing.");
        assert.match(messages.get('suppression-unused@2')!, /^This lhc-ignore comment names 'NoSuchCondition', which is no rule or condition/);
    });

    it('knows the conditions of the workspace: a comment accepting a violation is used, one on a passing fact is not', async () => {
        const { codes } = await findings([
            'area London "London" region',
            'area Kent "Kent" region',
            'estate-sale KentSale "Kent sale" {',
            '    located in Kent',
            '    sold 2018-01-01 for £1m',
            '    reinvest £1m in Kent // lhc-ignore InLondon: agreed with the board',
            '}',
            'estate-sale LondonSale "London sale" {',
            '    located in London',
            '    sold 2018-01-01 for £1m',
            '    reinvest £1m in London // lhc-ignore InLondon: nothing to accept here',
            '}',
            'condition InLondon "Reinvested in London" workspace-wide { every sale in estate-sales: every r in sale.reinvestments: r within London }'
        ].join('\n'));
        assert.ok(!codes.includes('suppression-unused@6'), codes.join(', '));
        assert.ok(codes.includes('suppression-unused@11'), codes.join(', '));
    });

    it('a comment without a reason is suppression-incomplete only', async () => {
        const { codes } = await findings('area A "A" region // lhc-ignore duplicate-name');
        assert.deepEqual(codes, ['suppression-incomplete@1']);
    });

    it('in the language server, an edit to another file that ends the violation a comment accepted makes the comment unused, and back', async () => {
        const sales = [
            'area London "London" region',
            'area Kent "Kent" region',
            'estate-sale KentSale "Kent sale" {',
            '    located in Kent',
            '    sold 2018-01-01 for £1m',
            '    reinvest £1m in Kent // lhc-ignore InRegion: agreed with the board',
            '}'
        ].join('\n');
        const condition = (area: string) => `condition InRegion "Reinvested in the region" workspace-wide { every sale in estate-sales: every r in sale.reinvestments: r within ${area} }`;
        const { documents } = await buildWorkspace(services, sales, condition('London'));
        const [salesDocument, conditionDocument] = documents;
        const unused = () => (salesDocument!.diagnostics ?? []).filter((diagnostic) => diagnostic.code === 'suppression-unused').map((diagnostic) => diagnostic.range.start.line + 1);
        const edit = async (text: string) => {
            services.shared.workspace.TextDocuments.set(TextDocument.create(conditionDocument!.uri.toString(), 'lhc', 2, text));
            await services.shared.workspace.DocumentBuilder.update([conditionDocument!.uri], []);
        };
        try {
            assert.deepEqual(unused(), [], 'the comment accepts the violation');
            await edit(condition('Kent'));
            assert.deepEqual(unused(), [6], 'the condition now passes: the comment accepts nothing');
            await edit(condition('London'));
            assert.deepEqual(unused(), [], 'the violation is back, and accepted');
        } finally {
            await resetEditedWorkspace(services);
        }
    });
});
