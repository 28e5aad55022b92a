import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { runLhc } from './cli-harness.js';
import { CLEAN, tempWorkspace } from './cli-helpers.js';

/** A condition to explain, and a file whose second line is a typo: what follows it is not read. */
const FILES = {
    'deal.lhc': `${CLEAN}
condition PilotsLed "Every pilot has a lead" { every pilot in pilots: pilot.leads is set }
`,
    'more.lhc': 'area Enfield "Enfield" borough within London\nparty EnfieldCouncil "Enfield Council" councl serves Enfield\n'
};

describe('results worked out from a half-read workspace say so', () => {
    let dispose: (() => void) | undefined;
    afterEach(() => dispose?.());

    it('lhc summary and lhc explain name each file with syntax errors and its line, one line per file', async () => {
        const workspace = tempWorkspace(FILES);
        dispose = workspace.dispose;
        const summary = await runLhc(['summary', '.'], { cwd: workspace.dir });
        assert.equal(summary.code, 0, summary.stderr);
        const lines = summary.stderr.split('\n').filter((line) => line.startsWith('lhc summary: '));
        assert.equal(lines.length, 1, summary.stderr);
        assert.match(lines[0]!, /^lhc summary: more\.lhc:2:\d+: syntax error: .* but found 'councl'; this summary is of what could be read of it$/);
        const explained = await runLhc(['explain', 'PilotsLed', workspace.dir], { cwd: workspace.dir });
        assert.equal(explained.code, 0, explained.stderr);
        const said = explained.stderr.split('\n').filter((line) => line.startsWith('lhc explain: '));
        assert.equal(said.length, 1, explained.stderr);
        assert.match(said[0]!, /^lhc explain: more\.lhc:2:\d+: syntax error: .*; this explanation is of what could be read of it$/);
    });

    it('a whole workspace says nothing of the kind', async () => {
        const workspace = tempWorkspace({ 'deal.lhc': FILES['deal.lhc'] });
        dispose = workspace.dispose;
        const summary = await runLhc(['summary', '.'], { cwd: workspace.dir });
        assert.doesNotMatch(summary.stderr, /syntax error/);
        const explained = await runLhc(['explain', 'PilotsLed', workspace.dir], { cwd: workspace.dir });
        assert.doesNotMatch(explained.stderr, /syntax error/);
    });
});
