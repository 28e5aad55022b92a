import { strict as assert } from 'node:assert';
import { fileURLToPath } from 'node:url';
import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import { before, describe, it } from 'mocha';
import {
    isAgreement, isArea, isAspiration, isBoard, isClause, isDelegation, isEstateSale, isLocalityTeam, isMeasurement, isObjective, isOrganisation,
    isPilot, isPooledBudget, type Agreement, type Aspiration, type Board, type Clause, type Document,
    type EstateSale, type LocalityTeam, type Objective, type Organisation, type Pilot, type PooledBudget
} from '../../language/generated/ast.js';
import { checkWorkspace } from '../../language/engine/check.js';
import type { CheckReport, Finding } from '../../language/engine/results.js';
import { agreementOf, signatoriesOf } from '../../language/model/agreements.js';
import { isWithin, servesArea } from '../../language/model/areas.js';
import { sameAmount } from '../../language/model/money.js';
import type { LhcServices } from '../../language/lhc-module.js';
import { targetProgress } from '../../language/model/targets.js';

const LONDON = fileURLToPath(new URL('../../../examples/london', import.meta.url));

/** The five source texts in `sources/`; every quoted clause must name one of them. */
const SOURCE_FILES = new Set([
    '000_996da372f62ec18a.txt', '001_8ee1b5ada2451aed.txt', '002_a9c576e68bc3aef1.txt',
    '003_946c5bca0721a0a3.txt', '004_1c6b36a15850c835.txt'
]);

function describeFindings(findings: readonly Finding[]): string {
    return findings.map((f) => `${f.location.file}:${f.location.start.line} ${f.ruleId} ${f.message}`).join('\n');
}

function allNodes(documents: readonly LangiumDocument<Document>[]): AstNode[] {
    return documents.flatMap((document) => [...AstUtils.streamAst(document.parseResult.value)]);
}

function byName<T extends { name: string }>(nodes: readonly T[], name: string): T {
    const found = nodes.find((node) => node.name === name);
    assert.ok(found, `expected a declaration named ${name}`);
    return found;
}

describe('the London example', () => {
    let report: CheckReport;
    let nodes: AstNode[];
    let organisations: Organisation[];
    let agreements: Agreement[];
    let services: LhcServices;

    before(async () => {
        const result = await checkWorkspace({ paths: [LONDON] });
        report = result.report;
        services = result.services;
        nodes = allNodes(result.documents);
        organisations = nodes.filter(isOrganisation);
        agreements = nodes.filter(isAgreement);
    });

    it('checks with no errors as of today', () => {
        assert.ok(report.files.length >= 10, `expected the whole example, found ${report.files.length} files`);
        const errors = report.findings.filter((finding) => finding.severity === 'error');
        assert.deepEqual(errors, [], describeFindings(errors));
    });

    it('checks with no errors as of mid-2019, while the targets are still running', async () => {
        const { report: in2019 } = await checkWorkspace({ paths: [LONDON], asOf: '2019-06-01' });
        const errors = in2019.findings.filter((finding) => finding.severity === 'error');
        assert.deepEqual(errors, [], describeFindings(errors));
    });

    it('warns, as the sources do, that three pilots involve neither Healthwatch nor the voluntary sector', () => {
        const flagged = report.findings.filter((finding) => finding.ruleId === 'no-public-involvement');
        assert.ok(flagged.every((finding) => finding.severity === 'warning'));
        assert.deepEqual(flagged.map((finding) => /Pilot '(\w+)'/.exec(finding.message)?.[1]).sort(),
            ['BHRAccountableCare', 'LewishamIntegration', 'NorthCentralLondonEstates']);
    });

    it('places all 33 local authority areas in one of the five sub-regional footprints of London', () => {
        const areas = nodes.filter(isArea);
        const london = byName(areas, 'London');
        const subRegions = areas.filter((area) => area.kind === 'sub-region');
        assert.equal(subRegions.length, 5);
        assert.ok(subRegions.every((area) => area.parent?.ref === london));
        const boroughs = areas.filter((area) => area.kind === 'borough');
        assert.equal(boroughs.length, 33);
        for (const borough of boroughs) {
            assert.equal(borough.parent?.ref?.kind, 'sub-region', `${borough.name} is not in a footprint`);
            assert.ok(isWithin(borough, london), `${borough.name} is not within London`);
        }
        const northCentral = byName(subRegions, 'NorthCentralLondon');
        assert.deepEqual(boroughs.filter((area) => area.parent?.ref === northCentral).map((area) => area.name).sort(),
            ['Barnet', 'Camden', 'Enfield', 'Haringey', 'Islington']);
    });

    it('declares all 33 London councils and all 32 London CCGs, each serving areas in London', () => {
        const london = byName(nodes.filter(isArea), 'London');
        const councils = organisations.filter((party) => party.kind === 'council');
        const ccgs = organisations.filter((party) => party.kind === 'ccg');
        assert.equal(councils.length, 33);
        assert.equal(ccgs.length, 32);
        for (const party of [...councils, ...ccgs]) {
            assert.ok(party.areas.length > 0, `${party.name} serves no area`);
            assert.ok(party.areas.every((area) => area.ref && isWithin(area.ref, london)), `${party.name} serves outside London`);
        }
        // Every council serves exactly its own local authority area, and every such area has a council.
        assert.ok(councils.every((council) => council.areas.length === 1));
        assert.equal(new Set(councils.map((council) => council.areas[0]?.ref)).size, 33);
        // The City of London and Hackney share one CCG.
        const cityAndHackney = byName(ccgs, 'CityAndHackneyCCG');
        assert.deepEqual(cityAndHackney.areas.map((area) => area.ref?.name).sort(), ['CityOfLondon', 'Hackney']);
        const londonCouncils = byName(organisations, 'LondonCouncils');
        assert.equal(new Set(londonCouncils.members.map((member) => member.ref)).size, 33);
        assert.ok(londonCouncils.members.every((member) => member.ref && isOrganisation(member.ref) && member.ref.kind === 'council'));
    });

    it('has both agreements signed, the MoU building on the 2015 agreement', () => {
        const agreement2015 = byName(agreements, 'CollaborationAgreement2015');
        const mou = byName(agreements, 'DevolutionMoU2017');
        assert.equal(agreement2015.signed, '2015-12-15');
        assert.equal(mou.signed, '2017-11-16');
        assert.equal(mou.kind, 'mou');
        assert.deepEqual(mou.relations.map((relation) => [relation.kind, relation.target.ref]), [['builds', agreement2015]]);
    });

    it('has every London council and CCG among the signatories of both agreements, with the national partners', () => {
        for (const agreement of agreements) {
            const signatories = signatoriesOf(agreement);
            const names = new Set([...signatories].map((party) => party.name));
            for (const party of organisations.filter((p) => p.kind === 'council' || p.kind === 'ccg')) {
                assert.ok(signatories.has(party), `${party.name} did not sign ${agreement.name}`);
            }
            for (const name of ['DepartmentOfHealth', 'NHSEngland', 'PublicHealthEngland', 'MayorOfLondon']) {
                assert.ok(names.has(name), `${name} did not sign ${agreement.name}`);
            }
        }
        const signatories2015 = new Set(byName(agreements, 'CollaborationAgreement2015').signatories.map((s) => s.ref?.name));
        for (const name of ['HMTreasury', 'DepartmentOfHealth', 'LondonPartners', 'NHSEngland', 'PublicHealthEngland',
            'HealthEducationEngland', 'NHSImprovement']) {
            assert.ok(signatories2015.has(name), `${name} is not a named signatory of the 2015 agreement`);
        }
    });

    it('has the 10 aspirations of 2015, each with at least one complete target due in 2020', () => {
        const aspirations = nodes.filter(isAspiration) as Aspiration[];
        assert.equal(aspirations.length, 10);
        for (const aspiration of aspirations) {
            assert.ok(aspiration.ambition, `${aspiration.name} has no ambition`);
            assert.ok(aspiration.targets.length >= 1, `${aspiration.name} has no target`);
            for (const target of aspiration.targets) {
                const label = `${aspiration.name}.${target.name}`;
                assert.ok(target.metric && target.unit && target.direction, `${label} lacks metric, unit or direction`);
                assert.ok(target.baseline && target.baselineDate, `${label} lacks a dated baseline`);
                assert.ok(target.goal, `${label} lacks a goal`);
                assert.ok(target.deadline?.startsWith('2020-'), `${label} is not due in 2020`);
            }
        }
        const smoking = byName(byName(aspirations, 'KickUnhealthyHabits').targets, 'AdultSmoking');
        assert.equal(smoking.goal?.value.value, 13);
        const obesity = byName(byName(aspirations, 'HealthyStart').targets, 'ChildObesityYear6');
        assert.deepEqual([obesity.goal?.value.value, obesity.goal?.relative], [10, 'below']);
    });

    it('has evidence for several targets, typed and from its dataset: on track, behind, inconclusive and met as of mid-2019', () => {
        const targets = nodes.filter(isAspiration).flatMap((aspiration) => aspiration.targets);
        const measurements = nodes.filter(isMeasurement);
        assert.ok(measurements.every((m) => m.date >= '2016-01-01' && m.date <= '2019-12-31'), 'evidence is dated 2016–2019');
        const statuses = new Map(targets.map((target) => [target.name,
            targetProgress(target, services.lhc.Evidence.forTarget(target).points, '2019-06-01').status]));
        assert.deepEqual(Object.fromEntries([...statuses].filter(([, status]) => status !== 'no-evidence')), {
            AdultSmoking: 'inconclusive', WorkingDaysGained: 'on-track', EngagementPolling: 'on-track',
            ChildObesityYear6: 'at-risk', RecommendedActivity: 'at-risk', DigitalHealthJobs: 'at-risk',
            GPTeams8amTo8pm: 'met'
        });
    });

    it('has the 10 shared objectives of 2015', () => {
        const objectives = nodes.filter(isObjective) as Objective[];
        assert.equal(objectives.length, 10);
        assert.ok(objectives.every((objective) => objective.title.startsWith('To ')));
    });

    it('has the five pilots, each led by a party that serves one of its areas and run by signatories', () => {
        const pilots = nodes.filter(isPilot) as Pilot[];
        assert.deepEqual(pilots.map((pilot) => pilot.name).sort(),
            ['BHRAccountableCare', 'HackneyIntegration', 'HaringeyPrevention', 'LewishamIntegration', 'NorthCentralLondonEstates']);
        for (const pilot of pilots) {
            assert.ok(pilot.leads.length > 0, `${pilot.name} has no lead`);
            assert.ok(pilot.areas.length > 0 && pilot.themes.length > 0 && pilot.aims.length > 0, `${pilot.name} is incomplete`);
            assert.ok(pilot.clause?.ref, `${pilot.name} cites no clause`);
            assert.equal(pilot.start, '2015-12-15');
            const agreement = agreementOf(pilot);
            assert.equal(agreement?.name, 'CollaborationAgreement2015');
            const signatories = signatoriesOf(agreement!);
            for (const lead of pilot.leads) {
                const served = lead.ref?.areas.flatMap((area) => (area.ref ? [area.ref] : [])) ?? [];
                assert.ok(pilot.areas.some((area) => area.ref && servesArea(served, area.ref)),
                    `${lead.ref?.name} leads ${pilot.name} but serves none of its areas`);
            }
            // Leads must have signed; partners need not (pilot-party-not-signatory), and the local Healthwatch did not.
            for (const party of pilot.leads) {
                assert.ok(party.ref && signatories.has(party.ref), `${party.ref?.name} leads ${pilot.name} without signing`);
            }
        }
        const lewisham = byName(pilots, 'LewishamIntegration');
        assert.equal(lewisham.plansBy, '2016-04-01');
        assert.deepEqual(lewisham.requests.map((request) => request.power.ref?.name), ['TransformationFunding']);
        assert.deepEqual(lewisham.partners.map((partner) => partner.ref?.name).sort(),
            ['LewishamAndGreenwichNHSTrust', 'SouthLondonAndMaudsleyNHSFT']);
        const haringey = byName(pilots, 'HaringeyPrevention');
        assert.deepEqual(haringey.requests.map((request) => request.power.ref?.name), ['Planning', 'Licensing']);
        // Honest modelling: Healthwatch Haringey is a partner of the pilot, not a signatory of the agreement.
        const healthwatch = haringey.partners.map((partner) => partner.ref).find((party) => party?.name === 'HealthwatchHaringey');
        assert.ok(healthwatch && !signatoriesOf(agreementOf(haringey)!).has(healthwatch), 'HealthwatchHaringey is a partner, not a signatory');
        // Patient and public involvement only in Haringey and Hackney, as the sources say.
        const involving = pilots.filter((pilot) => pilot.partners.some((partner) =>
            partner.ref && isOrganisation(partner.ref) && ['healthwatch', 'voluntary-sector'].includes(partner.ref.kind)));
        assert.deepEqual(involving.map((pilot) => pilot.name).sort(), ['HackneyIntegration', 'HaringeyPrevention']);
    });

    it('has at least two estate sales, approved before they complete and reinvested in full within London', () => {
        const london = byName(nodes.filter(isArea), 'London');
        const sales = nodes.filter(isEstateSale) as EstateSale[];
        assert.ok(sales.length >= 2, `only ${sales.length} estate sales`);
        for (const sale of sales) {
            const reinvested = sale.reinvestments.reduce((sum, reinvestment) => sum + reinvestment.amount, 0);
            assert.ok(sameAmount(reinvested, sale.proceeds ?? 0), `${sale.name} reinvests ${reinvested} of ${sale.proceeds}`);
            assert.ok(sale.reinvestments.every((r) => r.area.ref && isWithin(r.area.ref, london)), `${sale.name} reinvests outside London`);
            assert.ok(sale.approvals.some((a) => a.approver.ref?.name === 'LondonEstatesBoard' && a.date < (sale.soldOn ?? '')),
                `${sale.name} is not approved by the London Estates Board before it completes`);
        }
        assert.ok(sales.some((sale) => sale.reinvestments.some((r) => r.purpose?.ref?.name === 'PrimaryCare')));
    });

    it('has the governance chain: the Strategic Partnership Board reports to the Mayor-chaired London Health Board', () => {
        const boards = nodes.filter(isBoard) as Board[];
        const spb = byName(boards, 'StrategicPartnershipBoard');
        const lhb = byName(boards, 'LondonHealthBoard');
        assert.equal(spb.reportsTo?.ref, lhb);
        assert.equal(lhb.chair?.ref?.name, 'MayorOfLondon');
        assert.equal(lhb.oversight, 'political');
        // Every board reaches political oversight without a cycle.
        for (const board of boards) {
            const seen = new Set<Board>();
            let current: Board | undefined = board;
            while (current && current.oversight !== 'political') {
                assert.ok(!seen.has(current), `${board.name} is in a reporting cycle`);
                seen.add(current);
                current = current.reportsTo?.ref;
            }
            assert.ok(current, `${board.name} never reaches political oversight`);
        }
    });

    it('pools the BHR budgets from a council and a CCG, adding up, from April 2018 and fully from April 2019', () => {
        const budgets = nodes.filter(isPooledBudget) as PooledBudget[];
        assert.deepEqual(budgets.flatMap((budget) => budget.services.map((service) => service.ref?.name)).sort(),
            ['ChildrensSEND', 'Diabetes', 'IntermediateCare']);
        for (const budget of budgets) {
            const kinds = new Set(budget.contributions.map((c) => (c.contributor.ref as Organisation | undefined)?.kind));
            assert.ok(kinds.has('council') && kinds.has('ccg'), `${budget.name} lacks a council or a CCG`);
            const sum = budget.contributions.reduce((total, c) => total + c.amount, 0);
            assert.ok(sameAmount(sum, budget.total ?? 0), `${budget.name}: contributions ${sum} ≠ total ${budget.total}`);
            assert.equal(budget.start, '2018-04-01');
            assert.equal(budget.fullyPooled, '2019-04-01');
            assert.equal(budget.recipient?.ref?.name, 'BHRProviderAlliance');
        }
        const teams = nodes.filter(isLocalityTeam) as LocalityTeam[];
        assert.ok(teams.length > 0);
        for (const team of teams) {
            assert.ok((team.population ?? 0) >= 50_000, `${team.name} serves fewer than 50,000 residents`);
            assert.ok((team.gpPractices ?? 0) >= 8 && (team.gpPractices ?? 0) <= 15, `${team.name} has ${team.gpPractices} practices`);
        }
    });

    it('quotes every clause from a named source document', () => {
        const clauses = nodes.filter(isClause) as Clause[];
        assert.ok(clauses.length >= 40, `only ${clauses.length} clauses`);
        for (const clause of clauses) {
            const owner = (clause.$container as Agreement).name;
            assert.ok(clause.source && SOURCE_FILES.has(clause.source), `${owner}.${clause.name} has no known source: ${clause.source}`);
            assert.ok(clause.text.length > 20, `${owner}.${clause.name} quotes nothing`);
        }
    });

    it('delegates from NHS England to London Partners: transformation funding from April 2018', () => {
        const delegations = nodes.filter(isDelegation);
        assert.deepEqual(delegations.map((d) => d.power.ref?.name).sort(),
            ['PrimaryCareCommissioning', 'SpecialisedCommissioning', 'TransformationFunding']);
        for (const delegation of delegations) {
            assert.equal(delegation.from.ref?.name, 'NHSEngland');
            assert.equal(delegation.to.ref?.name, 'LondonPartners');
            assert.ok(delegation.power.ref?.holders.some((holder) => holder.ref === delegation.from.ref));
        }
        assert.equal(delegations.find((d) => d.power.ref?.name === 'TransformationFunding')?.start, '2018-04-01');
    });
});
