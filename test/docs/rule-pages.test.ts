import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, before, describe, it } from 'mocha';
import { buildWorkspace, createTestServices, resetWorkspace, ruleIds } from '../helpers.js';
import { CORE_RULE_IDS } from '../checks/rule-ids.js';
import { REPO_ROOT } from '../repo-paths.js';

const { services } = createTestServices();

/** The first ```lhc block after a heading of a rule's page. */
function exampleAfter(page: string, heading: string): string {
    const start = page.indexOf(`## ${heading}`);
    assert.ok(start >= 0, `no "## ${heading}"`);
    const match = /```lhc\n([\s\S]*?)```/.exec(page.slice(start));
    assert.ok(match, `no lhc block after "## ${heading}"`);
    return match[1]!;
}

describe('docs/rules pages: their examples do what they say', () => {
    // The examples carry their own `as of` line where a date matters.
    before(() => { services.lhc.Settings.asOf = undefined; });
    afterEach(() => resetWorkspace(services));

    for (const id of CORE_RULE_IDS) {
        it(`${id}: the failing example trips ${id} only, the passing example trips nothing`, async () => {
            const page = readFileSync(path.join(REPO_ROOT, 'docs', 'rules', `${id}.md`), 'utf8');
            const failing = await buildWorkspace(services, exampleAfter(page, 'Failing example'));
            assert.deepEqual([...new Set(ruleIds(failing.diagnostics.flat()))], [id]);
            await resetWorkspace(services);
            const passing = await buildWorkspace(services, exampleAfter(page, 'Passing example'));
            assert.deepEqual(passing.diagnostics.flat().map((d) => `${String(d.code)}: ${d.message}`), []);
        });
    }
});
