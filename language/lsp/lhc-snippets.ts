/**
 * Skeletons of every declaration, in VS Code's snippet syntax. The language server offers them in
 * completion next to the keyword; `syntaxes/lhc.snippets.json` holds the same entries for editors that
 * read snippet files (a test keeps the two equal). Every placeholder has a default that parses.
 */
import { AREA_KINDS, PARTY_KINDS } from '../model/kinds.js';

export interface LhcSnippet {
    /** The keyword that starts the declaration; also what the user types to get the snippet. */
    prefix: string;
    description: string;
    body: string[];
}

export const SNIPPETS: Readonly<Record<string, LhcSnippet>> = {
    'Agreement': {
        prefix: 'agreement',
        description: 'An agreement with its signing date, signatories and a clause',
        body: [
            'agreement ${1:Agreement2015} "${2:Health and Care Devolution Agreement}" {',
            '\tsigned ${3:2015-12-15}',
            '\tsignatories ${4:NHSEngland}',
            '\tcovers ${5:DealArea}',
            '\tclause ${6:Clause1} "${7:The words of the clause.}" source "${8:document, paragraph}"',
            '\t$0',
            '}'
        ]
    },
    'Memorandum of understanding': {
        prefix: 'mou',
        description: 'A memorandum of understanding building on an earlier agreement',
        body: [
            'mou ${1:DevolutionMoU2017} "${2:Health and Care Devolution Memorandum of Understanding}" builds on ${3:Agreement2015} {',
            '\tsigned ${4:2017-11-16}',
            '\tsignatories ${5:NHSEngland}',
            '\tclause ${6:Clause1} "${7:The words of the clause.}"',
            '\t$0',
            '}'
        ]
    },
    'Envelope': {
        prefix: 'envelope',
        description: 'The money an agreement covers: an amount a year for a financial year',
        body: [
            'envelope ${1:HealthAndCareSpending} "${2:Health and social care spending}" {',
            '\tamount ${3:£6bn} per ${4|year,month|}',
            '\tin ${5:2015/16}',
            '\t$0',
            '}'
        ]
    },
    'Clause': {
        prefix: 'clause',
        description: 'A quoted clause of an agreement',
        body: ['clause ${1:Name} "${2:The words of the clause.}" source "${3:document, paragraph}"$0']
    },
    'Area': {
        prefix: 'area',
        description: 'An area within another',
        body: [`area \${1:Borough} "\${2:Borough name}" \${3|${AREA_KINDS.join(',')}|} within \${4:DealArea} code "\${5:E08000001}"$0`]
    },
    'Party': {
        prefix: 'party',
        description: 'A party and the areas it serves',
        body: [`party \${1:BoroughCouncil} "\${2:Borough Council}" \${3|${PARTY_KINDS.join(',')}|} serves \${4:Borough}$0`]
    },
    'Board': {
        prefix: 'board',
        description: 'A governance board',
        body: [
            'board ${1:StrategicPartnershipBoard} "${2:Strategic Partnership Board}" {',
            '\tchair ${3:Mayor}',
            '\tmembers ${4:NHSEngland}',
            '\treports to ${5:HealthBoard}',
            '\toversight ${6|executive,political,clinical,advisory|}',
            '\t$0',
            '}'
        ]
    },
    'Power': {
        prefix: 'power',
        description: 'A power and who holds it',
        body: ['power ${1:PrimaryCareCommissioning} "${2:Primary care commissioning}" held by ${3:NHSEngland} since ${4:2013-04-01}$0']
    },
    'Theme': {
        prefix: 'theme',
        description: 'A theme pilots are about',
        body: ['theme ${1:Prevention} "${2:Prevention}"$0']
    },
    'Service': {
        prefix: 'service',
        description: 'A service budgets pool or proceeds buy',
        body: ['service ${1:PrimaryCare} "${2:Primary care}"$0']
    },
    'Delegation': {
        prefix: 'delegation',
        description: 'A delegation of a power from one party to another',
        body: ['delegation ${1:Name}: ${2:NHSEngland} ${3|delegates,devolves|} ${4:PrimaryCareCommissioning} to ${5:PartnershipBoard} from ${6:2018-04-01} per ${7:Clause1}$0']
    },
    'Pilot': {
        prefix: 'pilot',
        description: 'A devolution pilot',
        body: [
            'pilot ${1:Name} "${2:Title}" under ${3:Agreement2015} {',
            '\tareas ${4:Borough}',
            '\tleads ${5:BoroughCouncil}',
            '\tpartners ${6:LocalHealthwatch}',
            '\taim "${7:What the pilot sets out to do}"',
            '\tstarts ${8:2016-04-01}',
            '\t$0',
            '}'
        ]
    },
    'Aspiration': {
        prefix: 'aspiration',
        description: 'An aspiration with a measurable target',
        body: [
            'aspiration ${1:Name} "${2:Title}" under ${3:Agreement2015} {',
            '\tambition "${4:The 2020 ambition}"',
            '\ttarget ${5:Target1} "${6:Title}" {',
            '\t\tmetric "${7:what is measured}"',
            '\t\tunit "${8:%}"',
            '\t\tdirection ${9|decrease,increase,maintain|}',
            '\t\tbaseline ${10:17%} on ${11:2015-01-01}',
            '\t\tgoal ${12:13%}',
            '\t\tby ${13:2020-12-31}',
            '\t}',
            '\t$0',
            '}'
        ]
    },
    'Target': {
        prefix: 'target',
        description: 'A measurable target of an aspiration',
        body: [
            'target ${1:Name} "${2:Title}" {',
            '\tmetric "${3:what is measured}"',
            '\tunit "${4:%}"',
            '\tdirection ${5|decrease,increase,maintain|}',
            '\tbaseline ${6:17%} on ${7:2015-01-01}',
            '\tgoal ${8:13%}',
            '\tby ${9:2020-12-31}',
            '}$0'
        ]
    },
    'Objective': {
        prefix: 'objective',
        description: 'A shared objective',
        body: ['objective ${1:Name} "${2:Title}" under ${3:Agreement2015}$0']
    },
    'Commitment': {
        prefix: 'commitment',
        description: 'A commitment: who will do what, by when, under which clause',
        body: [
            'commitment ${1:Name} "${2:Title}" under ${3:Agreement2015} {',
            '\tby ${4:NHSEngland}',
            '\t${5|will,must,will explore,will seek to,may,must not|} "${6:what is promised}"',
            '\tdue ${7:2018-04-01}',
            '\tper ${8:Clause}',
            '\t$0',
            '}'
        ]
    },
    'Measurement': {
        prefix: 'measurement',
        description: 'Evidence of progress towards a target',
        body: ['measurement ${1:Name} of ${2:Aspiration.Target}: ${3:14.5%} on ${4:2018-01-01} source "${5:where the figure comes from}"$0']
    },
    'Estate asset': {
        prefix: 'estate-asset',
        description: 'A piece of estate',
        body: ['estate-asset ${1:Name} "${2:Title}" owner ${3:NHSPropertyServices} located in ${4:Borough} valued at ${5:£12.5m}$0']
    },
    'Estate sale': {
        prefix: 'estate-sale',
        description: 'A sale of estate and how its proceeds are reinvested',
        body: [
            'estate-sale ${1:Name} "${2:Title}" under ${3:DevolutionMoU2017} {',
            '\tlocated in ${4:Borough}',
            '\towner ${5:NHSPropertyServices}',
            '\tsold ${6:2018-06-30} for ${7:£12.5m}',
            '\treinvest ${8:£8m} in ${9:Borough} for ${10:PrimaryCare}',
            '\tapproved by ${11:EstatesBoard} on ${12:2018-05-10}',
            '\t$0',
            '}'
        ]
    },
    'Pooled budget': {
        prefix: 'pooled-budget',
        description: 'A pooled budget with its contributions',
        body: [
            'pooled-budget ${1:Name} "${2:Title}" under ${3:DevolutionMoU2017} {',
            '\ttotal ${4:£10m}',
            '\t${5:Council} contributes ${6:£5m}',
            '\t${7:CCG} contributes ${8:£5m}',
            '\tservices ${9:IntermediateCare}',
            '\tpooled from ${10:2018-04-01}',
            '\trecipient ${11:ProviderAlliance}',
            '\t$0',
            '}'
        ]
    },
    'Locality team': {
        prefix: 'locality-team',
        description: 'A locality team, its population and GP practices',
        body: [
            'locality-team ${1:Name} "${2:Title}" {',
            '\tin ${3:Havering}',
            '\tserves ${4:50,000} residents',
            '\tgp practices ${5:10}',
            '\t$0',
            '}'
        ]
    },
    'Condition': {
        prefix: 'condition',
        description: 'A condition of the agreement, checked against the facts',
        body: [
            'condition ${1:Name} "${2:What must hold}" per ${3:Clause1} {',
            '\t${4:every s in estate-sales: every r in s.reinvestments: r.area within DealArea}',
            '}$0'
        ]
    },
    'Waiver': {
        prefix: 'waiver',
        description: 'A waiver of a condition for one fact',
        body: ['waiver for ${1:Condition} on ${2:Fact} because "${3:reason}" approved by ${4:Party} until ${5:2020-03-31}$0']
    }
};

/** The keywords that start a snippet, for completion. */
export const SNIPPET_BY_KEYWORD: ReadonlyMap<string, LhcSnippet> = new Map(Object.values(SNIPPETS).map((snippet) => [snippet.prefix, snippet]));
