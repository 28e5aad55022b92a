import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import type { Diagnostic } from 'vscode-languageserver';
import { buildWorkspace, createTestServices, resetWorkspace } from '../helpers.js';
import { outcomeOf } from './condition-test-helpers.js';

const { services } = createTestServices();

/** Two deals in one workspace: London (a region) and Greater Manchester (a deal area inside the North West). */
const PLACES = `
area England "England" country
area London "London" region within England
area Camden "Camden" borough within London
area NorthWest "North West" region within England
area GreaterManchester "Greater Manchester" sub-region within NorthWest
area Manchester "Manchester" borough within GreaterManchester
area Tameside "Tameside" borough within GreaterManchester
area Glossop "Glossop" locality within England
area CheshireEast "Cheshire East" borough within NorthWest
party NHSEngland "NHS England" national-body serves England
party CamdenCouncil "Camden Council" council serves Camden
party ManchesterCouncil "Manchester City Council" council serves Manchester
party TamesideAndGlossopCCG "NHS Tameside and Glossop CCG" ccg serves Tameside, Glossop
power Commissioning "Health commissioning" held by NHSEngland since 2013-04-01
`;

const LONDON_DEAL = `
mou LondonMoU "London MoU" {
    signed 2017-11-16
    signatories NHSEngland, CamdenCouncil
    covers London
    condition ReinvestedInLondon "Sale proceeds stay in London" {
        every sale in estate-sales: every r in sale.reinvestments: r within London
    }
}
`;

const GM_DEAL = `
mou GMMoU "Greater Manchester MoU" {
    signed 2015-02-27
    signatories NHSEngland, ManchesterCouncil
    covers GreaterManchester
    condition ReinvestedInGM "Sale proceeds stay in Greater Manchester" {
        every sale in estate-sales: every r in sale.reinvestments: r within GreaterManchester
    }
}
`;

function sale(name: string, agreement: string, site: string, reinvestedIn: string): string {
    return `estate-sale ${name} "${name}" under ${agreement} { located in ${site} sold 2018-06-30 for £1m reinvest £1m in ${reinvestedIn} }`;
}

function codes(diagnostics: Diagnostic[][]): string[] {
    return diagnostics.flat().map((diagnostic) => String(diagnostic.code));
}

function findings(diagnostics: Diagnostic[][], code: string): string[] {
    return diagnostics.flat().filter((diagnostic) => diagnostic.code === code).map((diagnostic) => String(diagnostic.message));
}

describe('conditions belong to their agreement', () => {
    afterEach(() => resetWorkspace(services));

    it('a GM sale reinvested in Camden fails GM\'s condition, and London\'s stays silent', async () => {
        const { diagnostics } = await buildWorkspace(services, PLACES, LONDON_DEAL, GM_DEAL, sale('GMSale', 'GMMoU', 'Manchester', 'Camden'), sale('LondonSale', 'LondonMoU', 'Camden', 'Camden'));
        const gm = outcomeOf(services, 'ReinvestedInGM');
        assert.equal(gm.status, 'fail');
        assert.deepEqual(gm.violations.map((violation) => (violation.subject as { name?: string }).name), ['GMSale']);
        const london = outcomeOf(services, 'ReinvestedInLondon');
        assert.equal(london.status, 'pass');
        assert.deepEqual(london.checked.map((node) => (node as { name?: string }).name), ['LondonSale'], 'London judges only its own sale');
        assert.ok(!codes(diagnostics).includes('ReinvestedInLondon'));
    });

    it('and the reverse: a London sale reinvested in Manchester fails London\'s condition, and GM\'s stays silent', async () => {
        const { diagnostics } = await buildWorkspace(services, PLACES, LONDON_DEAL, GM_DEAL, sale('GMSale', 'GMMoU', 'Manchester', 'Manchester'), sale('LondonSale', 'LondonMoU', 'Camden', 'Manchester'));
        assert.equal(outcomeOf(services, 'ReinvestedInLondon').status, 'fail');
        assert.deepEqual(outcomeOf(services, 'ReinvestedInLondon').violations.map((violation) => (violation.subject as { name?: string }).name), ['LondonSale']);
        assert.equal(outcomeOf(services, 'ReinvestedInGM').status, 'pass');
        assert.ok(!codes(diagnostics).includes('ReinvestedInGM'));
    });

    it('judges the facts of agreements that build on, amend or supersede its own, but not of those it builds on', async () => {
        const { diagnostics } = await buildWorkspace(services, PLACES, `
            agreement Deal2015 "2015 agreement" {
                signed 2015-12-15
                signatories NHSEngland, CamdenCouncil
                covers London
                condition Reinvested2015 "Proceeds stay in London" { every sale in estate-sales: every r in sale.reinvestments: r within London }
            }
            mou Deal2017 "2017 MoU" builds on Deal2015 {
                signed 2017-11-16
                signatories NHSEngland, CamdenCouncil
                condition Reinvested2017 "Proceeds stay in London" { every sale in estate-sales: every r in sale.reinvestments: r within London }
            }
            mou Deal2019 "2019 amendment" amends Deal2017 { signed 2019-01-01 signatories NHSEngland, CamdenCouncil }
        `, sale('Sale2015', 'Deal2015', 'Camden', 'Manchester'), sale('Sale2019', 'Deal2019', 'Camden', 'Manchester'));
        const names = (id: string) => outcomeOf(services, id).violations.map((violation) => (violation.subject as { name?: string }).name).sort();
        assert.deepEqual(names('Reinvested2015'), ['Sale2015', 'Sale2019']);
        assert.deepEqual(names('Reinvested2017'), ['Sale2019']);
        assert.ok(!codes(diagnostics).includes('condition-scope-unstated'));
    });

    it('takes the agreement of a condition written under it, or citing its clause with per', async () => {
        await buildWorkspace(services, PLACES, LONDON_DEAL, `
            mou GMMoU "Greater Manchester MoU" {
                signed 2015-02-27
                signatories NHSEngland, ManchesterCouncil
                covers GreaterManchester
                clause Estates "Proceeds are reinvested in Greater Manchester."
            }
            condition ByUnder "Under" under GMMoU { every sale in estate-sales: every r in sale.reinvestments: r within GreaterManchester }
            condition ByClause "Per" per GMMoU.Estates { every sale in estate-sales: every r in sale.reinvestments: r within GreaterManchester }
        `, sale('LondonSale', 'LondonMoU', 'Camden', 'Camden'), sale('GMSale', 'GMMoU', 'Manchester', 'Manchester'));
        for (const id of ['ByUnder', 'ByClause']) {
            const outcome = outcomeOf(services, id);
            assert.equal(outcome.status, 'pass', id);
            assert.deepEqual(outcome.checked.map((node) => (node as { name?: string }).name), ['GMSale'], id);
        }
    });

    it('judges every deal when it says workspace-wide, and warns when it says nothing', async () => {
        const { diagnostics } = await buildWorkspace(services, PLACES, LONDON_DEAL, GM_DEAL,
            sale('LondonSale', 'LondonMoU', 'Camden', 'Camden'), sale('GMSale', 'GMMoU', 'Manchester', 'Manchester'), `
            condition Everywhere "Every sale is in England" workspace-wide { every sale in estate-sales: sale within England }
            condition Unstated "Every sale is in England" { every sale in estate-sales: sale within England }
        `);
        for (const id of ['Everywhere', 'Unstated']) {
            assert.deepEqual(outcomeOf(services, id).checked.map((node) => (node as { name?: string }).name).sort(), ['GMSale', 'LondonSale'], id);
        }
        assert.deepEqual(findings(diagnostics, 'condition-scope-unstated'), [
            "Condition 'Unstated' belongs to no agreement, so it judges every fact of the workspace: add 'under <agreement>' if it is one agreement's rule, or 'workspace-wide' if it applies to every deal."
        ]);
    });

    it('scopes areas and parties to the agreement\'s area and signatories', async () => {
        await buildWorkspace(services, PLACES, LONDON_DEAL, `
            mou GMMoU "Greater Manchester MoU" {
                signed 2015-02-27
                signatories NHSEngland, ManchesterCouncil
                covers GreaterManchester
                condition GMAreas "Areas" { every area in areas: area.name != "x" }
                condition GMParties "Parties" { every party in parties: party.name != "x" }
            }
        `);
        const names = (id: string) => outcomeOf(services, id).checked.map((node) => (node as { name?: string }).name).sort();
        assert.deepEqual(names('GMAreas'), ['GreaterManchester', 'Manchester', 'Tameside']);
        assert.deepEqual(names('GMParties'), ['ManchesterCouncil', 'NHSEngland', 'TamesideAndGlossopCCG']);
    });
});

describe('no vacuous passes', () => {
    afterEach(() => resetWorkspace(services));

    it('notes a quantifier with nothing under its agreement, saying whose the workspace\'s facts are', async () => {
        const { diagnostics } = await buildWorkspace(services, PLACES, LONDON_DEAL, GM_DEAL, sale('LondonSale', 'LondonMoU', 'Camden', 'Camden'));
        const gm = outcomeOf(services, 'ReinvestedInGM');
        assert.equal(gm.status, 'pass');
        assert.deepEqual(gm.checked, []);
        assert.deepEqual(findings(diagnostics, 'condition-vacuous'), [
            "Condition 'ReinvestedInGM' judges nothing as of 2019-06-01: 'every sale in estate-sales' ranges over nothing — there are no estate sales under GMMoU; of the workspace's 1 estate sale, 1 is under LondonMoU."
        ]);
        assert.equal(diagnostics.flat().find((diagnostic) => diagnostic.code === 'condition-vacuous')?.severity, 3, 'a note by default');
    });

    it('notes a where that leaves nothing, with why: a recipient serving areas partly outside', async () => {
        const { diagnostics } = await buildWorkspace(services, PLACES, `
            mou GMMoU "Greater Manchester MoU" {
                signed 2015-02-27
                signatories NHSEngland, ManchesterCouncil
                covers GreaterManchester
                delegation ToTameside: NHSEngland delegates Commissioning to TamesideAndGlossopCCG from 2016-04-01
                condition GMDelegations "Delegations within GM have started" {
                    every d in delegations where d.to within GreaterManchester: d.start is set
                }
            }
        `);
        assert.deepEqual(findings(diagnostics, 'condition-vacuous'), [
            "Condition 'GMDelegations' judges nothing as of 2019-06-01: 'every d in delegations' ranges over nothing — none of the 1 delegation under GMMoU passes `where d.to within GreaterManchester`: ToTameside: d.to: TamesideAndGlossopCCG serves Tameside and Glossop, partly outside GreaterManchester (Glossop)."
        ]);
        assert.deepEqual(findings(diagnostics, 'condition-undecided'), [], 'partly outside is a definite no');
    });

    it('reports a board with no areas as undecided, never silently outside', async () => {
        const { diagnostics } = await buildWorkspace(services, PLACES, `
            board JointBoard "Joint commissioning board" { oversight political }
            power SocialCare "Social care" held by NHSEngland since 2013-04-01
            mou GMMoU "Greater Manchester MoU" {
                signed 2015-02-27
                signatories NHSEngland, ManchesterCouncil
                covers GreaterManchester
                delegation ToBoard: NHSEngland delegates Commissioning to JointBoard from 2016-04-01
                delegation ToManchester: NHSEngland delegates SocialCare to ManchesterCouncil from 2016-04-01
                condition GMDelegations "Delegations within GM have started" {
                    every d in delegations where d.to within GreaterManchester: d.start is set
                }
            }
        `);
        assert.deepEqual(findings(diagnostics, 'condition-undecided'), [
            "Condition 'GMDelegations' could not judge ToBoard: JointBoard serves no areas, so whether it is within GreaterManchester is unknown."
        ]);
        assert.deepEqual(findings(diagnostics, 'condition-vacuous'), []);
        assert.deepEqual(outcomeOf(services, 'GMDelegations').checked.map((node) => (node as { name?: string }).name), ['ToManchester']);
    });

    it('explains an unknown within in the body instead of calling it outside', async () => {
        await buildWorkspace(services, PLACES, `
            board JointBoard "Joint commissioning board" { oversight political }
            mou GMMoU "Greater Manchester MoU" {
                signed 2015-02-27
                signatories NHSEngland, ManchesterCouncil
                covers GreaterManchester
                delegation ToBoard: NHSEngland delegates Commissioning to JointBoard from 2016-04-01
                condition GMRecipients "Recipients are within GM" { every d in delegations: d.to within GreaterManchester }
            }
        `);
        const outcome = outcomeOf(services, 'GMRecipients');
        assert.equal(outcome.status, 'fail');
        assert.deepEqual(outcome.violations.map((violation) => violation.why), ['d.to: JointBoard serves no areas, so whether it is within GreaterManchester is unknown']);
    });

    it('counts the facts a condition quantified over, not the area it mentions', async () => {
        await buildWorkspace(services, PLACES, GM_DEAL, sale('GMSale', 'GMMoU', 'Manchester', 'Manchester'), sale('OtherSale', 'GMMoU', 'Tameside', 'Tameside'));
        const names = outcomeOf(services, 'ReinvestedInGM').checked.map((node) => (node as { name?: string }).name).sort();
        assert.deepEqual(names, ['GMSale', 'OtherSale']);
    });
});
