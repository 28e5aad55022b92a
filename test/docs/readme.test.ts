import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { allBuiltInRules } from '../../language/checks/catalogue.js';
import { REPO_ROOT } from '../repo-paths.js';

const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');

describe('README', () => {
    it('gives a newcomer the two set-up commands and the main job', () => {
        const setUp = readme.slice(readme.indexOf('## Set up'), readme.indexOf('## Check the London agreements'));
        assert.deepEqual(setUp.match(/^npm \w+$/gm), ['npm install', 'npm test']);
        assert.match(readme, /^npx lhc check examples\/london$/m);
    });

    it('points to the rule catalogue, which lists every built-in rule of the catalogue with its severity and page', () => {
        assert.ok(readme.includes('(docs/rules/README.md)'), 'the README links the rule catalogue');
        const catalogue = readFileSync(path.join(REPO_ROOT, 'docs', 'rules', 'README.md'), 'utf8');
        for (const rule of allBuiltInRules) {
            assert.ok(catalogue.includes(`| [\`${rule.id}\`](${rule.id}.md) | ${rule.severity} |`), `docs/rules/README.md lacks ${rule.id}`);
        }
    });
});
