import * as assert from 'node:assert/strict';
import { afterEach, describe, it } from 'mocha';
import { generateCore, generateDeal, singleDocument, withSyntaxErrors } from '../../bench/generate.js';
import { buildWorkspace, createTestServices, resetWorkspace, ruleIds } from '../helpers.js';

// The benchmark is only worth its numbers if what it generates is real, valid `.lhc`.
describe('benchmark workspace generator', () => {
    const { services } = createTestServices();
    afterEach(() => resetWorkspace(services));

    it('is deterministic: the same seed gives the same bytes, another seed other figures', () => {
        assert.equal(generateDeal(7, 42), generateDeal(7, 42));
        assert.notEqual(generateDeal(7, 42), generateDeal(7, 43));
    });

    it('writes deals that parse, link across files and have no naming or syntax findings', async () => {
        const { diagnostics } = await buildWorkspace(services, generateCore(), generateDeal(1, 42), generateDeal(2, 42));
        const broken = diagnostics.flat().filter((diagnostic) => ['syntax-error', 'unresolved-reference', 'duplicate-name'].includes(String(diagnostic.code)));
        assert.deepEqual(ruleIds(broken), []);
    });

    it('cuts a single document at the asked number of lines and keeps it well-formed', async () => {
        const text = singleDocument({ lines: 600 });
        assert.ok(Math.abs(text.split('\n').length - 600) < 10);
        const { diagnostics } = await buildWorkspace(services, text);
        assert.deepEqual(ruleIds(diagnostics[0]!.filter((diagnostic) => diagnostic.code === 'syntax-error')), []);
    });

    it('plants syntax errors the parser finds', async () => {
        const { diagnostics } = await buildWorkspace(services, withSyntaxErrors(generateCore(), 10));
        assert.ok(ruleIds(diagnostics[0]!).filter((id) => id === 'syntax-error').length >= 3);
    });
});
