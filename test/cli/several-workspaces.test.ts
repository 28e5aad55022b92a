import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { after, before, describe, it } from 'mocha';
import { REPO_ROOT } from '../repo-paths.js';
import { lhc, tempWorkspace } from './cli-helpers.js';

/**
 * A folder holding several workspaces (several lhc.config.json below it) is never checked as one: each deal would be
 * judged with the other's config, and names linked across deals. The commands refuse it in one line naming them.
 */
describe('CLI: a folder holding several workspaces', () => {
    let root: { dir: string; dispose: () => void };
    before(() => {
        // Two deals that each declare the same party: mixed into one, they would be duplicate names.
        const deal = (area: string) => `area ${area} "${area}" region\nparty Council "A council" council serves ${area}\n`;
        root = tempWorkspace({
            'north/lhc.config.json': JSON.stringify({ rules: { 'no-public-involvement': 'off' } }),
            'north/deal.lhc': deal('North'),
            'south/lhc.config.json': JSON.stringify({}),
            'south/deal.lhc': `${deal('South')}condition OneCouncil "One council" workspace-wide { count(p for p in parties where p.kind = "council") = 1 }\n`,
            'south/tests/deal.test.lhc': 'test "one council in the deal" {\n    expect OneCouncil passes\n}\n'
        });
    });
    after(() => root.dispose());

    for (const command of ['check', 'rules', 'summary']) {
        it(`bare lhc ${command} at the root refuses in one line naming each workspace, exit 2`, () => {
            const run = lhc([command], root.dir);
            assert.equal(run.status, 2, run.stderr);
            assert.equal(run.stdout, '');
            assert.match(run.stderr, new RegExp(`^lhc ${command}: \\. holds 2 workspaces, each with its own lhc\\.config\\.json \\(north, south\\); check one at a time, e\\.g\\. \`lhc ${command} north\`, or name the folders to check together\\n$`));
        });
    }

    it('each workspace checks on its own, and named together they are checked together, as asked', () => {
        assert.equal(lhc(['check', 'north'], root.dir).status, 0);
        assert.equal(lhc(['check', 'south'], root.dir).status, 0);
        const together = lhc(['check', 'north', 'south'], root.dir);
        assert.match(together.stdout, /duplicate-name/);
    });

    it('lhc test at the root runs each workspace\'s tests on that workspace alone', () => {
        const run = lhc(['test'], root.dir);
        assert.match(run.stdout, /1 passed, 0 failed/, run.stdout + run.stderr);
    });

    it('the repository\'s examples folder (broken examples beside London) is refused, not mixed', () => {
        const run = lhc(['check', 'examples'], REPO_ROOT);
        assert.equal(run.status, 2);
        assert.match(run.stderr, /^lhc check: examples holds \d+ workspaces, each with its own lhc\.config\.json \(greater-manchester, london, .*broken\//);
        assert.equal(run.stderr.trim().split('\n').length, 1);
        assert.equal(lhc(['check', path.join('examples', 'london')], REPO_ROOT).status, 0);
    });
});
