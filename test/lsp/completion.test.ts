import { strict as assert } from 'node:assert';
import { expectCompletion } from 'langium/test';
import { afterEach, describe, it } from 'mocha';
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import { createTestServices, resetWorkspace } from '../helpers.js';

const { services } = createTestServices();
const complete = expectCompletion(services);

const WORLD = `
party NHSEngland "NHS England" national-body
party Mayor "Mayor of London" mayor
area London "London" region
mou MoU2017 "Devolution MoU" { clause Estates "Sell land" clause Governance "The SPB decides" }
aspiration Smoke "Kick unhealthy habits" { target Smoking "Adult smoking" { goal 13% } }
`;

const labels = (items: readonly CompletionItem[]): string[] => items.map((item) => item.label);

describe('completion', () => {
    afterEach(() => resetWorkspace(services));

    it('completes party references with their names and titles', async () => {
        await complete({
            text: `${WORLD}pilot P "p" { leads <|> }`,
            index: 0,
            assert: ({ items }) => {
                assert.deepEqual(labels(items).sort(), ['Mayor', 'NHSEngland']);
                assert.equal(items.find((item) => item.label === 'Mayor')?.detail, 'Mayor of London');
                assert.equal(items.find((item) => item.label === 'Mayor')?.kind, CompletionItemKind.Class);
            }
        });
    });

    it('completes targets by their qualified name, also after the owner and the dot', async () => {
        await complete({ text: `${WORLD}measurement M of <|>`, index: 0, expectedItems: ['Smoke.Smoking'] });
        await complete({
            text: `${WORLD}measurement M of Smoke.<|>`,
            index: 0,
            assert: ({ items }) => {
                assert.deepEqual(labels(items), ['Smoke.Smoking']);
                const edit = items[0]!.textEdit as { newText: string; range: { start: { character: number }; end: { character: number } } };
                assert.equal(edit.newText, 'Smoke.Smoking');
                assert.equal(edit.range.end.character - edit.range.start.character, 'Smoke.'.length, 'replaces what was typed');
            }
        });
        await complete({ text: `${WORLD}measurement M of Smok<|>`, index: 0, expectedItems: ['Smoke.Smoking'] });
    });

    it('offers the clauses of the agreement a declaration is `under` by their short name, once each', async () => {
        await complete({
            text: `${WORLD}pilot P "p" under MoU2017 { per <|> }`,
            index: 0,
            assert: ({ items }) => {
                assert.deepEqual(labels(items).sort(), ['Estates', 'Governance']);
                assert.equal(items[0]!.detail === 'Sell land' || items[0]!.detail === 'The SPB decides', true);
            }
        });
        await complete({
            text: `${WORLD}pilot P "p" { per <|> }`,
            index: 0,
            assert: ({ items }) => assert.deepEqual(labels(items).sort(), ['MoU2017.Estates', 'MoU2017.Governance'])
        });
    });

    it('completes the keywords that may come next', async () => {
        await complete({
            text: `${WORLD}pilot P "p" { <|> }`,
            index: 0,
            assert: ({ items }) => assert.deepEqual(labels(items), ['areas', 'themes', 'leads', 'partners', 'aim', 'starts', 'ends', 'plans', 'requests', 'per'])
        });
    });

    it('offers a skeleton of a whole declaration next to its keyword', async () => {
        await complete({
            text: `${WORLD}<|>`,
            index: 0,
            assert: ({ items }) => {
                const pilot = items.find((item) => item.label === 'pilot …');
                assert.ok(pilot, 'a pilot skeleton is offered');
                assert.equal(pilot.kind, CompletionItemKind.Snippet);
                assert.equal(pilot.insertTextFormat, InsertTextFormat.Snippet);
                assert.match((pilot.textEdit as { newText: string }).newText, /^pilot \$\{1:Name\} "\$\{2:Title\}" under \$\{3:MoU2017\} \{\n\tareas/);
                assert.ok(labels(items).includes('pilot'), 'the bare keyword is still offered');
            }
        });
    });

    it('takes a skeleton\'s defaults from the workspace, and offers each skeleton once', async () => {
        await complete({
            text: `${WORLD}area Camden "Camden" borough within London\npil<|>`,
            index: 0,
            assert: ({ items }) => {
                const offered = items.filter((item) => (item.filterText ?? item.label).startsWith('pil'));
                assert.deepEqual(labels(offered).sort(), ['pilot', 'pilot …']);
                const body = (offered.find((item) => item.label === 'pilot …')!.textEdit as { newText: string }).newText;
                assert.match(body, /under \$\{3:MoU2017\}/);
                assert.match(body, /\tareas \$\{4\|Camden,London\|\}/);
                assert.match(body, /\tleads \$\{5\|Mayor,NHSEngland\|\}/);
                // Dates are not names: their defaults stay.
                assert.match(body, /\tstarts \$\{8:2016-04-01\}/);
            }
        });
    });

    it('offers no skeleton where a keyword is a member name', async () => {
        await complete({
            text: `${WORLD}condition C "c" { every p in pilots: p.<|> }`,
            index: 0,
            assert: ({ items }) => {
                assert.ok(labels(items).includes('agreement'));
                assert.ok(!labels(items).some((label) => label.endsWith('…')));
            }
        });
    });

    it('offers nothing inside a comment or a string, and everything again after one', async () => {
        const nothing = ({ items }: { items: readonly CompletionItem[] }) => assert.deepEqual(labels(items), []);
        const something = ({ items }: { items: readonly CompletionItem[] }) => assert.ok(labels(items).includes('pilot'), labels(items).join(', '));
        const cases: [string, typeof nothing][] = [
            [`${WORLD}// a note about p<|>`, nothing],
            [`${WORLD}pilot P "p" { } // the pilot <|>`, nothing],
            [`${WORLD}// a note\n<|>`, something],
            [`${WORLD}/* a note about <|> the pilots */`, nothing],
            [`${WORLD}/* a note\n   over two lines, the second <|>\n*/`, nothing],
            [`${WORLD}/* a note not yet closed <|>`, nothing],
            [`${WORLD}/* a closed note */ <|>`, something],
            [`${WORLD}pilot P "Pilot of <|> the year" { }`, nothing],
            [`${WORLD}pilot P "Pilot of <|>`, nothing],
            [`${WORLD}pilot P "has a // in it" { } <|>`, something],
            [`${WORLD}pilot P "quoted \\" and /* in it" { } <|>`, something]
        ];
        for (const [text, assertion] of cases) {
            await complete({ text, index: 0, assert: assertion, disposeAfterCheck: true });
        }
        await complete({ text: `${WORLD}pilot P "p" { leads <|> } // Mayor`, index: 0, assert: ({ items }) => assert.deepEqual(labels(items).sort(), ['Mayor', 'NHSEngland']) });
    });
});
