import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { FINGERTIPS_COLUMNS, SMOKING_WORKSPACE, csvText, fingertipsRow, ruleMessages, tempWorkspace } from '../datasets/dataset-fixture.js';

const { services } = createTestServices();

const findings = (files: Record<string, string>, text = SMOKING_WORKSPACE) => ruleMessages(services, 'dataset-unreadable', files, text);

describe('dataset-unreadable', () => {
    afterEach(() => resetWorkspace(services));

    it('reports a missing file', async () => {
        assert.deepEqual(await findings({}), ["data/phof.csv does not exist (dataset 'Phof')."]);
    });

    it('reports a file outside the workspace', async () => {
        const outside = tempWorkspace({ 'phof.csv': csvText(FINGERTIPS_COLUMNS, [fingertipsRow({})]) });
        const text = SMOKING_WORKSPACE.replace('"data/phof.csv"', JSON.stringify(`../${outside.split('/').at(-1)}/phof.csv`));
        const [message] = await findings({}, text);
        assert.match(message!, /^\.\.\/lhc-data-\w+\/phof\.csv is outside the workspace \(dataset 'Phof'\); a dataset file must be inside it\.$/);
    });

    it('reports a missing required column, saying which', async () => {
        const columns = FINGERTIPS_COLUMNS.filter((column) => column !== 'Time period');
        assert.deepEqual(await findings({ 'data/phof.csv': csvText(columns, [fingertipsRow({})]) }),
            ["data/phof.csv has no \"Time period\" column, which the fingertips layout requires (dataset 'Phof')."]);
    });

    it('leaves a declaration without a file or a layout to dataset-incomplete', async () => {
        assert.deepEqual(await findings({}, SMOKING_WORKSPACE.replace('    file "data/phof.csv"\n', '')), []);
    });

    it('reads a good file, BOM and CRLF included', async () => {
        const text = `\uFEFF${csvText(FINGERTIPS_COLUMNS, [fingertipsRow({})], '\r\n')}`;
        assert.deepEqual(await findings({ 'data/phof.csv': text }), []);
    });
});
