import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { describe, it } from 'mocha';
import { generateCore, generateDeal } from '../../bench/generate.js';
import type { Document } from '../../language/generated/ast.js';
import { reparseIncrementally } from '../../language/parsing/lhc-incremental-parse.js';
import { createTestServices } from '../helpers.js';
import { snapshot } from './tree-snapshot.js';

// The incremental re-parse is only allowed to exist if it is indistinguishable from a full parse.
describe('incremental re-parse of an edited declaration', () => {
    const { services } = createTestServices();
    const parser = services.parser.LangiumParser;
    const base = `${generateCore()}\n// a comment between declarations\n${generateDeal(1, 42, false)}`;

    it('gives the same tree, positions and text as a full parse, for any sequence of edits', function () {
        this.timeout(120_000);
        let incremental = 0;
        const edit = fc.record({
            position: fc.nat(),
            remove: fc.boolean(),
            insert: fc.constantFrom('x', ' ', '\n', '\r\n', '"', '{', '}', '1', '/', '//', '£', '9%', ',')
        });
        fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
            let text = base;
            let current = parser.parse<Document>(text);
            for (const { position, remove, insert } of edits) {
                const at = position % (text.length + 1);
                text = remove ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + insert + text.slice(at);
                const full = parser.parse<Document>(text);
                const spliced = reparseIncrementally(current, text, parser);
                if (spliced) {
                    incremental++;
                    assert.deepEqual(snapshot(spliced), snapshot(full));
                }
                current = spliced ?? full;
            }
        }), { numRuns: 100, seed: 20261123 });
        // Most edits land inside a declaration: the fast path must actually be taken.
        assert.ok(incremental > 60, `only ${incremental} incremental parses`);
    });

    it('refuses when the previous parse had errors, and when the edit breaks the declaration', () => {
        const broken = parser.parse<Document>('area A "A" region within\narea B "B" borough\n');
        assert.equal(reparseIncrementally(broken, 'area A "A" region within\narea B "Bx" borough\n', parser), undefined);
        const clean = parser.parse<Document>('area A "A" region\narea B "B" borough\n');
        assert.equal(reparseIncrementally(clean, 'area A "A" region\narea B "B borough\n', parser), undefined);
        assert.ok(reparseIncrementally(parser.parse<Document>('area A "A" region\narea B "B" borough\n'), 'area A "A" region\narea B "Bx" borough\n', parser));
    });
});
