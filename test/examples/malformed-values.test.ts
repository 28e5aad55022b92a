import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'mocha';
import { checkWorkspace } from '../../language/engine/check.js';
import type { Finding } from '../../language/engine/results.js';
import { REPO_ROOT } from '../repo-paths.js';
import { copyWorkspaceWithLibraries } from '../workspace-copy.js';

/**
 * One malformed value in a real workspace (London, with the national library it names) is one syntax error, on the
 * value, in the file that holds it: no cascade of errors in other files, and nothing judged from the broken value.
 */
describe('examples: one malformed value is one error, in its own file', function () {
    this.timeout(120_000);
    let root: string;
    let baseline: Finding[];
    const london = () => path.join(root, 'london');
    // estate-proceeds-reinvested is off in London's config: on here, so a sale's broken proceeds would be judged.
    const check = async () => (await checkWorkspace({ paths: [london()], asOf: '2026-01-01', severities: new Map([['estate-proceeds-reinvested', 'warning']]) })).report.findings;
    const key = (finding: Finding) => `${path.relative(root, finding.location.file)}:${finding.location.start.line} ${finding.ruleId} ${finding.message}`;

    before(async () => {
        root = mkdtempSync(path.join(tmpdir(), 'lhc-malformed-'));
        copyWorkspaceWithLibraries(path.join(REPO_ROOT, 'examples', 'london'), london());
        baseline = await check();
    });
    after(() => rmSync(root, { recursive: true, force: true }));

    const cases: Array<{ name: string; file: string; from: string; to: string; message: RegExp }> = [
        { name: 'a date known only to its month (2017-06)', file: 'london/2017-devolution-mou/mou.lhc', from: 'signed 2017-11-16', to: 'signed 2017-06', message: /^'2017-06' is not a date or a financial year: a date is written in full, year-month-day \(YYYY-MM-DD\)/ },
        { name: 'a date written day first (16-11-2017)', file: 'london/2017-devolution-mou/mou.lhc', from: 'signed 2017-11-16', to: 'signed 16-11-2017', message: /^'16-11-2017' is not a date/ },
        { name: 'an amount in words (£6 billion)', file: 'london/2017-devolution-mou/estates.lhc', from: 'for £6m', to: 'for £6 billion', message: /^'£6 billion' is not an amount: .*£6bn/ },
        { name: 'an amount followed by a word the grammar does not expect', file: 'london/2017-devolution-mou/estates.lhc', from: 'reinvest £3.5m in Lewisham', to: 'reinvest £3.5m pounds in Lewisham', message: /^Expected 'in' but found 'pounds'\.$/ },
        { name: 'a malformed date in the national library', file: 'england/areas.lhc', from: 'area England "England" country code "E92000001"', to: 'area England "England" country code "E92000001" population 56,000,000 on 2021-03', message: /^'2021-03' is not a date/ }
    ];

    for (const { name, file, from, to, message } of cases) {
        it(name, async () => {
            const absolute = path.join(root, file);
            const original = readFileSync(absolute, 'utf8');
            assert.ok(original.includes(from), `${file} holds ${from}`);
            writeFileSync(absolute, original.replace(from, to));
            try {
                const findings = await check();
                const known = new Set(baseline.map(key));
                const added = findings.filter((finding) => !known.has(key(finding)));
                assert.equal(added.length, 1, `one new finding, got:\n${added.map(key).join('\n')}`);
                const [error] = added;
                assert.equal(error!.ruleId, 'syntax-error');
                assert.equal(path.relative(root, error!.location.file), file);
                assert.match(error!.message, message);
                // On the malformed text itself.
                const line = to.split('\n')[0]!;
                const text = readFileSync(absolute, 'utf8').split('\n')[error!.location.start.line - 1]!;
                assert.ok(text.includes(line), `the error is on the line with ${line}`);
            } finally {
                writeFileSync(absolute, original);
            }
        });
    }
});
