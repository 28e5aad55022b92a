// One local deal file of the benchmark: an MoU building on the 2017 MoU with its own areas, parties, board, powers,
// pilots, aspiration and targets, evidence, delegations, estate sales, pooled budget, locality teams, conditions
// and a waiver, referring to the core and to the previous deal's file (synthetic content).
import { BOROUGHS, FOOTPRINTS, seededRandom, spaced, Writer } from './generate-text.js';

/**
 * One local deal file: about 10 KB, referring to the core and to deal `index - 1`. As its own file it starts with
 * `as of 2019-06-01`; `standalone: false` leaves that out, for appending to another document.
 */
export function generateDeal(index: number, seed: number, standalone = true): string {
    const w = new Writer(seededRandom(seed * 100_003 + index));
    const { borough, footprint } = BOROUGHS[index % BOROUGHS.length]!;
    const b = `${borough}${index}`;
    const deal = `Deal${index}`;
    const previousAspiration = index > 1 ? `Deal${index - 1}Healthy` : undefined;
    const neighbour = w.pick(FOOTPRINTS[footprint]!);
    const signed = `2018-01-${String(w.int(10, 28))}`;
    if (standalone) w.line('as of 2019-06-01');
    w.line(`// Deal ${index}: ${spaced(borough)} local health and care devolution deal (synthetic benchmark content).`);
    w.line();
    for (let locality = 1; locality <= 3; locality++) w.line(`area ${b}Locality${locality} "${spaced(borough)} locality ${locality} (deal ${index})" locality within ${borough}`);
    w.line();
    // Each deal's commissioners serve its own localities, so deals for the same borough do not overlap.
    const localities = `${b}Locality1, ${b}Locality2, ${b}Locality3`;
    w.line(`party ${b}CCG "NHS ${spaced(borough)} CCG (deal ${index})" ccg serves ${localities}`);
    w.line(`party ${b}Council "London Borough of ${spaced(borough)} (deal ${index})" council serves ${localities}`);
    w.line(`party ${b}Healthwatch "Healthwatch ${spaced(borough)} (deal ${index})" healthwatch serves ${localities}`);
    w.line(`party ${b}Trust "${spaced(borough)} and ${spaced(neighbour)} NHS Trust (deal ${index})" nhs-trust serves ${borough}, ${neighbour}`);
    w.line(`party ${b}Voluntary "${spaced(borough)} voluntary action (deal ${index})" voluntary-sector serves ${localities}`);
    w.line(`party ${b}Alliance "${spaced(borough)} provider alliance (deal ${index})" provider-alliance serves ${localities} members ${b}Trust, ${b}Voluntary`);
    w.line();
    w.line(`board ${b}Board "${spaced(borough)} health and care board (deal ${index})" {`);
    w.line(`    chair ${b}Council`);
    w.line(`    members ${b}CCG, ${b}Council, ${b}Healthwatch, ${b}Trust`);
    w.line(`    serves ${borough}`);
    w.line(`    reports to ${footprint}Board`);
    w.line(`    oversight executive`);
    w.line(`    role "Oversees the ${spaced(borough)} deal and reports progress upwards"`);
    w.line(`    established ${signed}`);
    w.line(`    per ${deal}.Governance`);
    w.line('}');
    w.line();
    w.line(`power ${b}Licensing "Licensing flexibilities in ${spaced(borough)}" held by ${b}Council since 2016-04-01`);
    w.line(`power ${b}Planning "Planning flexibilities in ${spaced(borough)}" held by ${b}Council since 2016-04-01`);
    w.line();
    const assets = ['A', 'B'].map((letter) => `${b}Site${letter}`);
    for (const asset of assets) {
        w.line(`estate-asset ${asset} "Former clinic site ${asset.slice(-1)} in ${spaced(borough)}" owner NHSPropertyServices located in ${borough} valued at £${w.int(2, 20)}m`);
    }
    w.line();
    w.line(`mou ${deal} "${spaced(borough)} Health and Care Devolution Deal ${index}" builds on DevolutionMoU2017 {`);
    w.line(`    signed ${signed}`);
    w.line(`    signatories NHSEngland, MayorOfLondon, LondonCouncils, ${b}CCG, ${b}Council, ${b}Trust, ${b}Healthwatch, ${b}Voluntary`);
    w.line(`    source "Synthetic deal ${index} for the lhc benchmark"`);
    w.line(`    clause Estates "${spaced(borough)} partners sell surplus NHS land and reinvest the proceeds in local primary and community care."`);
    w.line(`    clause Governance "The ${spaced(borough)} board reports to the sub-regional board and, through it, to the London Health Board."`);
    w.line(`    clause Pooling "Intermediate care, diabetes and children's SEND budgets are pooled from April 2018."`);
    w.line(`    clause Prevention "Partners use flexibilities in existing planning and licensing powers to prevent ill health."`);
    w.line(`    clause Localities "Locality teams serve at least 50,000 residents each."`);
    w.line();
    w.line(`    delegation ${deal}PrimaryCare: NHSEngland delegates PrimaryCareCommissioning to ${b}CCG from 2018-04-01 per Estates`);
    w.line(`    delegation ${deal}Transformation: LondonCouncils devolves TransformationFunding to ${b}Council from 2018-04-01 until 2021-03-31 per Pooling`);
    w.line(`    delegation ${deal}Licensing: ${b}Council delegates ${b}Licensing to ${b}Board from ${signed} per Prevention`);
    w.line();
    for (const [pilot, theme] of [['Prevention', 'Prevention'], ['Integration', 'Integration']] as const) {
        w.line(`    pilot ${deal}${pilot} "${spaced(borough)} ${pilot.toLowerCase()} pilot" {`);
        w.line(`        areas ${b}Locality1, ${b}Locality2`);
        w.line(`        themes ${theme}, ${w.pick(['Digital', 'Workforce', 'Estates'])}`);
        w.line(`        leads ${b}Council, ${b}CCG`);
        w.line(`        partners ${b}Healthwatch, ${b}Voluntary, ${b}Trust`);
        w.line(`        aim "Join up ${pilot.toLowerCase()} services around the residents of ${spaced(borough)}"`);
        w.line(`        starts 2018-04-01`);
        w.line(`        plans by 2018-09-30`);
        w.line(`        requests TransformationFunding of £${w.int(1, 9)}.${w.int(1, 9)}m "Transformation funding to set up the pilot"`);
        w.line(`        per Prevention`);
        w.line('    }');
    }
    w.line();
    w.line(`    aspiration ${deal}Healthy "A healthier ${spaced(borough)}" {`);
    w.line(`        ambition "Children are a healthy weight, adults are active and fewer people smoke by 2020"`);
    w.line(`        per Prevention`);
    // name, metric, unit, direction, baseline, yearly progress of the evidence (ahead of the trajectory to the goal)
    const targets: [string, string, string, string, number, number][] = [
        ['Obesity', 'Children obese in Year 6', '%', 'decrease', 22.4, -2.6],
        ['Activity', 'Adults achieving recommended activity', '%', 'increase', 57.0, 2.6],
        ['Smoking', 'Adult smoking prevalence', '%', 'decrease', 17.2, -1.1]
    ];
    for (const [name, metric, unit, direction, base] of targets) {
        w.line(`        target ${name} "${metric}" {`);
        w.line(`            metric "${metric} (${spaced(borough)})"`);
        w.line(`            unit "${unit}"`);
        w.line(`            direction ${direction}`);
        w.line(`            baseline ${base.toFixed(1)}% on 2015-03-31`);
        w.line(name === 'Obesity' ? `            goal 10% below baseline` : `            goal ${direction === 'increase' ? 70 : 13}%`);
        w.line(`            by 2020-12-31`);
        w.line('        }');
    }
    w.line('    }');
    w.line();
    w.line(`    objective ${deal}Inequalities "Reduce health inequalities in ${spaced(borough)}" per Prevention`);
    w.line(`    objective ${deal}Hospitalisation "Less avoidable hospitalisation in ${spaced(borough)}" per Pooling`);
    w.line(`    commitment ${deal}Advertising "Restrict unhealthy food advertising near schools" {`);
    w.line(`        by ${b}Council, GreaterLondonAuthority`);
    w.line(`        themes Prevention`);
    w.line(`        due 2019-03-31`);
    w.line(`        per Prevention`);
    w.line('    }');
    w.line();
    const council = w.int(3, 9);
    const ccg = w.int(3, 9);
    w.line(`    pooled-budget ${deal}Pool "${spaced(borough)} pooled budget for intermediate care, diabetes and SEND" {`);
    w.line(`        total £${council + ccg}m`);
    w.line(`        ${b}Council contributes £${council}m`);
    w.line(`        ${b}CCG contributes £${ccg}m`);
    w.line(`        services IntermediateCare, Diabetes, ChildrensSend`);
    w.line(`        pooled from 2018-04-01`);
    w.line(`        fully pooled from 2019-04-01`);
    w.line(`        recipient ${b}Alliance`);
    w.line(`        accountable ${b}Council, ${b}CCG`);
    w.line(`        per Pooling`);
    w.line('    }');
    w.line();
    for (const [position, asset] of assets.entries()) {
        const first = w.int(2, 8);
        const second = w.int(1, 4);
        w.line(`    estate-sale ${asset}Sale "Sale of ${asset.slice(-1)} site in ${spaced(borough)}" {`);
        w.line(`        asset ${asset}`);
        w.line(`        located in ${borough}`);
        w.line(`        owner NHSPropertyServices`);
        w.line(`        sold ${w.date(2018, 2019).replace(/^2018-0[1-5]/, '2018-06')} for £${first + second}m`);
        w.line(`        reinvest £${first}m in ${borough} for PrimaryCare`);
        w.line(`        reinvest £${second}m in ${neighbour} for CommunityCare`);
        w.line(`        approved by ${position === 0 ? 'LondonEstatesBoard' : `${b}Board`} on 2018-02-${String(w.int(10, 28))}`);
        w.line(`        per Estates`);
        w.line('    }');
    }
    w.line();
    w.line(`    condition ${deal}PoolAddsUp "The ${spaced(borough)} contributions add up to the pooled total" per Pooling {`);
    w.line(`        sum(c.amount for c in ${deal}Pool.contributions) = ${deal}Pool.total`);
    w.line('    }');
    w.line(`    condition ${deal}LocalReinvestment "Most of each ${spaced(borough)} sale is reinvested in ${spaced(borough)}" per Estates severity warning {`);
    w.line(`        every sale in [${assets.map((asset) => `${asset}Sale`).join(', ')}]: some r in sale.reinvestments: r.area = ${borough} and r.amount >= £1m`);
    w.line('    }');
    w.line(`    condition ${deal}LocalityPopulation "${spaced(borough)} locality teams together serve over 100,000 residents" per Localities {`);
    w.line(`        sum(t.population for t in [${b}TeamNorth, ${b}TeamSouth]) > 100,000`);
    w.line('    }');
    w.line(`    waiver for SalesApproved on ${assets[1]}Sale because "Small site: the local board approved the sale under delegated authority" approved by LondonEstatesBoard until 2027-03-31`);
    w.line('}');
    w.line();
    const populations = [w.int(50, 90) * 1000, w.int(50, 60) * 1000];
    for (const [team, population] of [['North', populations[0]], ['South', populations[1]]] as const) {
        w.line(`locality-team ${b}Team${team} "${spaced(borough)} ${team.toLowerCase()} locality team" {`);
        w.line(`    in ${b}Locality${team === 'North' ? 1 : 2}`);
        w.line(`    serves ${population!.toLocaleString('en-GB')} residents`);
        w.line(`    gp practices ${w.int(8, 15)}`);
        w.line(`    provider ${b}Alliance`);
        w.line(`    per ${deal}.Localities`);
        w.line('}');
    }
    w.line();
    for (const [aspiration, label] of [[`${deal}Healthy`, 'own'], ...(previousAspiration ? [[previousAspiration, 'neighbour']] : [])] as const) {
        for (const [name, , , , base, step] of targets) {
            for (let year = 2017; year <= 2019; year++) {
                w.line(`measurement ${deal}${label === 'own' ? '' : 'Peer'}${name}${year} of ${aspiration}.${name}: ${(base + (year - 2015) * step + Math.sign(step) * w.int(0, 5) / 10).toFixed(1)}% on ${year}-03-31 source "Synthetic survey ${year} (${label} evidence)"`);
            }
        }
    }
    return w.text();
}
