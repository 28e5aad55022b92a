/**
 * A generated file of declarations of every kind the grammar has, for the tests that nothing a user wrote is
 * dropped (issue 23). It is full of the words the depth guard counts inside conditions — `within`, `of`, `in`,
 * `and`, `-`, brackets and `not` — outside them too, as real agreements are.
 */

/** Declarations every generated one refers to, so every reference resolves. `Last` names the file's last area. */
export const PROLOGUE = [
    'area England "England" country',
    'party Mayor "Mayor of London" mayor serves England, Last',
    'agreement Deal "The deal" { signed 2015-12-15 signatories Mayor covers England }',
    'aspiration Ambition "An ambition" under Deal {',
    '    target Smoking "Smoking" { metric "share" unit "%" direction decrease baseline 20% on 2015-01-01 goal 10% by 2030-12-31 }',
    '}',
    'power Commissioning "Commissioning" held by Mayor since 2015-01-01',
    'theme Health "Health"'
].join('\n');

/** How many named declarations the prologue holds (the target is named inside its aspiration). */
export const PROLOGUE_NAMES = ['England', 'Mayor', 'Deal', 'Ambition', 'Commissioning', 'Health'];

/** One declaration of each kind; `n` makes its name unique. `name` is undefined for the one kind without a name. */
export const KINDS: { kind: string; text: (n: string) => string; name?: (n: string) => string }[] = [
    { kind: 'area', text: (n) => `area A${n} "Area ${n}" borough within England population 1,000 on 2019-06-01`, name: (n) => `A${n}` },
    { kind: 'party', text: (n) => `party P${n} "Party ${n}" council serves England`, name: (n) => `P${n}` },
    { kind: 'board', text: (n) => `board B${n} "Board ${n}" { chair Mayor members Mayor oversight political }`, name: (n) => `B${n}` },
    { kind: 'power', text: (n) => `power W${n} "Power ${n}" held by Mayor since 2016-01-01`, name: (n) => `W${n}` },
    { kind: 'theme', text: (n) => `theme T${n} "Theme ${n}"`, name: (n) => `T${n}` },
    { kind: 'service', text: (n) => `service S${n} "Service ${n}"`, name: (n) => `S${n}` },
    { kind: 'estate-asset', text: (n) => `estate-asset EA${n} "Asset ${n}" owner Mayor located in England valued at £1m`, name: (n) => `EA${n}` },
    { kind: 'estate-sale', text: (n) => `estate-sale ES${n} "Sale ${n}" under Deal { located in England sold 2018-06-30 for £2m reinvest £2m in England for Health approved by Mayor on 2018-05-10 }`, name: (n) => `ES${n}` },
    { kind: 'pooled-budget', text: (n) => `pooled-budget PB${n} "Pool ${n}" under Deal { total £2m Mayor contributes £2m services Health pooled from 2017-04-01 }`, name: (n) => `PB${n}` },
    { kind: 'locality-team', text: (n) => `locality-team LT${n} "Team ${n}" { in England serves 50,000 residents gp practices 5 provider Mayor }`, name: (n) => `LT${n}` },
    { kind: 'measurement', text: (n) => `measurement M${n} of Ambition.Smoking: 15% between 14% and 16% on 2018-01-01 source "ONS"`, name: (n) => `M${n}` },
    { kind: 'dataset', text: (n) => `dataset D${n} "Data ${n}" { publisher "ONS" illustrative }`, name: (n) => `D${n}` },
    { kind: 'agreement', text: (n) => `agreement G${n} "Agreement ${n}" builds on Deal { signed 2016-01-01 signatories Mayor covers England }`, name: (n) => `G${n}` },
    { kind: 'mou', text: (n) => `mou U${n} "MoU ${n}" amends Deal { signed 2017-11-16 signatories Mayor }`, name: (n) => `U${n}` },
    { kind: 'clause', text: (n) => `clause C${n} "The parties agree to work together in London" source "MoU"`, name: (n) => `C${n}` },
    { kind: 'delegation', text: (n) => `delegation DL${n}: Mayor delegates Commissioning to P${n}x from 2018-04-01 under Deal`, name: (n) => `DL${n}` },
    { kind: 'pilot', text: (n) => `pilot PL${n} "Pilot ${n}" under Deal { areas England leads Mayor aim "Join up care" starts 2016-04-01 }`, name: (n) => `PL${n}` },
    { kind: 'aspiration', text: (n) => `aspiration AS${n} "Aspiration ${n}" under Deal { ambition "more in less" }`, name: (n) => `AS${n}` },
    { kind: 'objective', text: (n) => `objective O${n} "Objective ${n}" under Deal`, name: (n) => `O${n}` },
    { kind: 'commitment', text: (n) => `commitment CM${n} "Commitment ${n}" under Deal { by Mayor will "report" due within 3 months of Deal }`, name: (n) => `CM${n}` },
    { kind: 'condition', text: (n) => `condition CD${n} "Condition ${n}" under Deal { every a in areas: a.population is set or not (a.population > 1 - 2) and 1 + 2 < 4 }`, name: (n) => `CD${n}` },
    { kind: 'waiver', text: () => 'waiver for CDw on England because "agreed" approved by Mayor until 2030-01-01 under Deal' },
    { kind: 'envelope', text: (n) => `envelope EN${n} "Envelope ${n}" under Deal { amount £6bn per year in 2015/16 held by Mayor services Health }`, name: (n) => `EN${n}` },
    { kind: 'allocation', text: (n) => `allocation AL${n} "Allocation ${n}" under Deal { amount £1m in 2016/17 held by Mayor }`, name: (n) => `AL${n}` }
];

/**
 * A file of the prologue and `count` declarations, kinds in turn from `offset`, `run` of each kind in a row (600 areas
 * hold 600 `within`s with no brace between them), then the area `Last`; with the names the file declares at top level.
 */
export function declarationsFile(count: number, offset = 0, run = 1): { text: string; declarations: number; names: string[]; kinds: Map<string, number> } {
    const kinds = new Map<string, number>();
    const lines = [PROLOGUE, 'condition CDw "Waived" under Deal { true }'];
    const names = [...PROLOGUE_NAMES, 'CDw'];
    for (let index = 0; index < count; index++) {
        const kind = KINDS[(Math.floor(index / run) + offset) % KINDS.length]!;
        const n = String(index);
        lines.push(kind.text(n));
        kinds.set(kind.kind, (kinds.get(kind.kind) ?? 0) + 1);
        if (kind.name) names.push(kind.name(n));
        // A delegation's recipient is a party of its own.
        if (kind.kind === 'delegation') {
            lines.push(`party P${n}x "Recipient ${n}" council`);
            names.push(`P${n}x`);
        }
    }
    lines.push('area Last "The last area" borough within England');
    names.push('Last');
    const declarations = lines.join('\n').split('\n').filter((line) => /^[a-z]/.test(line)).length;
    return { text: `${lines.join('\n')}\n`, declarations, names, kinds };
}
