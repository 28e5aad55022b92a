import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { URI } from 'langium';
import { afterEach, describe, it } from 'mocha';
import type { Document } from '../../language/generated/ast.js';
import { findDeepRegions, MAX_NESTING, MAX_OPERATORS } from '../../language/parsing/depth-guard.js';
import { buildWorkspace, createTestServices, resetWorkspace, ruleIds } from '../helpers.js';
import { declarationsFile, KINDS } from './every-declaration.js';

/**
 * Issue 23 A: the depth guard protects the parser from deep condition expressions, and counts nothing else. A file
 * of hundreds of `area … within England` or `measurement … of T` once reached its 500-operator limit, got a false
 * syntax error on a correct line and lost every declaration after it.
 */
describe('nothing a user wrote is dropped by the depth guard', () => {
    const { services } = createTestServices();
    afterEach(() => resetWorkspace(services));

    /** The names a document exports to the workspace's index. */
    const indexed = (uri: URI) => new Set(services.shared.workspace.IndexManager.allElements()
        .filter((description) => description.documentUri.toString() === uri.toString()).map((description) => description.name).toArray());

    it('reads 521 areas within England: no syntax error, every area known', async () => {
        const areas = Array.from({ length: 521 }, (_, i) => `area A${i} "Area ${i}" borough within England`);
        const { diagnostics } = await buildWorkspace(services, ['area England "England" country', ...areas].join('\n'));
        assert.deepEqual(ruleIds(diagnostics[0]!).filter((id) => id === 'syntax-error'), []);
        const facts = services.lhc.Facts.get();
        assert.equal(facts.areas.length, 522);
        assert.ok(facts.areas.every((area) => area.name === 'England' || area.parent?.ref?.name === 'England'), 'every area is within England');
    });

    it('reads 520 measurements of a target: every one is a fact of its target', async () => {
        const measurements = Array.from({ length: 520 }, (_, i) => `measurement M${i} of A.T: ${(20 - i / 100).toFixed(2)}% on ${2015 + Math.floor(i / 365)}-01-01`);
        const text = ['aspiration A "a" { target T "t" { metric "m" unit "%" direction decrease baseline 20% on 2014-01-01 goal 10% by 2030-01-01 } }', ...measurements].join('\n');
        const { diagnostics } = await buildWorkspace(services, text);
        assert.deepEqual(ruleIds(diagnostics[0]!).filter((id) => id === 'syntax-error'), []);
        const facts = services.lhc.Facts.get();
        assert.equal(facts.measurements.length, 520);
        assert.ok(facts.measurements.every((measurement) => measurement.target?.ref?.name === 'T'));
    });

    it('a generated file of N declarations of every kind (N up to 10,000) parses and indexes all N', async function () {
        this.timeout(300_000);
        const cases = fc.record({ count: fc.integer({ min: 1, max: 10_000 }), offset: fc.nat({ max: KINDS.length - 1 }), run: fc.integer({ min: 1, max: 700 }) });
        let counter = 0;
        await fc.assert(fc.asyncProperty(cases, async ({ count, offset, run }) => {
            const file = declarationsFile(count, offset, run);
            const uri = URI.parse(`file:///workspace/generated-${++counter}.lhc`);
            const document = services.shared.workspace.LangiumDocumentFactory.fromString<Document>(file.text, uri);
            services.shared.workspace.LangiumDocuments.addDocument(document);
            try {
                await services.shared.workspace.DocumentBuilder.build([document], { validation: false });
                const root = document.parseResult.value;
                assert.deepEqual(document.parseResult.parserErrors.map((error) => error.message), []);
                assert.equal(root.declarations.length, file.declarations);
                const names = indexed(uri);
                const missing = file.names.filter((name) => !names.has(name));
                assert.deepEqual(missing.slice(0, 5), [], `${missing.length} of ${file.names.length} names not indexed`);
            } finally {
                await services.shared.workspace.DocumentBuilder.update([], [uri]);
            }
        }), { numRuns: 6, seed: 23, examples: [[{ count: 10_000, offset: 0, run: 400 }], [{ count: 600, offset: 10, run: 600 }]] });
    });

    it('a condition past its operator limit gives one finding naming the text not read, and the rest of the file is judged', async () => {
        const chain = Array(MAX_OPERATORS + 100).fill('1 > 2').join(' and ');
        const areas = Array.from({ length: 600 }, (_, i) => `area A${i} "Area ${i}" borough within England`);
        const text = ['area England "England" country', `condition Long "Long" workspace-wide { ${chain} }`, ...areas,
            'condition Short "Short" workspace-wide { every a in areas: a.parent is set }'].join('\n');
        const { diagnostics } = await buildWorkspace(services, text);
        const tooDeep = diagnostics[0]!.filter((diagnostic) => diagnostic.code === 'condition-too-deep');
        assert.equal(tooDeep.length, 1);
        assert.match(String(tooDeep[0]!.message), /^Condition 'Long' is .* \(the text of line 2, columns \d+–\d+ was not read\)/);
        assert.ok(ruleIds(diagnostics[0]!).includes('Short'), 'the condition after it is judged (England has no parent)');
        assert.equal(services.lhc.Facts.get().areas.length, 601);
        assert.ok(!ruleIds(diagnostics[0]!).includes('syntax-error'));
    });

    it('a deep stretch no condition reports (a header without a name) is still named, where it is', async () => {
        const deep = `${'('.repeat(MAX_NESTING + 8)}true${')'.repeat(MAX_NESTING + 8)}`;
        const text = `area England "England" country\ncondition "no name" {\n    ${deep}\n}\narea After "After" region within England\n`;
        const { diagnostics } = await buildWorkspace(services, text);
        const unread = diagnostics[0]!.filter((diagnostic) => diagnostic.code === 'condition-too-deep');
        assert.equal(unread.length, 1, diagnostics[0]!.map((d) => d.message).join('\n'));
        assert.match(String(unread[0]!.message), /^The text of line 3, columns 37–\d+ was not read: it is nested deeper than 32 levels/);
        assert.deepEqual(unread[0]!.range.start, { line: 2, character: 4 + MAX_NESTING });
        assert.deepEqual(services.lhc.Facts.get().areas.map((area) => area.name), ['England', 'After']);
    });

    it('a condition left open (being typed) past its limit ends where the next declaration begins: nothing after it is lost', async () => {
        const chain = Array(MAX_OPERATORS + 10).fill('a.population > 1').join(' and ');
        const areas = Array.from({ length: 600 }, (_, i) => `area A${i} "Area ${i}" borough within England`);
        const text = ['area England "England" country', `condition Open "Open" workspace-wide { every a in areas: ${chain}`, ...areas].join('\n');
        assert.deepEqual(findDeepRegions(text).map((region) => text.slice(region.end, region.end + 10)), ['area A0 "A']);
        const { diagnostics } = await buildWorkspace(services, text);
        assert.equal(services.lhc.Facts.get().areas.length, 601);
        assert.equal(ruleIds(diagnostics[0]!).filter((id) => id === 'condition-too-deep').length, 1);
        // A name an expression may hold (`every area in areas: area.x`) does not end a body.
        assert.equal(findDeepRegions(`condition C "c" { every area in areas: ${Array(MAX_OPERATORS + 2).fill('area.population > 1').join(' and ')} }`).length, 1);
    });

    it('counts only inside condition bodies: the same words and brackets elsewhere are no operators', () => {
        const outside = Array.from({ length: 2 * MAX_OPERATORS }, (_, i) => `measurement M${i} of A.T: 1 between 0 and 2 on 2019-01-01\narea X${i} "in (((" borough within Y`).join('\n');
        assert.deepEqual(findDeepRegions(outside), []);
        assert.deepEqual(findDeepRegions(`${outside}\ncondition C "c" under D { ${Array(MAX_OPERATORS + 2).fill('x').join(' or ')} }`).length, 1);
        // A header that never reached its `{` ends at the next declaration: the body after that is not an expression.
        assert.deepEqual(findDeepRegions(`condition C "c"\nagreement A "a" { ${'('.repeat(MAX_NESTING + 1)} }`), []);
    });
});
