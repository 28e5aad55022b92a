import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { buildWorkspace, createTestServices, resetWorkspace } from '../helpers.js';

const { services } = createTestServices();

describe('area-code-malformed', () => {
    afterEach(() => resetWorkspace(services));

    it('reports a code that is not a letter and eight digits', async () => {
        const { diagnostics } = await buildWorkspace(services, `
area Camden "Camden" borough code "E0900007"
area Barnet "Barnet" borough code "e09000003"
area Enfield "Enfield" borough code "E09000010"`);
        assert.deepEqual(diagnostics.flat().map((d) => `${String(d.code)}: ${d.message}`), [
            'area-code-malformed: The code "E0900007" of area \'Camden\' is not a GSS code: a letter and eight digits, like E09000007.',
            'area-code-malformed: The code "e09000003" of area \'Barnet\' is not a GSS code: a letter and eight digits, like E09000007.'
        ]);
    });
});
