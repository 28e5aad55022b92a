import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { FINGERTIPS_COLUMNS, SMOKING_WORKSPACE, csvText, fingertipsRow, ruleMessages } from '../datasets/dataset-fixture.js';

const { services } = createTestServices();

const findings = (text: string) => ruleMessages(services, 'dataset-provenance', { 'data/phof.csv': csvText(FINGERTIPS_COLUMNS, [fingertipsRow({})]) }, text);

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
