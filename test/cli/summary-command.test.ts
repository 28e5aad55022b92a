import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'mocha';
import type { ComplianceSummary } from '../../language/summary/summary-model.js';
import { explain, summaryValidator } from '../render/schema-validators.js';
import { runLhc } from './cli-harness.js';

const BASE = `
area London "London" region
area Camden "Camden" borough within London
party NHSEngland "NHS England" national-body
party CamdenCCG "Camden CCG" ccg serves Camden
mou MoU "Devolution MoU" {
  signed 2017-11-16
  signatories NHSEngland, CamdenCCG
  clause Estates "Invest the money in estates."
  pilot CamdenPilot "Camden pilot" { areas Camden leads CamdenCCG starts 2018-01-01 per Estates }
  aspiration Habits "Kick unhealthy habits" {
    target Smoking "Adult smoking" { unit "%" direction decrease baseline 17% on 2015-01-01 goal 13% by 2020-12-31 }
  }
}
`;
/** Version 1: smoking behind its trajectory, and a party declared twice. */
const V1 = BASE + `
measurement Smoking2017 of Habits.Smoking: 16.8% on 2017-01-01
party Twice "Twice" council
party Twice "Twice again" council
`;
/** Version 2: the duplicate fixed, smoking back on track, a pilot lead that does not exist. */
const V2 = BASE.replace('starts 2018-01-01', 'starts 2018-02-01') + `
measurement Smoking2017 of Habits.Smoking: 16.8% on 2017-01-01
measurement Smoking2019 of Habits.Smoking: 14% on 2019-03-01
party Once "Once" council
pilot Ghost "Ghost pilot" under MoU { leads NobodyAtAll }
`;

describe('lhc summary', () => {
    let folder: string;
    beforeEach(() => { folder = mkdtempSync(path.join(tmpdir(), 'lhc-summary-cli-')); });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    function write(relative: string, text: string): string {
        const file = path.join(folder, relative);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, text);
        return file;
    }

    it('prints Markdown by default and JSON that validates against the published schema', async () => {
        write('agreement/deal.lhc', V1);
        const markdown = await runLhc(['summary', 'agreement', '--as-of', '2019-06-01'], { cwd: folder });
        assert.equal(markdown.code, 0, markdown.stderr);
        assert.match(markdown.stdout, /^## Compliance summary as of 2019-06-01/);
        const json = await runLhc(['summary', 'agreement', '--format', 'json', '--as-of', '2019-06-01'], { cwd: folder });
        const summary = JSON.parse(json.stdout) as ComplianceSummary;
        const validate = summaryValidator();
        assert.ok(validate(summary), explain(validate));
        assert.deepEqual(summary.files, ['deal.lhc'], 'paths are relative to the folder given');
        assert.equal(summary.targets[0]?.status, 'at-risk');
        assert.equal(summary.totals.findings.errors, 2);
    });

    it('writes --out atomically, choosing the format from the file name', async () => {
        write('deal.lhc', V1);
        const result = await runLhc(['summary', '.', '--out', 'summary.html', '--as-of', '2019-06-01'], { cwd: folder });
        assert.equal(result.code, 0, result.stderr);
        assert.equal(result.stdout, '');
        assert.match(result.stderr, /^Wrote the html summary as of 2019-06-01 to summary.html\n$/);
        const html = readFileSync(path.join(folder, 'summary.html'), 'utf8');
        assert.match(html, /^<!doctype html>/);
        assert.ok(html.includes('Camden pilot'));
        assert.deepEqual(readdirSync(folder).sort(), ['deal.lhc', 'summary.html'], 'no temporary file is left behind');
    });

    it('uses --stale-after for the age at which evidence is stale', async () => {
        write('deal.lhc', V1);
        const lenient = JSON.parse((await runLhc(['summary', '--format', 'json', '--as-of', '2019-06-01', '--stale-after', '1000'], { cwd: folder })).stdout) as ComplianceSummary;
        const strict = JSON.parse((await runLhc(['summary', '--format', 'json', '--as-of', '2019-06-01', '--stale-after', '30'], { cwd: folder })).stdout) as ComplianceSummary;
        assert.equal(lenient.targets[0]?.stale, false);
        assert.equal(strict.targets[0]?.stale, true);
        assert.equal(strict.staleAfterDays, 30);
        // lhc check judges staleness by the same age.
        const staleFindings = async (days: string) => (JSON.parse((await runLhc(['check', '--format', 'json', '--as-of', '2019-06-01', '--stale-after', days], { cwd: folder })).stdout) as { findings: { ruleId: string }[] })
            .findings.filter((finding) => finding.ruleId === 'stale-evidence').length;
        assert.equal(await staleFindings('1000'), 0);
        assert.equal(await staleFindings('30'), 1);
    });

    it('rejects bad options with one line and exit code 2', async () => {
        write('deal.lhc', V1);
        for (const [args, message] of [
            [['--format', 'pdf'], /^lhc summary: --format must be one of md, html, json, not 'pdf'\n$/],
            [['--stale-after', 'soon'], /^lhc summary: --stale-after must be a whole number, not 'soon'\n$/],
            [['--as-of', '2019-02-30'], /^lhc summary: --as-of must be a date like 2019-06-01, not '2019-02-30'\n$/],
            [['--since', 'no-such-thing'], /^lhc summary: --since no-such-thing: .+\n$/],
            [['missing-folder'], /^lhc summary: No such file or folder: missing-folder\n$/]
        ] as const) {
            const result = await runLhc(['summary', ...args], { cwd: folder });
            assert.equal(result.code, 2, args.join(' '));
            assert.match(result.stderr, message);
        }
    });

    it('--since a folder: shows what changed and what it did to compliance', async () => {
        write('v1/deal.lhc', V1);
        write('v2/deal.lhc', V2);
        const result = await runLhc(['summary', 'v2', '--since', 'v1', '--format', 'json', '--as-of', '2019-06-01'], { cwd: folder });
        assert.equal(result.code, 0, result.stderr);
        const summary = JSON.parse(result.stdout) as ComplianceSummary;
        const validate = summaryValidator();
        assert.ok(validate(summary), explain(validate));
        const changes = summary.changes!;
        assert.equal(changes.since, 'v1');
        assert.deepEqual(changes.declarations.added.map((ref) => ref.name).sort(), ['Ghost', 'Once', 'Smoking2019']);
        assert.deepEqual(changes.declarations.removed.map((ref) => ref.name), ['Twice']);
        assert.deepEqual(changes.declarations.changed.map((ref) => ref.name), ['MoU', 'CamdenPilot'], 'the pilot and the agreement that contains it changed');
        assert.deepEqual(changes.violations.fixed.map((violation) => violation.ruleId).sort(), ['duplicate-name', 'duplicate-name', 'target-off-trajectory']);
        assert.deepEqual(changes.violations.introduced.map((violation) => [violation.ruleId, violation.subject?.name]).sort(), [['no-public-involvement', 'Ghost'], ['unresolved-reference', 'Ghost']]);
        assert.deepEqual(changes.targets, [{ id: 'Habits.Smoking', name: 'Smoking', title: 'Adult smoking', before: 'at-risk', after: 'on-track', staleBefore: true, staleAfter: false }]);

        const markdown = (await runLhc(['summary', 'v2', '--since', 'v1', '--as-of', '2019-06-01'], { cwd: folder })).stdout;
        assert.ok(markdown.includes('### Changes since v1'));
        assert.ok(markdown.includes('- 2 new violations, 3 fixed violations'));
        assert.ok(markdown.includes('- Adult smoking: ⚠ At risk → ↗ On track'));
    });

    it('--since a git ref: compares with the files as committed, leaving the work tree alone', async () => {
        const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: folder, stdio: 'pipe' });
        git('init', '-q', '-b', 'main');
        write('agreements/deal.lhc', V1);
        write('agreements/extra/notes.txt', 'not an agreement');
        git('add', '.');
        git('commit', '-q', '-m', 'v1');
        git('tag', 'v1');
        write('agreements/deal.lhc', V2);
        const result = await runLhc(['summary', 'agreements', '--since', 'v1', '--format', 'json', '--as-of', '2019-06-01'], { cwd: folder });
        assert.equal(result.code, 0, result.stderr);
        const changes = (JSON.parse(result.stdout) as ComplianceSummary).changes!;
        assert.deepEqual(changes.declarations.removed.map((ref) => ref.name), ['Twice']);
        assert.deepEqual(changes.violations.introduced.map((violation) => violation.subject?.name), ['Ghost', 'Ghost']);
        assert.equal(changes.violations.fixed.length, 3);
        assert.equal(readFileSync(path.join(folder, 'agreements/deal.lhc'), 'utf8'), V2, 'the work tree is untouched');
        assert.equal(execFileSync('git', ['status', '--porcelain'], { cwd: folder, encoding: 'utf8' }).trim(), 'M agreements/deal.lhc');

        // The same through a commit id and relative refs.
        const byCommit = await runLhc(['summary', 'agreements', '--since', 'HEAD', '--format', 'json', '--as-of', '2019-06-01'], { cwd: folder });
        assert.deepEqual((JSON.parse(byCommit.stdout) as ComplianceSummary).changes?.declarations.removed.map((ref) => ref.name), ['Twice']);
    });

    it('shows progress on stderr only when it is a terminal', async () => {
        write('deal.lhc', V1);
        const quiet = await runLhc(['summary', '--as-of', '2019-06-01'], { cwd: folder });
        assert.equal(quiet.stderr, '');
        const chatty = await runLhc(['summary', '--as-of', '2019-06-01'], { cwd: folder, interactive: true });
        assert.ok(chatty.stderr.includes('Checking 1 file…'));
        assert.ok(chatty.stderr.endsWith('\r\x1b[2K'), 'the progress line is cleared before the output');
    });
});
