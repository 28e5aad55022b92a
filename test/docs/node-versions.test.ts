import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { REPO_ROOT } from '../repo-paths.js';

/** Issue 15 item 7: the README states the Node versions, and `engines` asks for no less than any dependency needs. */
describe('supported Node versions', () => {
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { engines: { node: string }; dependencies: Record<string, string> };
    const lowest = (range: string): number => Number(/>=\s*(\d+)/.exec(range)?.[1] ?? 0);

    it('asks in engines for at least what every runtime dependency needs', () => {
        for (const name of Object.keys(manifest.dependencies)) {
            const dependency = JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { engines?: { node?: string } };
            if (!dependency.engines?.node) continue;
            assert.ok(lowest(manifest.engines.node) >= lowest(dependency.engines.node), `${name} needs Node ${dependency.engines.node}`);
        }
    });

    it('states the same versions in the README', () => {
        const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
        assert.match(readme, new RegExp(`Supported Node\\.js versions: \\*\\*${lowest(manifest.engines.node)} `));
        assert.ok(readme.includes(`\`engines.node\` is \`${manifest.engines.node}\``));
    });
});
