import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { buildAt, csvText, FINGERTIPS_COLUMNS, fingertipsRow, SMOKING_WORKSPACE, tempWorkspace } from '../datasets/dataset-fixture.js';

const { services } = createTestServices();

async function findings(text: string): Promise<string[]> {
    const root = tempWorkspace({ 'data/phof.csv': csvText(FINGERTIPS_COLUMNS, [fingertipsRow({})]) });
    const { diagnostics } = await buildAt(services, root, { 'deal.lhc': text });
    return diagnostics.filter((d) => d.code === 'dataset-provenance').map((d) => String(d.message));
}

describe('dataset-provenance', () => {
    afterEach(() => resetWorkspace(services));

    it('asks for the publisher, a URL or reference, and the retrieved date', async () => {
        const bare = SMOKING_WORKSPACE.replace(/    publisher .*\n    url .*\n    retrieved .*\n/, '');
        assert.deepEqual(await findings(bare), ['Dataset \'Phof\' does not say where it came from: add `publisher "…"`, `url "…"` or `reference "…"` and `retrieved <date>`.']);
    });

    it('accepts a reference in place of a URL', async () => {
        assert.deepEqual(await findings(SMOKING_WORKSPACE.replace(/url ".*"/, 'reference "PHOF table 2.14, May 2019 release"')), []);
    });
});
