// Deterministic generator of synthetic `.lhc` workspaces for the benchmark.
// The content is shaped like the London examples scaled up: one shared core file (London, its sub-regions and
// boroughs, the national bodies, powers, topics, the 2015 agreement and the 2017 MoU with workspace-wide
// conditions) and many local "deal" files, each an MoU with parties, areas, pilots, aspirations and targets,
// evidence, delegations, estate sales, pooled budgets, locality teams, conditions and waivers — referring to the
// core and to the previous deal's file. Every figure is synthetic; the same seed gives the same bytes.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** mulberry32: a tiny, fast, seedable PRNG — the same seed always gives the same workspace. */
export function seededRandom(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

export const FOOTPRINTS: Record<string, string[]> = {
    NorthCentral: ['Barnet', 'Camden', 'Enfield', 'Haringey', 'Islington'],
    NorthEast: ['BarkingAndDagenham', 'CityOfLondon', 'Hackney', 'Havering', 'Newham', 'Redbridge', 'TowerHamlets', 'WalthamForest'],
    SouthEast: ['Bexley', 'Bromley', 'Greenwich', 'Lambeth', 'Lewisham', 'Southwark'],
    SouthWest: ['Croydon', 'KingstonUponThames', 'Merton', 'RichmondUponThames', 'Sutton', 'Wandsworth'],
    NorthWest: ['Brent', 'Ealing', 'HammersmithAndFulham', 'Harrow', 'Hillingdon', 'Hounslow', 'KensingtonAndChelsea', 'Westminster']
};
const BOROUGHS = Object.entries(FOOTPRINTS).flatMap(([footprint, boroughs]) => boroughs.map((borough) => ({ borough, footprint })));

function spaced(name: string): string {
    return name.replace(/([a-z])([A-Z])/g, '$1 $2');
}

class Writer {
    readonly lines: string[] = [];
    constructor(private readonly random: () => number) {}
    line(text = ''): void {
        this.lines.push(text);
    }
    int(min: number, max: number): number {
        return min + Math.floor(this.random() * (max - min + 1));
    }
    pick<T>(items: readonly T[]): T {
        return items[Math.floor(this.random() * items.length)]!;
    }
    date(fromYear: number, toYear: number): string {
        const year = this.int(fromYear, toYear);
        const month = this.int(1, 12);
        const day = this.int(1, 28);
        return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    }
    text(): string {
        return this.lines.join('\n') + '\n';
    }
}

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

export interface WorkspaceSpec {
    files: number;
    seed?: number;
}

/** The file name and text of every file of a workspace of `files` files (the first is the shared core). */
export function* workspaceFiles(spec: WorkspaceSpec): Iterable<{ name: string; text: string }> {
    yield { name: 'london-core.lhc', text: generateCore() };
    for (let index = 1; index < spec.files; index++) {
        yield { name: `deals/${String(Math.floor(index / 100)).padStart(2, '0')}/deal-${String(index).padStart(4, '0')}.lhc`, text: generateDeal(index, spec.seed ?? 42) };
    }
}

/** Writes a workspace into `folder` (emptied first); returns its size in bytes. */
export function writeWorkspace(folder: string, spec: WorkspaceSpec): number {
    rmSync(folder, { recursive: true, force: true });
    let bytes = 0;
    for (const { name, text } of workspaceFiles(spec)) {
        const file = path.join(folder, name);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, text);
        bytes += Buffer.byteLength(text);
    }
    return bytes;
}

/** One self-contained document: the core followed by deals until it has at least `lines` lines. */
export function singleDocument(options: { lines?: number; bytes?: number; seed?: number }): string {
    const parts = [generateCore()];
    let lines = parts[0]!.split('\n').length - 1;
    let bytes = parts[0]!.length;
    for (let index = 1; (options.lines !== undefined && lines < options.lines) || (options.bytes !== undefined && bytes < options.bytes); index++) {
        const text = generateDeal(index, options.seed ?? 42, false);
        parts.push(text);
        lines += text.split('\n').length - 1;
        bytes += text.length;
    }
    const text = parts.join('\n');
    if (options.lines === undefined) return text;
    return text.split('\n').slice(0, options.lines).join('\n').replace(/\n*$/, '\n') + closingBraces(text.split('\n').slice(0, options.lines).join('\n'));
}

/** Braces to close whatever a truncated document left open, so the cut stays well-formed. */
function closingBraces(text: string): string {
    let depth = 0;
    for (const char of text.replace(/"(\\.|[^"\\])*"/g, '')) {
        if (char === '{') depth++;
        else if (char === '}') depth--;
    }
    return '}\n'.repeat(Math.max(0, depth));
}

/**
 * The same kind of text with a syntax error every `every` lines: a dropped keyword, a stray character,
 * a missing brace or a broken date — what a document looks like while someone is typing in it.
 */
export function withSyntaxErrors(text: string, every = 10, seed = 7): string {
    const random = seededRandom(seed);
    const lines = text.split('\n');
    for (let index = every - 1; index < lines.length; index += every) {
        const line = lines[index]!;
        switch (Math.floor(random() * 4)) {
            case 0: lines[index] = line.replace(/^(\s*)\S+\s/, '$1'); break;
            case 1: lines[index] = line + ' @'; break;
            case 2: lines[index] = line.replace('{', ''); break;
            default: lines[index] = line.replace(/\d{4}-\d{2}-\d{2}/, '2019-13'); break;
        }
    }
    return lines.join('\n');
}

/** Removes every generated workspace under `folder` except those named in `keep`. */
export function cleanWorkspaces(folder: string, keep: readonly string[]): void {
    let entries: string[] = [];
    try {
        entries = readdirSync(folder);
    } catch {
        return;
    }
    for (const entry of entries) if (!keep.includes(entry)) rmSync(path.join(folder, entry), { recursive: true, force: true });
}

// `node out/bench/generate.js <folder> <files>` writes one workspace by hand, for profiling.
if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) {
    const [folder, files] = process.argv.slice(2);
    if (!folder || !files || !/^\d+$/.test(files)) {
        process.stderr.write('usage: node out/bench/generate.js <folder> <files>\n');
        process.exitCode = 2;
    } else {
        const bytes = writeWorkspace(folder, { files: Number(files) });
        process.stdout.write(`${folder}: ${files} files, ${(bytes / 1e6).toFixed(2)} MB\n`);
    }
}
