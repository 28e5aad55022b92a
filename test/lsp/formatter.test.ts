import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { isAstNode, isReference, type AstNode } from 'langium';
import { expectFormatting } from 'langium/test';
import { afterEach, describe, it } from 'mocha';
import { formatText } from '../../language/engine/format.js';
import { createTestServices, resetWorkspace } from '../helpers.js';

const { services, parse } = createTestServices();
const format = expectFormatting(services);

/** The AST without positions or links: node types, properties and the text of each reference. */
function serialise(node: unknown): unknown {
    if (Array.isArray(node)) return node.map(serialise);
    if (isReference(node)) return { ref: node.$refText };
    if (isAstNode(node)) {
        const entries = Object.entries(node as AstNode & Record<string, unknown>)
            .filter(([key]) => !key.startsWith('$') || key === '$type')
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([key, value]) => [key, serialise(value)]);
        return Object.fromEntries(entries);
    }
    return node;
}

function formatted(text: string): string {
    const result = formatText(services, text);
    if ('problems' in result) throw new Error(`did not parse: ${result.problems[0]?.message}`);
    return result.formatted;
}

describe('formatter', () => {
    afterEach(() => resetWorkspace(services));

    it('indents blocks by four spaces and puts each property on its own line', async () => {
        await format({
            before: 'agreement   A2015 "Collaboration" {signed 2015-12-15 signatories NHSEngland , Mayor\nclause Estates "Sell land"   source "MoU" pilot P "Pilot" { areas Camden leads Mayor aim "Integrate" } }',
            after: [
                'agreement A2015 "Collaboration" {',
                '    signed 2015-12-15',
                '    signatories NHSEngland, Mayor',
                '    clause Estates "Sell land" source "MoU"',
                '    pilot P "Pilot" {',
                '        areas Camden',
                '        leads Mayor',
                '        aim "Integrate"',
                '    }',
                '}',
                ''
            ].join('\n')
        });
    });

    it('keeps comments on their own line or trailing, and keeps one blank line between declarations', async () => {
        await format({
            before: '// Parties\nparty   A "A" council   // trailing note\n\n\n\n  /* block */ party B "B" ccg\narea London "London" region',
            after: '// Parties\nparty A "A" council // trailing note\n\n/* block */\nparty B "B" ccg\narea London "London" region\n'
        });
    });

    it('keeps line breaks after commas and inside condition expressions as continuation lines', async () => {
        await format({
            before: [
                'party A "A" council serves London,',
                '  Camden,   Barnet',
                'condition C "c" per X {every s in estate-sales : s . proceeds > £1m',
                'and count ( r for r in s.reinvestments ) >= 1}'
            ].join('\n'),
            after: [
                'party A "A" council serves London,',
                '    Camden, Barnet',
                'condition C "c" per X {',
                '    every s in estate-sales: s.proceeds > £1m',
                '        and count(r for r in s.reinvestments) >= 1',
                '}',
                ''
            ].join('\n')
        });
    });

    it('lays out targets, measurements and waivers', async () => {
        await format({
            before: 'aspiration Smoke "Kick unhealthy habits" { target Smoking "Adult smoking" { metric "m" unit "%" baseline 17.0% on 2015-01-01 goal 13% by 2020-12-31 } }\nmeasurement M2018 of Smoke . Smoking : 14.5% on 2018-01-01\nwaiver for C on Sale because "late" approved by LEB until 2020-01-01',
            after: [
                'aspiration Smoke "Kick unhealthy habits" {',
                '    target Smoking "Adult smoking" {',
                '        metric "m"',
                '        unit "%"',
                '        baseline 17.0% on 2015-01-01',
                '        goal 13%',
                '        by 2020-12-31',
                '    }',
                '}',
                'measurement M2018 of Smoke.Smoking: 14.5% on 2018-01-01',
                'waiver for C on Sale because "late" approved by LEB until 2020-01-01',
                ''
            ].join('\n')
        });
    });

    it('leaves a document with syntax errors untouched', async () => {
        await format({
            before: 'party   A "A" council\nagreement X {  signed 2015-12-15 }',
            after: 'party   A "A" council\nagreement X {  signed 2015-12-15 }'
        });
        const result = formatText(services, 'party A "A" council\nagreement X {');
        assert.ok('problems' in result && result.problems.length > 0);
        assert.equal('problems' in result && result.problems[0]?.line, 2);
    });

    it('formats only the requested range', async () => {
        await format({
            before: 'party   A "A" council\nparty   B "B" council\n',
            after: 'party   A "A" council\nparty B "B" council\n',
            range: { start: { line: 1, character: 0 }, end: { line: 1, character: 22 } }
        });
    });

    it('is idempotent: formatting formatted text changes nothing', async () => {
        const once = formatted('mou M "m" builds on A , amends B { signed 2017-11-16 clause Estates "x"\n\n delegation D : NHSE delegates Primary to London from 2018-04-01 per Estates }');
        const document = await parse(once);
        const result = formatText(services, once);
        assert.deepEqual(result, { formatted: once, changed: false });
        assert.equal(document.parseResult.parserErrors.length, 0);
    });

    it('never changes the parsed document, and is idempotent, on generated documents', () => {
        const name = fc.constantFrom('Alpha', 'Beta', 'Camden', 'NHSEngland', 'Estates', 'Smoking');
        const separator = fc.constantFrom(' ', '  ', '\n', '\n\n', '\t', '\n    ', ' /* note */ ', ' // note\n', '\n// own line\n');
        const declaration = fc.oneof(
            fc.tuple(name, name).map(([a, b]) => `party ${a} "Party ${a}" council serves ${b} , London`),
            fc.tuple(name, name).map(([a, b]) => `area ${a} "Area" borough within ${b}`),
            fc.tuple(name, name, name).map(([a, b, c]) => `agreement ${a} "Agreement" builds on ${b} { signed 2015-12-15 signatories ${b} , ${c} clause ${c} "Clause text" source "MoU" pilot P${a} "Pilot" { areas ${b} leads ${c} aim "Aim" starts 2016-04-01 } }`),
            fc.tuple(name, name).map(([a, b]) => `aspiration ${a} "Aspiration" { ambition "More" target ${b} "Target" { metric "share" unit "%" direction decrease baseline 19.5% on 2013-01-01 goal 10% below baseline by 2020-12-31 } }`),
            fc.tuple(name, name).map(([a, b]) => `measurement M${a} of ${a} . ${b} : 14.5% on 2018-01-01 source "ONS"`),
            fc.tuple(name, name, name).map(([a, b, c]) => `delegation D${a} : ${b} delegates ${c} to ${a} from 2018-04-01 until 2020-03-31 per ${c}`),
            fc.tuple(name, name).map(([a, b]) => `estate-sale S${a} "Sale" { located in ${b} sold 2018-06-30 for £12.5m reinvest £8m in ${b} for Primary approved by ${a} on 2018-05-10 }`),
            fc.tuple(name, name).map(([a, b]) => `condition C${a} "Condition" per ${b} severity warning { every s in estate-sales where s . proceeds > £1m : sum ( r . amount for r in s . reinvestments ) >= s.proceeds and not ( s.owner is set ) or count ( [ 1 , 2 ] ) = 2 }`),
            fc.tuple(name, name).map(([a, b]) => `waiver for C${a} on ${b} because "Reason" approved by ${a} until 2020-01-01`)
        );
        const tokensOf = (text: string): string[] => text.match(/"[^"]*"|\S+/g) ?? [];
        const document = fc.array(declaration, { minLength: 1, maxLength: 5 }).chain((declarations) => {
            const tokens = tokensOf(declarations.join('\n'));
            return fc.array(separator, { minLength: tokens.length, maxLength: tokens.length })
                .map((separators) => tokens.map((token, index) => `${index === 0 ? '' : separators[index]}${token}`).join(''));
        });
        fc.assert(fc.property(document, (text) => {
            const original = services.parser.LangiumParser.parse(text);
            assert.deepEqual(original.parserErrors, [], text);
            const once = formatted(text);
            const reparsed = services.parser.LangiumParser.parse(once);
            assert.deepEqual(serialise(reparsed.value), serialise(original.value), `meaning changed:\n${text}\n---\n${once}`);
            assert.equal(formatted(once), once, `not idempotent:\n${once}`);
        }), { numRuns: 200 });
    });
});
