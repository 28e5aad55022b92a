import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'mocha';
import { runLhc } from './cli-harness.js';
import { declarationsFile, KINDS } from '../language/every-declaration.js';

/**
 * Issue 23 A: `lhc check` on one file of 10,000 declarations of every kind, 400 of a kind in a row (400 areas
 * `within` England, 400 measurements `of` a target …), reads and judges every declaration: no syntax error, every
 * reference resolves (the party at the top serves the file's last area), and each declaration a check judges one
 * by one has its finding.
 */
describe('CLI: a 10,000-declaration file', () => {
    let folder: string;
    const file = declarationsFile(10_000, 0, 400);
    const ofKind = (kind: string) => file.kinds.get(kind) ?? 0;
    before(() => {
        folder = mkdtempSync(path.join(tmpdir(), 'lhc-every-declaration-'));
        writeFileSync(path.join(folder, 'deal.lhc'), file.text);
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    it('checks with every declaration read, indexed and judged', async function () {
        this.timeout(120_000);
        const result = await runLhc(['check', '.', '--format', 'json', '--as-of', '2019-06-01'], { cwd: folder });
        const report = JSON.parse(result.stdout) as { findings: { ruleId: string; message: string }[] };
        const count = (ruleId: string) => report.findings.filter((finding) => finding.ruleId === ruleId).length;
        for (const ruleId of ['syntax-error', 'unresolved-reference', 'condition-too-deep']) assert.equal(count(ruleId), 0, `${ruleId}: ${report.findings.find((f) => f.ruleId === ruleId)?.message}`);
        assert.equal(count('locality-team-size'), ofKind('locality-team'), 'every locality team is judged');
        assert.equal(count('dataset-incomplete'), ofKind('dataset'), 'every dataset is judged');
        assert.deepEqual(KINDS.filter((kind) => ofKind(kind.kind) < 400).map((kind) => kind.kind), [], 'every kind, 400 in a row');
    });
});
