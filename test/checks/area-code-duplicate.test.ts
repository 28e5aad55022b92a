import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { buildWorkspace, createTestServices, resetWorkspace } from '../helpers.js';

const { services } = createTestServices();

describe('area-code-duplicate', () => {
    afterEach(() => resetWorkspace(services));

    it('reports both areas that share a code, across files', async () => {
        const { diagnostics } = await buildWorkspace(services,
            'area Camden "Camden" borough code "E09000007"',
            'area Barnet "Barnet" borough code "E09000007"\narea Enfield "Enfield" borough code "E09000010"');
        assert.deepEqual(diagnostics.map((list) => list.map((d) => `${String(d.code)}: ${d.message}`)), [
            ['area-code-duplicate: Area \'Camden\' has the code "E09000007", which area Barnet also has.'],
            ['area-code-duplicate: Area \'Barnet\' has the code "E09000007", which area Camden also has.']
        ]);
    });
});
