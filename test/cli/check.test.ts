import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import { after, before, describe, it } from 'mocha';
import { REPO_ROOT } from '../repo-paths.js';
import { CLEAN, ERROR, lhc, TARGET, tempWorkspace, WARNING } from './cli-helpers.js';

const ANSI = /\x1b\[/;

/** Bad input: exit 2 and exactly one line on stderr, never a stack trace, nothing on stdout. */
function assertUsageError(run: ReturnType<typeof lhc>, pattern: RegExp): void {
    assert.equal(run.status, 2, `exit code (stderr: ${run.stderr})`);
    assert.equal(run.stdout, '');
    const lines = run.stderr.split('\n').filter(Boolean);
    assert.equal(lines.length, 1, `one line on stderr, got:\n${run.stderr}`);
    assert.match(lines[0]!, pattern);
    assert.doesNotMatch(run.stderr, /\n\s+at |Error:/, 'no stack trace');
}

describe('lhc check (the real binary)', () => {
    const workspaces: { dispose: () => void }[] = [];
    const workspace = (files: Record<string, string | Uint8Array>) => {
        const created = tempWorkspace(files);
        workspaces.push(created);
        return created.dir;
    };
    after(() => workspaces.forEach((created) => created.dispose()));

    describe('exit codes', () => {
        it('exits 0 on a clean workspace and says so', () => {
            const run = lhc(['check', '--as-of', '2019-06-01'], workspace({ 'agreement.lhc': CLEAN }));
            assert.equal(run.status, 0, run.stdout + run.stderr);
            assert.match(run.stdout, /No problems: 1 file checked as of 2019-06-01/);
        });

        it('exits 1 when there is an error, printing file:line:column, severity, rule id and message', () => {
            const run = lhc(['check', '.'], workspace({ 'estates.lhc': ERROR }));
            assert.equal(run.status, 1);
            assert.match(run.stdout, /^estates\.lhc:1:\d+\s+error\s+non-positive-money\s+Estate asset 'Site' is valued at £0/m);
            assert.match(run.stdout, /1 problem \(1 error, 0 warnings\)/);
        });

        it('checks only the files and folders given, linking across files', () => {
            const dir = workspace({ 'clean/a.lhc': CLEAN, 'clean/b.lhc': `pilot Second "Second" under Agreement2015 { areas Haringey leads HaringeyCouncil partners HealthwatchHaringey }\n`, 'broken/c.lhc': ERROR });
            assert.equal(lhc(['check', 'clean'], dir).status, 0);
            assert.equal(lhc(['check', 'clean/a.lhc', 'broken'], dir).status, 1);
        });
    });

    describe('--max-warnings', () => {
        it('passes with warnings by default, and fails when they exceed the maximum', () => {
            const dir = workspace({ 'pilot.lhc': WARNING });
            const lenient = lhc(['check'], dir);
            assert.equal(lenient.status, 0, lenient.stdout);
            assert.match(lenient.stdout, /warning\s+no-public-involvement/);
            assert.equal(lhc(['check', '--max-warnings', '1'], dir).status, 0);
            assert.equal(lhc(['check', '--max-warnings', '0'], dir).status, 1);
        });

        it('rejects a maximum that is not a whole number', () => {
            assertUsageError(lhc(['check', '--max-warnings', 'few'], workspace({ 'pilot.lhc': WARNING })), /^lhc check: --max-warnings must be a whole number, not 'few'$/);
        });
    });

    describe('--as-of', () => {
        it('judges the workspace at the given date', () => {
            const dir = workspace({ 'targets.lhc': TARGET });
            const before = lhc(['check', '--as-of', '2020-11-01', '--format', 'json'], dir);
            const afterDeadline = lhc(['check', '--as-of', '2021-03-01', '--format', 'json'], dir);
            const ids = (run: ReturnType<typeof lhc>) => (JSON.parse(run.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId);
            assert.deepEqual(ids(before), []);
            assert.deepEqual(ids(afterDeadline), ['target-overdue']);
            assert.equal((JSON.parse(afterDeadline.stdout) as { asOf: string }).asOf, '2021-03-01');
        });

        for (const bad of ['2021-02-30', '01/03/2021', 'tomorrow']) {
            it(`rejects --as-of ${bad}`, () => {
                assertUsageError(lhc(['check', '--as-of', bad], workspace({ 'targets.lhc': TARGET })), /^lhc check: --as-of must be a date like 2019-06-01, not '.*'$/);
            });
        }
    });

    describe('bad input', () => {
        it('a path that does not exist', () => {
            assertUsageError(lhc(['check', 'no-such-folder'], workspace({ 'a.lhc': CLEAN })), /^lhc check: No such file or folder: no-such-folder$/);
        });

        it('a folder with no .lhc files', () => {
            assertUsageError(lhc(['check', '.'], workspace({ 'notes.txt': 'not an agreement' })), /^lhc check: No \.lhc files found in \.$/);
        });

        it('a file that is not UTF-8', () => {
            const latin1 = Uint8Array.from([...Buffer.from('party Caf'), 0xe9, ...Buffer.from(' "Café" council\n')]);
            assertUsageError(lhc(['check'], workspace({ 'cafe.lhc': latin1 })), /^lhc check: .*cafe\.lhc is not valid UTF-8 text$/);
        });

        it('an unknown flag', () => {
            assertUsageError(lhc(['check', '--colour'], workspace({ 'a.lhc': CLEAN })), /^lhc check: Unknown option '--colour'/);
        });

        it('an unknown format', () => {
            assertUsageError(lhc(['check', '--format', 'xml'], workspace({ 'a.lhc': CLEAN })), /^lhc check: --format must be one of text, json, sarif, junit, github, not 'xml'$/);
        });

        it('a file that is not an .lhc file', () => {
            assertUsageError(lhc(['check', 'notes.txt'], workspace({ 'notes.txt': 'x', 'a.lhc': CLEAN })), /^lhc check: Not an \.lhc file: notes\.txt$/);
        });
    });

    describe('colour', () => {
        it('prints no ANSI codes when output is not a terminal, or NO_COLOR is set', () => {
            const dir = workspace({ 'estates.lhc': ERROR, 'pilot.lhc': WARNING });
            for (const env of [{}, { NO_COLOR: '1' }, { NO_COLOR: '1', FORCE_COLOR: '1' }]) {
                const run = lhc(['check'], dir, env);
                assert.equal(run.status, 1);
                assert.doesNotMatch(run.stdout + run.stderr, ANSI, JSON.stringify(env));
            }
        });
    });

    describe('--format json', () => {
        let validate: ReturnType<Ajv['compile']>;
        before(() => {
            const schema = JSON.parse(readFileSync(path.join(REPO_ROOT, 'schemas', 'check-result.schema.json'), 'utf8')) as object;
            validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
        });

        it('prints the documented shape for a workspace with findings, and it matches the published schema', () => {
            const dir = workspace({ 'estates.lhc': ERROR, 'pilot.lhc': WARNING, 'mou.lhc': readFileSync(path.join(REPO_ROOT, 'examples', 'broken', 'dated-before-signing', 'mou.lhc'), 'utf8') });
            const run = lhc(['check', '--format', 'json', '--as-of', '2019-06-01'], dir);
            assert.equal(run.status, 1);
            const result = JSON.parse(run.stdout) as Record<string, unknown> & { findings: Record<string, unknown>[] };
            assert.ok(validate(result), JSON.stringify(validate.errors, null, 2));
            assert.equal(result.version, 1);
            assert.equal(result.asOf, '2019-06-01');
            assert.deepEqual(result.files, ['estates.lhc', 'mou.lhc', 'pilot.lhc']);
            assert.deepEqual(result.totals, { files: 3, errors: 2, warnings: 1, infos: 0, waived: 0 });
            const dated = result.findings.find((f) => f.ruleId === 'dated-before-signing')!;
            assert.deepEqual(Object.keys(dated), ['ruleId', 'severity', 'source', 'message', 'file', 'line', 'column', 'endLine', 'endColumn', 'related', 'waived']);
            assert.equal(dated.file, 'mou.lhc');
            assert.equal(dated.source, 'check');
            assert.equal(dated.waived, null);
            assert.deepEqual((dated.related as { file: string; message: string }[]).map((r) => [r.file, r.message]), [['mou.lhc', "'DevolutionMoU2017' was signed on 2017-11-16."]]);
        });

        it('matches the schema for a clean run and for syntax errors, and prints nothing else on stdout', () => {
            const clean = lhc(['check', '--format', 'json'], workspace({ 'a.lhc': CLEAN }));
            assert.equal(clean.status, 0);
            assert.ok(validate(JSON.parse(clean.stdout)), JSON.stringify(validate.errors));
            const broken = lhc(['check', '--format', 'json'], workspace({ 'a.lhc': 'agreement A "A" { signed 2015 }' }));
            assert.equal(broken.status, 1);
            const result = JSON.parse(broken.stdout) as { findings: { ruleId: string; source: string }[] };
            assert.ok(validate(result), JSON.stringify(validate.errors));
            assert.deepEqual(result.findings.map((f) => [f.ruleId, f.source]), [['syntax-error', 'syntax']]);
        });

        it('rejects a document that breaks the schema (the schema is not vacuous)', () => {
            assert.equal(validate({ version: 1, asOf: '2019-06-01', totals: { files: 1, errors: 0, warnings: 0, infos: 0, waived: 0 }, files: [], findings: [{ ruleId: 'x' }] }), false);
            assert.equal(validate({ version: 2, asOf: 'today', totals: {}, files: [], findings: [] }), false);
        });
    });
});
