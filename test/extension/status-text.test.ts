import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { statusView } from '../../extension/src/status-text.js';

describe('the status-bar item', () => {
    it('says "checking…" and shows no count until the server has checked every file once', () => {
        const view = statusView('checking', 0, 0);
        assert.equal(view.text, '$(sync~spin) LHC: checking…');
        assert.doesNotMatch(view.text, /0 errors/);
        assert.equal(view.error, false);
        assert.equal(statusView('checking', 3, 1).text, '$(sync~spin) LHC: checking…');
    });

    it('then shows the count of errors, on the error background when there are any', () => {
        assert.equal(statusView('ready', 0, 2).text, '$(pass) LHC: 0 errors');
        assert.deepEqual(statusView('ready', 2, 1), {
            text: '$(error) LHC: 2 errors', error: true,
            tooltip: 'LHC: 2 errors, 1 warning in .lhc files — click to open the Problems panel'
        });
        assert.equal(statusView('ready', 1, 0).text, '$(error) LHC: 1 error');
    });

    it('says there is nothing to judge, not "0 errors" beside a pass sign, when the server checked no .lhc file', () => {
        assert.deepEqual(statusView('ready', 0, 0, 0), {
            text: '$(circle-slash) LHC: no .lhc files', tooltip: 'LHC found no .lhc files in the workspace: nothing to judge', error: false
        });
        assert.equal(statusView('ready', 0, 0, 3).text, '$(pass) LHC: 0 errors');
    });
});
