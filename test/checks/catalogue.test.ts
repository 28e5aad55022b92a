import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { allBuiltInRules, builtInChecks, findBuiltInRule } from '../../language/checks/catalogue.js';
import { REPO_ROOT } from '../repo-paths.js';
import { CORE_RULE_IDS } from './rule-ids.js';

describe('the catalogue of built-in rules', () => {
    it('has every core rule id, each once, and only kebab-case ids', () => {
        const ids = allBuiltInRules.map((rule) => rule.id);
        for (const id of CORE_RULE_IDS) assert.ok(ids.includes(id), `missing ${id}`);
        assert.equal(new Set(ids).size, ids.length, 'ids are unique');
        for (const id of ids) assert.match(id, /^[a-z]+(-[a-z]+)*$/);
    });

    it('gives warnings and notes only where intended', () => {
        const notErrors = Object.fromEntries(CORE_RULE_IDS.map((id) => findBuiltInRule(id)!).filter((rule) => rule.severity !== 'error').map((rule) => [rule.id, rule.severity]));
        assert.deepEqual(notErrors, { 'target-overdue': 'warning', 'target-off-trajectory': 'warning', 'no-public-involvement': 'warning', 'stale-evidence': 'info',
            'commitment-overdue': 'warning', 'commitment-delivered-late': 'info', 'commitment-without-deadline': 'info', 'commitment-evidence-missing': 'warning',
            'agreement-area-inferred': 'info'
        });
    });

    it('keeps each check in its own file named by its id', () => {
        for (const check of builtInChecks) {
            assert.ok(existsSync(path.join(REPO_ROOT, 'language', 'checks', `${check.id}.ts`)), check.id);
        }
    });

    it('documents every rule, and indexes it in docs/rules/README.md', () => {
        const index = readFileSync(path.join(REPO_ROOT, 'docs', 'rules', 'README.md'), 'utf8');
        for (const { id } of allBuiltInRules) {
            assert.ok(existsSync(path.join(REPO_ROOT, 'docs', 'rules', `${id}.md`)), `docs/rules/${id}.md`);
            assert.ok(index.includes(`(${id}.md)`), `docs/rules/README.md links ${id}`);
        }
    });

    it('documents, tests and exemplifies every core rule the same way', () => {
        for (const id of CORE_RULE_IDS) {
            const text = readFileSync(path.join(REPO_ROOT, 'docs', 'rules', `${id}.md`), 'utf8');
            assert.ok(text.startsWith(`# ${id}`), `docs/rules/${id}.md starts with its id`);
            for (const heading of ['## What it checks', '## Why', '## Failing example', '## Passing example', '## Configuration']) {
                assert.ok(text.includes(heading), `docs/rules/${id}.md has "${heading}"`);
            }
            assert.ok(text.includes(`"${id}": "off"`), `docs/rules/${id}.md shows how to turn it off`);
            assert.ok(existsSync(path.join(REPO_ROOT, 'test', 'checks', `${id}.test.ts`)), `test/checks/${id}.test.ts`);
            assert.ok(existsSync(path.join(REPO_ROOT, 'examples', 'broken', id)), `examples/broken/${id}/`);
        }
    });
});
