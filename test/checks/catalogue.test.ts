import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { allBuiltInRules, builtInChecks } from '../../language/checks/catalogue.js';
import { REPO_ROOT } from '../repo-paths.js';

/** The rule ids other parts of lhc (quick fixes, docs links, config) rely on. */
const EXPECTED_IDS = [
    'syntax-error', 'unresolved-reference', 'duplicate-name', 'invalid-date', 'dated-before-signing', 'end-before-start',
    'percentage-out-of-range', 'non-positive-money', 'lead-outside-area', 'pilot-party-not-signatory', 'delegator-lacks-power',
    'overlapping-delegation', 'unmeasurable-target', 'goal-contradicts-direction', 'target-overdue', 'target-off-trajectory',
    'stale-evidence', 'pooled-budget-partners', 'pooled-budget-total', 'locality-team-size', 'governance-cycle',
    'governance-no-oversight', 'no-public-involvement', 'estate-proceeds-reinvested'
];

describe('the catalogue of built-in rules', () => {
    it('has exactly the expected ids, each once, in kebab-case', () => {
        const ids = allBuiltInRules.map((rule) => rule.id);
        assert.deepEqual([...ids].sort(), [...EXPECTED_IDS].sort());
        for (const id of ids) assert.match(id, /^[a-z]+(-[a-z]+)*$/);
    });

    it('gives warnings and notes only where intended', () => {
        const notErrors = Object.fromEntries(allBuiltInRules.filter((rule) => rule.severity !== 'error').map((rule) => [rule.id, rule.severity]));
        assert.deepEqual(notErrors, { 'target-overdue': 'warning', 'target-off-trajectory': 'warning', 'no-public-involvement': 'warning', 'stale-evidence': 'info' });
    });

    it('keeps each check in its own file named by its id', () => {
        for (const check of builtInChecks) assert.ok(existsSync(path.join(REPO_ROOT, 'language', 'checks', `${check.id}.ts`)), check.id);
    });

    it('documents, tests and exemplifies every rule', () => {
        const index = readFileSync(path.join(REPO_ROOT, 'docs', 'rules', 'README.md'), 'utf8');
        for (const { id, description } of allBuiltInRules) {
            const page = path.join(REPO_ROOT, 'docs', 'rules', `${id}.md`);
            assert.ok(existsSync(page), `docs/rules/${id}.md`);
            const text = readFileSync(page, 'utf8');
            assert.ok(text.startsWith(`# ${id}`), `docs/rules/${id}.md starts with its id`);
            for (const heading of ['## What it checks', '## Why', '## Failing example', '## Passing example', '## Configuration']) {
                assert.ok(text.includes(heading), `docs/rules/${id}.md has "${heading}"`);
            }
            assert.ok(text.includes(`"${id}": "off"`), `docs/rules/${id}.md shows how to turn it off`);
            assert.ok(index.includes(`(${id}.md)`), `docs/rules/README.md links ${id}`);
            assert.ok(description.length > 0);
            assert.ok(existsSync(path.join(REPO_ROOT, 'test', 'checks', `${id}.test.ts`)), `test/checks/${id}.test.ts`);
            assert.ok(existsSync(path.join(REPO_ROOT, 'examples', 'broken', id)), `examples/broken/${id}/`);
        }
    });
});
