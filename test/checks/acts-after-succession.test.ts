import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, it } from 'mocha';
import { expectError, expectNoIssues } from 'langium/test';
import { isAgreement, isBoard, isCommitment, isDelegation, isEstateSale, isPilot, isPooledBudget, isPower } from '../../language/generated/ast.js';
import { summariseWorkspace } from '../../language/engine/summarise.js';
import { renderSummaryMarkdown } from '../../language/render/summary-markdown.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, named } from './check-helpers.js';

const { services, validate } = checkTestKit();

/** Bolton's CCG, taken over by the Greater Manchester ICB on 2022-07-01 (Health and Care Act 2022). */
const PARTIES = `
    area England "England" country
    area Bolton "Bolton" borough within England
    party NHSEngland "NHS England" national-body serves England
    party BoltonCouncil "Bolton Council" council serves Bolton
    party BoltonCCG "NHS Bolton CCG" ccg serves Bolton
    party GMICB "NHS Greater Manchester ICB" icb serves Bolton succeeds BoltonCCG on 2022-07-01
    power Primary "Primary care commissioning" held by NHSEngland since 2013-04-01
`;

const CODE = 'acts-after-succession';

describe(CODE, () => {
    afterEach(() => resetWorkspace(services));

    it('reports every kind of act by a body after its succession, on the reference that names it', async () => {
        const result = await validate(`${PARTIES}
            agreement Deal2023 "A 2023 deal" {
                signed 2023-01-01
                signatories BoltonCouncil, BoltonCCG
                delegation ToCCG: NHSEngland delegates Primary to BoltonCCG from 2023-04-01
                delegation FromCCG: BoltonCCG delegates Primary to BoltonCouncil from 2023-04-01
                commitment Promise "A promise" { by BoltonCCG will "do it" due 2024-01-01 }
                pilot P "A pilot" { areas Bolton leads BoltonCCG starts 2023-04-01 }
            }
            pooled-budget Budget "A pooled budget" under Deal2023 {
                BoltonCouncil contributes £1m
                BoltonCCG contributes £1m
                pooled from 2023-04-01
                accountable BoltonCCG
            }
            estate-sale Sale "A sale" under Deal2023 { owner BoltonCCG sold 2023-05-01 for £1m reinvest £1m in Bolton approved by BoltonCCG on 2023-04-01 }
            board Board "A board" { members BoltonCouncil, BoltonCCG established 2023-01-01 }
            power Later "A power" held by BoltonCCG since 2023-01-01
        `);
        const deal = named(result, isAgreement, 'Deal2023');
        const took = "but 'GMICB' took over from it on 2022-07-01: a body cannot act once it has been succeeded; name 'GMICB' instead.";
        expectError(result, `'BoltonCCG' signs 'Deal2023' (signed 2023-01-01), ${took}`, { node: deal, property: { name: 'signatories', index: 1 }, code: CODE });
        expectError(result, `'BoltonCCG' receives delegation 'ToCCG' (from 2023-04-01), ${took}`, { node: named(result, isDelegation, 'ToCCG'), property: 'to', code: CODE });
        expectError(result, `'BoltonCCG' delegates 'FromCCG' (from 2023-04-01), ${took}`, { node: named(result, isDelegation, 'FromCCG'), property: 'from', code: CODE });
        expectError(result, `'BoltonCCG' makes commitment 'Promise' (signed 2023-01-01 (its agreement 'Deal2023')), ${took}`, { node: named(result, isCommitment, 'Promise'), property: { name: 'holders', index: 0 }, code: CODE });
        expectError(result, `'BoltonCCG' leads pilot 'P' (starting 2023-04-01), ${took}`, { node: named(result, isPilot, 'P'), property: { name: 'leads', index: 0 }, code: CODE });
        const budget = named(result, isPooledBudget, 'Budget');
        expectError(result, `'BoltonCCG' contributes to pooled budget 'Budget' (pooled from 2023-04-01), ${took}`, { node: budget.contributions[1]!, property: 'contributor', code: CODE });
        expectError(result, `'BoltonCCG' is accountable for pooled budget 'Budget' (pooled from 2023-04-01), ${took}`, { node: budget, property: { name: 'accountable', index: 0 }, code: CODE });
        const sale = named(result, isEstateSale, 'Sale');
        expectError(result, `'BoltonCCG' sells 'Sale' (sold 2023-05-01), ${took}`, { node: sale, property: 'owner', code: CODE });
        expectError(result, `'BoltonCCG' approves estate sale 'Sale' (on 2023-04-01), ${took}`, { node: sale.approvals[0]!, property: 'approver', code: CODE });
        expectError(result, `'BoltonCCG' is a member of board 'Board' (established 2023-01-01), ${took}`, { node: named(result, isBoard, 'Board'), property: { name: 'members', index: 1 }, code: CODE });
        expectError(result, `'BoltonCCG' holds power 'Later' (since 2023-01-01), ${took}`, { node: named(result, isPower, 'Later'), property: { name: 'holders', index: 0 }, code: CODE });
        assert.equal(result.diagnostics.filter((diagnostic) => diagnostic.code === CODE).length, 11, 'one finding per act, none for the council or NHS England');
    });

    it('leaves what the body did before its succession to pass to its successor, and judges an act on the day of succession', async () => {
        const before = await validate(`${PARTIES}
            agreement Deal2017 "A 2017 deal" {
                signed 2017-01-01
                signatories BoltonCouncil, BoltonCCG
                delegation ToCCG: NHSEngland delegates Primary to BoltonCCG from 2017-04-01
                commitment Promise "A promise" { by BoltonCCG will "do it" due 2024-01-01 }
            }
            pooled-budget Budget "A pooled budget" under Deal2017 { BoltonCouncil contributes £1m BoltonCCG contributes £1m pooled from 2017-04-01 }
        `);
        expectNoIssues(before, { code: CODE });
        const onTheDay = await validate(`${PARTIES} delegation OnTheDay: NHSEngland delegates Primary to BoltonCCG from 2022-07-01`);
        expectError(onTheDay, /'BoltonCCG' receives delegation 'OnTheDay' \(from 2022-07-01\)/, { node: named(onTheDay, isDelegation, 'OnTheDay'), property: 'to', code: CODE });
    });

    it('shows a delegation to a succeeded body as void in the summary, never in force, and held by no one', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'lhc-acts-'));
        try {
            writeFileSync(path.join(folder, 'deal.lhc'), `${PARTIES}
                delegation Late: NHSEngland delegates Primary to BoltonCCG from 2023-04-01
                delegation Early: NHSEngland delegates Primary to BoltonCCG from 2017-04-01
            `);
            const { summary } = await summariseWorkspace({ paths: [folder], asOf: '2024-01-01', root: folder });
            const late = summary.delegations.find((delegation) => delegation.name === 'Late')!;
            assert.equal(late.status, 'void');
            assert.equal(late.heldBy, undefined);
            const early = summary.delegations.find((delegation) => delegation.name === 'Early')!;
            assert.equal(early.status, 'in-force');
            assert.equal(early.heldBy?.name, 'GMICB');
            const row = renderSummaryMarkdown(summary).split('\n').find((line) => line.includes('delegates to NHS Bolton CCG') && line.includes('2023-04-01'));
            assert.ok(row && row.includes('Void') && !row.includes('In force'), row);
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });
});
