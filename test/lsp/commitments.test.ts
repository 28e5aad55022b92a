import { strict as assert } from 'node:assert';
import type { LangiumDocument } from 'langium';
import { expectCompletion, expectFormatting, expectHover } from 'langium/test';
import { afterEach, describe, it } from 'mocha';
import type { CodeAction, TextDocumentEdit } from 'vscode-languageserver';
import { buildWorkspace, createTestServices, resetWorkspace } from '../helpers.js';
import { fixWithoutNewErrors } from './fix-helpers.js';
import { lensTitles } from './lens-helpers.js';

const { services } = createTestServices();
const hover = expectHover(services);
const complete = expectCompletion(services);
const format = expectFormatting(services);
const fix = fixWithoutNewErrors(services);

const MOU = `party NHSEngland "NHS England" national-body
party LondonPartners "London Partners" partnership
mou MoU "The MoU" { signed 2017-11-16 signatories NHSEngland, LondonPartners clause Promise "A promise." }
`;

const lenses = (document: LangiumDocument) => lensTitles(services, document);

describe('commitments in the editor', () => {
    afterEach(async () => {
        services.lhc.Settings.asOf = '2019-06-01';
        await resetWorkspace(services);
    });

    it('code lens: each commitment shows its status as of the date, with what discharged it', async () => {
        const { documents } = await buildWorkspace(services, `${MOU}
power Funding "Transformation funding" held by NHSEngland
delegation ToLondon: NHSEngland delegates Funding to LondonPartners from 2018-04-01 under MoU
commitment Delegate "Delegate funding" under MoU { by NHSEngland will "delegate" from 2018-04-01 fulfilled by ToLondon }
commitment Report "Report" under MoU { by NHSEngland will "report" due 2018-09-30 }
commitment Weighting "Explore weighting" under MoU { by LondonPartners will explore "London weighting" }`);
        assert.deepEqual(await lenses(documents[0]!), [
            'Delegate: ▶ In force · from 2018-04-01 · fulfilled 2018-04-01 · as of 2019-06-01',
            'Report: ✖ Overdue · due 2018-09-30 · as of 2019-06-01',
            'Weighting: ○ Due, not evidenced · no deadline · as of 2019-06-01'
        ]);
    });

    it('hover: the status, why, and the evidence with its source', async () => {
        const text = `${MOU}commitment Workforce "Workforce Board" under MoU { by LondonPartners will "establish a workforce board" delivered on 2017-11-16 "The board has been recently established." source "003.txt" }`;
        await hover({ text: text.replace('commitment Workforce', 'commitment <|>Workforce'), index: 0,
            hover: /\*\*commitment\*\* `Workforce`[\s\S]*Status as of 2019-06-01: \*\*✔ Delivered\*\*[\s\S]*Evidence: The board has been recently established\. \(source: 003\.txt\)/ });
        const undelivered = `${MOU}commitment Weighting "Weighting" under MoU { by LondonPartners will explore "London weighting" }`;
        await hover({ text: undelivered.replace('commitment Weighting', 'commitment <|>Weighting'), index: 0, hover: /endeavour[\s\S]*Evidence: none recorded/ });
    });

    it('completion offers the modalities and the body keywords inside a commitment', async () => {
        await complete({
            text: `${MOU}commitment C "c" under MoU { by NHSEngland <|> }`,
            index: 0,
            assert: ({ items }) => {
                const labels = items.map((item) => item.label);
                for (const keyword of ['will', 'must', 'may', 'due', 'from', 'once', 'delivered', 'fulfilled', 'withdrawn', 'superseded', 'breached', 'per']) {
                    assert.ok(labels.includes(keyword), `${keyword} in ${labels.join(', ')}`);
                }
            }
        });
        await complete({ text: `${MOU}commitment C "c" under MoU { by NHSEngland will <|> }`, index: 0,
            assert: ({ items }) => assert.ok(['explore', 'seek', 'not'].every((word) => items.some((item) => item.label === word))) });
    });

    it('formats a commitment one line per part', async () => {
        await format({
            before: 'commitment C "c" under MoU {by NHSEngland   will explore "x" due within 6 months of MoU once "signed" met on 2018-01-01 delivered on 2018-02-01 "done" source "s.txt"}',
            after: [
                'commitment C "c" under MoU {',
                '    by NHSEngland',
                '    will explore "x"',
                '    due within 6 months of MoU',
                '    once "signed" met on 2018-01-01',
                '    delivered on 2018-02-01 "done" source "s.txt"',
                '}',
                ''
            ].join('\n')
        });
    });

    it('quick fix "mark delivered…" on an overdue commitment inserts a delivered line, with tab stops for the evidence', async () => {
        const before = `${MOU}commitment Report "Report" under MoU {\n    by NHSEngland\n    will "report"\n    due 2018-09-30\n}\n`;
        const after = `${MOU}commitment Report "Report" under MoU {\n    by NHSEngland\n    will "report"\n    due 2018-09-30\n    delivered on 2019-06-01 "…" source "…"\n}\n`;
        const result = await fix(before, 'commitment-overdue', after);
        const action = result.action as CodeAction;
        assert.equal(action.title, 'Mark delivered on 2019-06-01…');
        const edits = (action.edit!.documentChanges![0] as TextDocumentEdit).edits;
        assert.deepEqual(edits.map((edit) => ('snippet' in edit ? edit.snippet.value : undefined)),
            ['    delivered on ${1:2019-06-01} "${2:what shows it was delivered}" source "${3:document}"\n$0']);
        // Left as "…", the evidence is still missing: the fix does not silence the finding by itself.
        const { diagnostics } = await buildWorkspace(services, after);
        assert.ok(diagnostics[0]!.some((diagnostic) => diagnostic.code === 'commitment-evidence-missing'));
    });
});
