import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { expectHover, expectWarning } from 'langium/test';
import { afterEach, describe, it } from 'mocha';
import { isCommitment, type Commitment, type Document } from '../../language/generated/ast.js';
import { summariseWorkspace } from '../../language/engine/summarise.js';
import { commitmentStateIn } from '../../language/model/commitment-states.js';
import { renderSummaryMarkdown } from '../../language/render/summary-markdown.js';
import { explain, summaryValidator } from '../render/schema-validators.js';
import { buildWorkspace, createTestServices, resetWorkspace } from '../helpers.js';
import { asValidationResult, named } from '../checks/check-helpers.js';
import { lensTitles } from '../lsp/lens-helpers.js';

const { services } = createTestServices();
const hover = expectHover(services);

/** Two CCGs (and their collective) that one ICB succeeded on 2022-07-01, as under the Health and Care Act 2022. */
const DEAL = `
    area Bolton "Bolton" borough
    party NHSEngland "NHS England" national-body
    party BoltonCCG "NHS Bolton CCG" ccg serves Bolton
    party BuryCCG "NHS Bury CCG" ccg serves Bolton
    party BoltonCouncil "Bolton Council" council serves Bolton
    party TwoCCGs "The two CCGs" partnership members BoltonCCG, BuryCCG
    party GMICB "NHS Greater Manchester ICB" icb serves Bolton succeeds BoltonCCG, BuryCCG on 2022-07-01
    mou Deal "The deal" { signed 2015-02-27 signatories NHSEngland, TwoCCGs, BoltonCouncil clause Promise "A promise." }
    commitment Plans "Publish joint plans" under Deal { by BoltonCCG, BoltonCouncil will "publish joint plans" due 2024-03-31 per Promise }
    commitment Body "Set up a joint body" under Deal { by TwoCCGs will "set up a joint body" due 2023-03-31 }
    commitment Mixed "Report" under Deal { by BoltonCCG, BuryCCG, NHSEngland will "report" due 2016-03-31 }
`;

async function build(asOf: string): Promise<LangiumDocument<Document>> {
    services.lhc.Settings.asOf = asOf;
    const { documents } = await buildWorkspace(services, DEAL);
    return documents[0]!;
}

const holdersOf = (document: LangiumDocument<Document>, name: string, asOf: string) =>
    commitmentStateIn(named(document, isCommitment, name) as Commitment, services.lhc.Facts.get(), asOf).holders
        .map(({ party, inheritedFrom }) => `${party.name}${inheritedFrom.length > 0 ? ` ← ${inheritedFrom.map((p) => p.name).join(', ')}` : ''}`);

const lenses = (document: LangiumDocument) => lensTitles(services, document);

describe('commitments follow their holders\' succession (CCG → ICB)', () => {
    afterEach(async () => {
        services.lhc.Settings.asOf = '2019-06-01';
        await resetWorkspace(services);
    });

    it('before the succession the CCG owes it; after, the ICB does, inherited; a collective of CCGs passes to their one ICB', async () => {
        const document = await build('2021-06-01');
        assert.deepEqual(holdersOf(document, 'Plans', '2021-06-01'), ['BoltonCCG', 'BoltonCouncil']);
        assert.deepEqual(holdersOf(document, 'Body', '2022-06-30'), ['TwoCCGs']);
        assert.deepEqual(holdersOf(document, 'Plans', '2022-07-01'), ['GMICB ← BoltonCCG', 'BoltonCouncil']);
        assert.deepEqual(holdersOf(document, 'Body', '2023-01-01'), ['GMICB ← TwoCCGs']);
        // Two CCGs that became one ICB: it owes the promise once, standing in for both.
        assert.deepEqual(holdersOf(document, 'Mixed', '2023-01-01'), ['GMICB ← BoltonCCG, BuryCCG', 'NHSEngland']);
    });

    it('a collective is not succeeded while only some of its members are', async () => {
        const { documents } = await buildWorkspace(services, DEAL.replace('succeeds BoltonCCG, BuryCCG', 'succeeds BoltonCCG'));
        assert.deepEqual(holdersOf(documents[0]!, 'Body', '2023-01-01'), ['TwoCCGs']);
    });

    it('the finding names the successor and the holder it inherited from', async () => {
        const document = await build('2024-06-01');
        expectWarning(asValidationResult(document as LangiumDocument<Document>),
            /Commitment 'Plans' of GMICB \(inherited from BoltonCCG\) and BoltonCouncil was due by 2024-03-31/, {
                node: named(document, isCommitment, 'Plans'), property: 'due', code: 'commitment-overdue'
            });
        await resetWorkspace(services);
        const early = await build('2021-06-01');
        expectWarning(asValidationResult(early as LangiumDocument<Document>), /Commitment 'Mixed' of BoltonCCG, BuryCCG and NHSEngland was due by 2016-03-31/, {
            node: named(early, isCommitment, 'Mixed'), property: 'due', code: 'commitment-overdue'
        });
    });

    it('code lens and hover show who holds it once inherited, and only then', async () => {
        const after = await build('2023-01-01');
        assert.deepEqual(await lenses(after), [
            'Plans: ○ Due, not evidenced · due 2024-03-31 · held by GMICB (inherited), BoltonCouncil · as of 2023-01-01',
            'Body: ○ Due, not evidenced · due 2023-03-31 · held by GMICB (inherited) · as of 2023-01-01',
            'Mixed: ✖ Overdue · due 2016-03-31 · held by GMICB (inherited), NHSEngland · as of 2023-01-01'
        ]);
        await hover({ text: DEAL.replace('commitment Plans', 'commitment <|>Plans'), index: 0,
            hover: /Held as of 2023-01-01 by: GMICB \(inherited from BoltonCCG, which it succeeded\), BoltonCouncil/ });
        await resetWorkspace(services);
        const before = await build('2021-06-01');
        assert.ok((await lenses(before)).every((lens) => !lens.includes('held by')), 'no successor before 2022-07-01');
    });

    it('the Greater Manchester summary shows the ICB owing the CCGs\' promises after 2022-07-01, in JSON and Markdown', async () => {
        const gm = path.resolve(new URL('../../../examples/greater-manchester', import.meta.url).pathname);
        const summarise = (asOf: string) => summariseWorkspace({ paths: [gm], asOf, root: gm });
        const { summary } = await summarise('2023-01-01');
        const validate = summaryValidator();
        assert.ok(validate(JSON.parse(JSON.stringify(summary))), explain(validate));
        const body = summary.commitments.find((c) => c.name === 'JointCommissioningBody')!;
        assert.deepEqual(body.holders.map((holder) => holder.name), ['GMCCGs', 'AGMA', 'NHSEngland'], 'as written');
        assert.deepEqual(body.heldBy?.map((holder) => [holder.name, holder.inheritedFrom?.map((from) => from.name)]),
            [['NHSGreaterManchesterICB', ['GMCCGs']], ['AGMA', undefined], ['NHSEngland', undefined]]);
        const devolution = summary.commitments.find((c) => c.name === 'DevolveFromApril2016')!;
        assert.equal(devolution.heldBy, undefined, 'NHS England was succeeded by no one');
        const markdown = renderSummaryMarkdown(summary);
        assert.match(markdown, /NHS Greater Manchester Integrated Care Board \(inherited from The 12 Greater Manchester CCGs\), Association of Greater Manchester Authorities \(AGMA\)/);
        const { summary: before } = await summarise('2021-06-01');
        assert.equal(before.commitments.find((c) => c.name === 'JointCommissioningBody')!.heldBy, undefined);
    });
});
