import { strict as assert } from 'node:assert';
import { expectHover } from 'langium/test';
import { afterEach, describe, it } from 'mocha';
import { textDocumentPositionParams } from 'langium/test';
import { createTestServices, buildWorkspace, resetWorkspace } from '../helpers.js';

const { services } = createTestServices();
const hover = expectHover(services);

const WORLD = `
area London "London" region
area NorthCentral "North Central London" sub-region within London
area Camden "Camden" borough within NorthCentral
party CamdenCouncil "London Borough of Camden" council serves Camden
party NHSEngland "NHS England" national-body
power Primary "Primary-care commissioning" held by NHSEngland since 2013-04-01
mou MoU2017 "Devolution MoU" {
    signed 2017-11-16
    signatories NHSEngland, CamdenCouncil
    clause Estates "Sell land it is not using and invest the money in estates." source "MoU 2017, paragraph 12"
    condition ReinvestInLondon "Estate sale proceeds are reinvested within London" per Estates {
        every s in estate-sales: s.proceeds > £0
    }
    delegation PrimaryCare: NHSEngland delegates Primary to CamdenCouncil from 2018-04-01 until 2019-03-31 per Estates
}
aspiration Smoke "Kick unhealthy habits" {
    target Smoking "Adult smoking" { metric "adults who smoke" unit "%" direction decrease baseline 17% on 2015-01-01 goal 13% by 2020-12-31 }
}
measurement Smoking2018 of Smoke.Smoking: 14% on 2019-01-01 source "APS"
`;

function at(marker: string): string {
    return WORLD.replace(marker.replace('|', ''), marker.replace('|', '<|>'));
}

describe('hover', () => {
    afterEach(() => resetWorkspace(services));

    it("shows a party's kind and areas, on a reference as on its name", async () => {
        await hover({ text: at('signatories NHSEngland, |CamdenCouncil'), index: 0, hover: /\*\*party\*\* `CamdenCouncil` — London Borough of Camden\n\nKind: council \(a borough, metropolitan borough or city council\)\n\nServes: `Camden`/ });
        await hover({ text: at('party |NHSEngland'), index: 0, hover: /Kind: national body/ });
    });

    it("shows an area's kind and the chain of areas containing it", async () => {
        await hover({ text: at('serves |Camden'), index: 0, hover: /Place: `Camden` \(borough\) within `NorthCentral` \(sub-region\) within `London` \(region\)/ });
    });

    it("quotes a clause's text and its source", async () => {
        await hover({ text: at('per |Estates {'), index: 0, hover: /> Sell land it is not using and invest the money in estates\.\n\n— source: MoU 2017, paragraph 12, in `MoU2017`/ });
    });

    it("shows a condition's statement and its clause", async () => {
        await hover({ text: at('condition |ReinvestInLondon'), index: 0, hover: /Estate sale proceeds are reinvested within London\n\nSeverity: error\n\nStatus as of 2019-06-01: \*\*nothing to judge\*\*\n\nPer clause `Estates`:\n\n> Sell land/ });
    });

    it("shows a target's baseline, goal, deadline and status as of the settings' date", async () => {
        await hover({
            text: at('of Smoke.|Smoking:'),
            index: 0,
            hover: /Baseline: 17% on 2015-01-01\n\nGoal: 13%\n\nDeadline: 2020-12-31\n\nStatus as of 2019-06-01: \*\*on track · 14% → goal 13% by 2020-12-31\*\* \(latest 14% on 2019-01-01\)/
        });
    });

    it('says whether a delegation is in force as of the date', async () => {
        await hover({ text: at('delegation |PrimaryCare'), index: 0, hover: /`NHSEngland` delegates `Primary` to `CamdenCouncil` from 2018-04-01 until 2019-03-31\n\n\*\*Not in force\*\* on 2019-06-01\./ });
        services.lhc.Settings.asOf = '2018-06-01';
        try {
            await hover({ text: at('delegation |PrimaryCare'), index: 0, hover: /In force on 2018-06-01\./ });
        } finally {
            services.lhc.Settings.asOf = '2019-06-01';
        }
    });

    it('says a delegation made with a body already succeeded is void, never in force', async () => {
        const text = [
            'party NHSEngland "NHS England" national-body',
            'party BoltonCCG "NHS Bolton CCG" ccg',
            'party GMICB "NHS Greater Manchester ICB" icb succeeds BoltonCCG on 2022-07-01',
            'power Primary "Primary-care commissioning" held by NHSEngland since 2013-04-01',
            'delegation <|>Late: NHSEngland delegates Primary to BoltonCCG from 2023-04-01'
        ].join('\n');
        services.lhc.Settings.asOf = '2024-01-01';
        try {
            await hover({ text, index: 0, hover: /\n\n\*\*Void\*\*: BoltonCCG had been succeeded by GMICB by 2023-04-01\.$/ });
        } finally {
            services.lhc.Settings.asOf = '2019-06-01';
        }
    });

    it('escapes Markdown in user text', async () => {
        await hover({ text: 'party <|>X "[click](https://evil.example) <b>" council', index: 0, hover: /— \\\[click\\\]\(https:\/\/evil\.example\) &lt;b&gt;(\n|$)/ });
    });

    it("keeps each line of a clause inside its quote, never a list, heading or code block", async () => {
        const text = 'mou M "M" {\n    clause <|>C "1. first\n- second\n        # third &amp;" source "p"\n}';
        await hover({ text, index: 0, hover: /\n\n> 1\\\. first\n> \\- second\n> \\# third &amp;amp;\n\n/ });
    });

    it('works across files', async () => {
        const { documents } = await buildWorkspace(services, 'party Mayor "Mayor of London" mayor', 'board LHB "London Health Board" { chair Mayor }');
        const document = documents[1]!;
        const offset = document.textDocument.getText().indexOf('Mayor');
        const result = await services.lsp.HoverProvider!.getHoverContent(document, textDocumentPositionParams(document, offset));
        assert.match(JSON.stringify(result?.contents), /Kind: mayor/);
    });
});
