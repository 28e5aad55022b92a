import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { findBuiltInRule } from '../../language/checks/catalogue.js';
import { checkWorkspace } from '../../language/engine/check.js';
import { findLhcFiles } from '../../language/engine/workspace.js';
import { CORE_RULE_IDS } from '../checks/rule-ids.js';
import { LHC_BIN, REPO_ROOT } from '../repo-paths.js';

const BROKEN = path.join(REPO_ROOT, 'examples', 'broken');
/** Folders directly under examples/broken that hold .lhc files themselves (grouping folders such as conditions/ hold their own). */
const folders = readdirSync(BROKEN, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && readdirSync(path.join(BROKEN, entry.name)).some((name) => name.endsWith('.lhc')))
    .map((entry) => entry.name)
    .sort();

/** Folders whose check is spawned through the real `lhc` binary (the rest run in-process, for speed). */
const SPAWNED = ['syntax-error', 'unresolved-reference', 'invalid-date', 'lead-outside-area', 'no-public-involvement', 'stale-evidence',
    'target-overdue', 'target-off-trajectory'];

/**
 * The severity a case's findings have: the rule's default, or what the case's own lhc.config.json sets — the
 * warning and note rules raise themselves to errors there, so that every broken case fails `lhc check`.
 */
function expectedSeverity(folder: string): string {
    const config = path.join(BROKEN, folder, 'lhc.config.json');
    const configured = existsSync(config) ? (JSON.parse(readFileSync(config, 'utf8')) as { rules?: Record<string, string> }).rules?.[folder] : undefined;
    return configured ?? findBuiltInRule(folder)!.severity;
}

describe('examples/broken', () => {
    it('has a folder for every core rule, and each folder names a built-in rule', () => {
        for (const id of CORE_RULE_IDS) assert.ok(folders.includes(id), `examples/broken/${id}/`);
        for (const folder of folders) assert.ok(findBuiltInRule(folder), `examples/broken/${folder} names no built-in rule`);
    });

    it('raises every warning or note rule to an error in its own case, so every case fails the check', () => {
        for (const folder of folders) assert.equal(expectedSeverity(folder), 'error', `examples/broken/${folder}`);
    });

    for (const folder of folders) {
        it(`${folder}: trips ${folder} and nothing else`, async () => {
            const files = findLhcFiles([path.join(BROKEN, folder)]);
            assert.ok(files.length >= 1 && files.length <= 2, 'one or two files');
            for (const file of files) {
                assert.equal(readFileSync(file, 'utf8').split('\n')[0], `// expect: ${folder}`, `${path.basename(file)} starts with its expectation`);
            }
            const { report } = await checkWorkspace({ paths: [path.join(BROKEN, folder)] });
            const found = report.findings.map((finding) => `${finding.ruleId} (${finding.severity}): ${finding.message}`);
            assert.ok(report.findings.length > 0, 'at least one finding');
            assert.deepEqual([...new Set(report.findings.map((finding) => finding.ruleId))], [folder], found.join('\n'));
            const severity = expectedSeverity(folder);
            assert.ok(report.findings.every((finding) => finding.severity === severity), `every finding is ${severity}:\n${found.join('\n')}`);
        });
    }

    for (const folder of SPAWNED) {
        it(`lhc check examples/broken/${folder} prints ${folder} and exits 1`, () => {
            const run = spawnSync(process.execPath, [LHC_BIN, 'check', path.join('examples', 'broken', folder)], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
            assert.match(run.stdout, new RegExp(`\\b${folder}\\b`));
            assert.equal(run.status, 1, run.stdout + run.stderr);
        });
    }
});
