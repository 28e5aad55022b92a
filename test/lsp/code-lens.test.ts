import { strict as assert } from 'node:assert';
import type { LangiumDocument } from 'langium';
import { afterEach, describe, it } from 'mocha';
import { buildWorkspace, createTestServices, resetWorkspace } from '../helpers.js';

const { services } = createTestServices();

async function lenses(document: LangiumDocument): Promise<string[]> {
    const found = await services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }) ?? [];
    return found.map((lens) => `${document.textDocument.getText(lens.range)}: ${lens.command?.title}`);
}

const ASPIRATION = `aspiration Smoke "Kick unhealthy habits" {
    target Smoking "Adult smoking" { unit "%" direction decrease baseline 17% on 2015-01-01 goal 13% by 2020-12-31 }
    target Activity "Active Londoners" { unit "%" direction increase baseline 57% on 2015-01-01 goal 70% by 2020-12-31 }
    target Jobs "Digital health jobs" { unit "jobs" baseline 0 on 2015-01-01 goal 50,000 by 2020-12-31 }
}`;

describe('code lenses', () => {
    afterEach(() => resetWorkspace(services));

    it("shows each target's status, latest value and goal, from measurements in another file", async () => {
        const { documents } = await buildWorkspace(services, ASPIRATION, [
            'measurement Smoking2019 of Smoke.Smoking: 14% on 2019-01-01',
            'measurement Activity2019 of Smoke.Activity: 58% on 2019-01-01'
        ].join('\n'));
        assert.deepEqual(await lenses(documents[0]!), [
            'Smoking: on track · 14% → goal 13% by 2020-12-31',
            'Activity: at risk · 58% → goal 70% by 2020-12-31',
            'Jobs: no evidence · goal 50,000 jobs by 2020-12-31'
        ]);
    });

    it('judges as of the configured date', async () => {
        const { documents } = await buildWorkspace(services, ASPIRATION, 'measurement Smoking2019 of Smoke.Smoking: 14% on 2019-01-01');
        services.lhc.Settings.asOf = '2021-06-01';
        try {
            const found = await lenses(documents[0]!);
            assert.equal(found[0], 'Smoking: missed · 14% → goal 13% by 2020-12-31 · evidence is stale');
        } finally {
            services.lhc.Settings.asOf = '2019-06-01';
        }
    });

    it('shows whether each condition passes, how many violations it has, and how many are waived', async () => {
        const { documents } = await buildWorkspace(services, [
            'party NHSEngland "NHS England" national-body',
            'mou M "MoU" {',
            '    condition PilotsStart "Every pilot has a start date" { every p in pilots: p.start is set }',
            '    condition PilotsAim "Every pilot has an aim" { every p in pilots: count(a for a in p.aims) > 0 }',
            '    condition PilotsEnd "Every pilot has an end date" { every p in pilots: p.end is set }',
            '    condition Broken "Refers to nothing" { every p in pilots: p.nonsense is set }',
            '}'
        ].join('\n'), [
            'pilot A "A" under M { aim "x" starts 2016-04-01 }',
            'pilot B "B" under M { aim "y" }',
            'pilot C "C" under M { aim "z" }',
            'waiver for PilotsStart on B because "Agreed later" approved by NHSEngland until 2020-01-01',
            'waiver for PilotsEnd on A because "Open-ended" approved by NHSEngland until 2020-01-01',
            'waiver for PilotsEnd on B because "Open-ended" approved by NHSEngland until 2020-01-01',
            'waiver for PilotsEnd on C because "Open-ended" approved by NHSEngland until 2020-01-01'
        ].join('\n'));
        assert.deepEqual(await lenses(documents[0]!), [
            'PilotsStart: 1 violation · 1 waived',
            'PilotsAim: passes',
            'PilotsEnd: waived (3)',
            'Broken: not evaluated: it has errors'
        ]);
    });

    it('says "nothing to judge", not "passes", for a condition over no facts', async () => {
        const { documents } = await buildWorkspace(services, [
            'mou M "MoU" {',
            '    condition PilotsAim "Every pilot has an aim" { every p in pilots: count(a for a in p.aims) > 0 }',
            '}'
        ].join('\n'));
        assert.deepEqual(await lenses(documents[0]!), ['PilotsAim: nothing to judge']);
    });

    it('has no lenses where nothing is judged', async () => {
        const { documents } = await buildWorkspace(services, 'party Mayor "Mayor of London" mayor');
        assert.deepEqual(await lenses(documents[0]!), []);
    });
});
