// The benchmark's shared core file: London's geography, the national bodies, powers, topics, the 2015 agreement and
// the 2017 MoU with workspace-wide conditions (synthetic content shaped like the London examples).
import { FOOTPRINTS, seededRandom, spaced, Writer } from './generate-text.js';

const TOPICS = [
    ['theme', 'Prevention', 'Prevention and self-care'], ['theme', 'Integration', 'Integrated health and social care'],
    ['theme', 'Estates', 'Estates and facilities'], ['theme', 'Workforce', 'Workforce'], ['theme', 'Digital', 'Digital health'],
    ['theme', 'AccountableCare', 'Accountable care'], ['service', 'PrimaryCare', 'Primary care'],
    ['service', 'CommunityCare', 'Community care'], ['service', 'IntermediateCare', 'Intermediate care'],
    ['service', 'Diabetes', 'Diabetes care'], ['service', 'ChildrensSend', "Children's special educational needs and disabilities"],
    ['service', 'MentalHealth', 'Mental health']
] as const;

/** The shared core: London's geography, the national bodies, the two agreements and workspace-wide conditions. */
export function generateCore(): string {
    const w = new Writer(seededRandom(1));
    w.line('// London core: geography, national bodies, powers and the two agreements (synthetic benchmark content).');
    w.line('as of 2019-06-01');
    w.line();
    w.line('area England "England" country');
    w.line('area London "London" region within England');
    for (const [footprint, boroughs] of Object.entries(FOOTPRINTS)) {
        w.line(`area ${footprint} "${spaced(footprint)} London" sub-region within London`);
        for (const borough of boroughs) w.line(`area ${borough} "${spaced(borough)}" borough within ${footprint}`);
    }
    w.line();
    w.line('party HMTreasury "HM Treasury" government');
    w.line('party DepartmentOfHealth "Department of Health" government');
    w.line('party NHSEngland "NHS England" national-body serves England');
    w.line('party PublicHealthEngland "Public Health England" national-body serves England');
    w.line('party NHSPropertyServices "NHS Property Services" national-body serves England');
    w.line('party MayorOfLondon "Mayor of London" mayor serves London');
    w.line('party GreaterLondonAuthority "Greater London Authority" gla serves London');
    w.line('party LondonCouncils "London Councils" partnership serves London');
    w.line('party LondonVoluntarySector "London voluntary sector forum" voluntary-sector serves London');
    w.line();
    w.line('board LondonHealthBoard "London Health Board" {');
    w.line('    chair MayorOfLondon');
    w.line('    members MayorOfLondon, LondonCouncils, NHSEngland');
    w.line('    serves London');
    w.line('    oversight political');
    w.line('    role "Political oversight of health and care in London"');
    w.line('}');
    w.line('board StrategicPartnershipBoard "Strategic Partnership Board" {');
    w.line('    chair NHSEngland');
    w.line('    members NHSEngland, LondonCouncils, PublicHealthEngland');
    w.line('    serves London');
    w.line('    reports to LondonHealthBoard');
    w.line('    oversight executive');
    w.line('    per DevolutionMoU2017.Governance');
    w.line('}');
    for (const footprint of Object.keys(FOOTPRINTS)) {
        w.line(`board ${footprint}Board "${spaced(footprint)} London health and care partnership board" {`);
        w.line('    chair LondonCouncils');
        w.line('    members LondonCouncils, NHSEngland');
        w.line(`    serves ${footprint}`);
        w.line('    reports to StrategicPartnershipBoard');
        w.line('    oversight executive');
        w.line('}');
    }
    w.line('board LondonEstatesBoard "London Estates Board" {');
    w.line('    chair GreaterLondonAuthority');
    w.line('    members GreaterLondonAuthority, NHSPropertyServices, LondonCouncils');
    w.line('    serves London');
    w.line('    reports to StrategicPartnershipBoard');
    w.line('    oversight executive');
    w.line('    per DevolutionMoU2017.Estates');
    w.line('}');
    w.line();
    w.line('power PrimaryCareCommissioning "Primary care commissioning" held by NHSEngland since 2013-04-01');
    w.line('power SpecialisedCommissioning "Specialised commissioning" held by NHSEngland since 2013-04-01');
    w.line('power TransformationFunding "Transformation funding" held by NHSEngland since 2015-04-01');
    w.line('power EstateDisposal "Disposal of NHS estate" held by NHSPropertyServices since 2013-04-01');
    w.line();
    for (const [kind, name, title] of TOPICS) w.line(`${kind} ${name} "${title}"`);
    w.line();
    w.line('agreement Agreement2015 "London Health and Care Collaboration Agreement" {');
    w.line('    signed 2015-12-15');
    w.line('    signatories HMTreasury, DepartmentOfHealth, NHSEngland, PublicHealthEngland, MayorOfLondon, LondonCouncils');
    w.line('    clause Aspirations "London partners share ten aspirations, each with a 2020 ambition."');
    w.line('    clause Pilots "Five devolution pilots test how devolution can support better health and care."');
    w.line('}');
    w.line();
    w.line('mou DevolutionMoU2017 "London Health and Care Devolution Memorandum of Understanding" builds on Agreement2015 {');
    w.line('    signed 2017-11-16');
    w.line('    signatories HMTreasury, DepartmentOfHealth, NHSEngland, PublicHealthEngland, MayorOfLondon, LondonCouncils');
    w.line('    clause Estates "Sell land it is not using and invest the money in estates, with a particular emphasis on primary and community care."');
    w.line('    clause Governance "The Strategic Partnership Board reports to the London Health Board, chaired by the Mayor."');
    w.line('    clause Localities "Locality teams each serve at least 50,000 residents, built on networks of 8 to 15 GP practices."');
    w.line('    clause Pooling "Budgets are pooled from April 2018 and fully pooled from April 2019."');
    w.line('    delegation TransformationToLondon: NHSEngland delegates TransformationFunding to LondonCouncils from 2018-04-01 per Estates');
    w.line('    condition ReinvestInLondon "Estate sale proceeds are reinvested within London" per Estates {');
    w.line('        every sale in estate-sales: every r in sale.reinvestments: r.area within London');
    w.line('    }');
    w.line('    condition LocalityTeamSize "Locality teams serve at least 50,000 residents" per Localities severity warning {');
    w.line('        every team in locality-teams: team.population >= 50,000');
    w.line('    }');
    w.line('    condition GpNetworks "Locality teams are built on 8 to 15 GP practices" per Localities severity warning {');
    w.line('        every team in locality-teams: team.gpPractices >= 8 and team.gpPractices <= 15');
    w.line('    }');
    w.line('    condition FullPoolingInAYear "Budgets are fully pooled within a year of pooling" per Pooling {');
    w.line('        every budget in pooled-budgets where budget.fullyPooled is set: budget.fullyPooled within 1 year of budget.start');
    w.line('    }');
    w.line('    condition SalesApproved "Every estate sale is approved by the London Estates Board" per Estates {');
    w.line('        every sale in estate-sales: some approval in sale.approvals: approval.approver = LondonEstatesBoard');
    w.line('    }');
    w.line('}');
    return w.text();
}
