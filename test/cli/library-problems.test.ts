import { strict as assert } from 'node:assert';
import { symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, it } from 'mocha';
import { lhc, tempWorkspace } from './cli-helpers.js';

/** A config whose `libraries` cannot be used stops every command that loads the workspace with one line and exit 2. */
describe('CLI: a library the config names that cannot be used', () => {
    let workspace: { dir: string; dispose: () => void } | undefined;
    afterEach(() => workspace?.dispose());
    const deal = (libraries: string[], extra: Record<string, string | Uint8Array> = {}) => {
        workspace = tempWorkspace({
            'deal/lhc.config.json': JSON.stringify({ libraries }),
            'deal/deal.lhc': 'area Kent "Kent" county\n',
            'deal/deal.test.lhc': 'test "nothing" { }\n',
            ...extra
        });
        return path.join(workspace.dir, 'deal');
    };
    const commands = [['check'], ['rules'], ['summary'], ['test'], ['explain', 'Kent']];

    for (const args of commands) {
        it(`lhc ${args.join(' ')}: a missing library folder is one line naming the config, exit 2`, () => {
            const run = lhc(args, deal(['../nowhere']));
            assert.equal(run.status, 2, run.stderr);
            assert.match(run.stderr, /^lhc \w+: .*lhc\.config\.json: libraries\.0: no such folder or file '\.\.\/nowhere' \(resolved to .*\)\n$/);
            assert.doesNotMatch(run.stderr, /\n\s+at /);
        });
    }

    it('a library file that is not UTF-8, an invalid library config and a link loop: one line each, exit 2', () => {
        const cases: Array<[Record<string, string | Uint8Array>, RegExp]> = [
            [{ 'national/x.lhc': new Uint8Array([0xff, 0xfe, 0x41]) }, /x\.lhc is not valid UTF-8 text/],
            [{ 'national/x.lhc': 'area England "England" country\n', 'national/lhc.config.json': '{bad' }, /national\/lhc\.config\.json is not valid JSON/]
        ];
        for (const [files, expected] of cases) {
            const folder = deal(['../national'], files);
            for (const args of commands.slice(0, 1)) {
                const run = lhc(args, folder);
                assert.equal(run.status, 2, run.stderr);
                assert.match(run.stderr, expected);
                assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
            }
            workspace!.dispose();
        }
        const looped = deal(['../loop']);
        symlinkSync(path.join(workspace!.dir, 'loop'), path.join(workspace!.dir, 'loop'));
        const run = lhc(['check'], looped);
        assert.equal(run.status, 2);
        assert.match(run.stderr, /libraries\.0: symbolic link loop at '\.\.\/loop'/);
    });
});
