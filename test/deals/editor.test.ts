import { strict as assert } from 'node:assert';
import { expectCompletion, expectFormatting, expectHover } from 'langium/test';
import { afterEach, describe, it } from 'mocha';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { GM_HEADLINE } from './headline-facts.test.js';

const { services } = createTestServices();
const complete = expectCompletion(services);
const hover = expectHover(services);
const format = expectFormatting(services);

const labels = (items: readonly { label: string }[]): string[] => items.map((item) => item.label);

/** The marker `|` placed before `text` in the GM headline workspace. */
function at(text: string, source = `${GM_HEADLINE}
    party BoltonCCG "NHS Bolton CCG" ccg serves GreaterManchester
    party GMICB "NHS Greater Manchester ICB" icb serves GreaterManchester succeeds BoltonCCG on 2022-07-01
    power Primary "Primary care" held by NHSEngland
    delegation ToCCG: NHSEngland delegates Primary to BoltonCCG from 2017-04-01
`): string {
    const index = source.indexOf(text);
    assert.ok(index >= 0, text);
    return `${source.slice(0, index)}<|>${source.slice(index)}`;
}

describe('the editor on a deal\'s headline facts', () => {
    afterEach(() => resetWorkspace(services));

    it('hover: an agreement\'s area, population, effective date, shadow period, countersignatories and envelope', async () => {
        await hover({ text: at('GMMoU "Greater'), index: 0, hover: /Countersigned by: `HMTreasury`\n\nCovers: `GreaterManchester` \(population 2,800,000 on 2015-02-27\)\n\nTakes effect: 2016-04-01\n\nShadow period: from 2015-04-01 until 2016-03-31\n\nMoney: £6bn a year in 2015\/16/ });
    });

    it('hover: an area\'s kind, GSS code and population; an envelope\'s money', async () => {
        await hover({ text: at('GreaterManchester "Greater Manchester"'), index: 0, hover: /Kind: combined authority area \(the area of a combined authority\)\n\nGSS code: `E47000001`\n\nPopulation: 2,800,000 on 2015-02-27/ });
        await hover({ text: at('Spending "Health'), index: 0, hover: /\*\*envelope\*\* `Spending`[^]*Amount: £6bn a year in 2015\/16/ });
    });

    it('hover: a party\'s successor, and a delegation held by it after the succession', async () => {
        services.lhc.Settings.asOf = '2023-01-01';
        try {
            await hover({ text: at('BoltonCCG "NHS'), index: 0, hover: /Succeeded by `GMICB` \(from 2022-07-01\): on 2023-01-01 its powers, delegations and commitments are held by `GMICB`/ });
            await hover({ text: at('GMICB "NHS'), index: 0, hover: /Kind: icb \(integrated care board; took over from CCGs on 2022-07-01\)[^]*Succeeds: `BoltonCCG` on 2022-07-01/ });
            await hover({ text: at('ToCCG:'), index: 0, hover: /In force on 2023-01-01\.\n\nHeld on 2023-01-01 by `GMICB`, successor of `BoltonCCG`\./ });
        } finally {
            services.lhc.Settings.asOf = '2019-06-01';
        }
    });

    it('completion: the new kinds and the agreement\'s headline keywords', async () => {
        await complete({
            text: 'party X "x" <|>',
            index: 0,
            assert: ({ items }) => {
                for (const kind of ['icb', 'combined-authority', 'county-council', 'unitary-council', 'primary-care-network', 'nhs-region']) assert.ok(labels(items).includes(kind), kind);
            }
        });
        await complete({
            text: 'mou M "m" { <|> }',
            index: 0,
            assert: ({ items }) => {
                for (const keyword of ['covers', 'takes', 'shadow', 'countersigned', 'envelope', 'allocation']) assert.ok(labels(items).includes(keyword), keyword);
            }
        });
    });

    it('formatting: headline facts and an envelope each on their own line', async () => {
        await format({
            before: 'mou M "m" { signed 2015-02-27 covers GM takes effect 2016-04-01 shadow from 2015-04-01 until 2016-03-31 envelope E "e" { amount £6bn per year in 2015/16 } }',
            after: 'mou M "m" {\n    signed 2015-02-27\n    covers GM\n    takes effect 2016-04-01\n    shadow from 2015-04-01 until 2016-03-31\n    envelope E "e" {\n        amount £6bn per year\n        in 2015/16\n    }\n}\n'
        });
    });
});
