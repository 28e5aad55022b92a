import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'mocha';
import { lhc } from '../cli/cli-helpers.js';
import { REPO_ROOT } from '../repo-paths.js';

interface JsonFinding { ruleId: string; file: string; message: string }

/** The three example folders copied side by side, with one edit made to a file of one of them. */
function examplesWith(file: string, from: string, to: string): string {
    const root = mkdtempSync(path.join(tmpdir(), 'lhc-two-deals-'));
    for (const folder of ['england', 'london', 'greater-manchester']) cpSync(path.join(REPO_ROOT, 'examples', folder), path.join(root, folder), { recursive: true });
    const target = path.join(root, file);
    const text = readFileSync(target, 'utf8');
    assert.ok(text.includes(from), `${from} in ${file}`);
    writeFileSync(target, text.replace(from, to));
    return root;
}

function conditionFindings(root: string): JsonFinding[] {
    const run = lhc(['check', 'england', 'london', 'greater-manchester', '--format', 'json', '--as-of', '2026-11-30'], root);
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings.filter((finding) => finding.ruleId.startsWith('ProceedsReinvestedIn'));
}

/** Issue 17: with both deals in one workspace, each deal's conditions judge only its own facts. */
describe('two deals in one workspace: each deal\'s conditions judge only its own facts', () => {
    const roots: string[] = [];
    after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

    it('a Greater Manchester sale reinvested in Camden fails Greater Manchester\'s condition; London\'s stays silent', () => {
        const root = examplesWith(path.join('greater-manchester', '2015-devolution-mou', 'estates.lhc'), 'reinvest £4m in Salford', 'reinvest £4m in Camden');
        roots.push(root);
        const findings = conditionFindings(root);
        assert.deepEqual(findings.map((finding) => finding.ruleId), ['ProceedsReinvestedInGreaterManchester']);
        assert.match(findings[0]!.file, /greater-manchester/);
        assert.match(findings[0]!.message, /Camden/);
    });

    it('a London sale reinvested in Salford fails London\'s condition; Greater Manchester\'s stays silent', () => {
        const root = examplesWith(path.join('london', '2017-devolution-mou', 'estates.lhc'), 'reinvest £8m in Camden', 'reinvest £8m in Salford');
        roots.push(root);
        const findings = conditionFindings(root);
        assert.deepEqual(findings.map((finding) => finding.ruleId), ['ProceedsReinvestedInLondon']);
        assert.match(findings[0]!.file, /london/);
        assert.match(findings[0]!.message, /Salford/);
    });

    it('unchanged, neither deal\'s condition reports anything on the other\'s sales', () => {
        const root = examplesWith(path.join('london', 'lhc.config.json'), '"libraries"', '"libraries"');
        roots.push(root);
        assert.deepEqual(conditionFindings(root), []);
    });
});
