import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'mocha';
import { allBuiltInRules } from '../../language/checks/catalogue.js';
import { ROOT, runLhc } from '../conditions/condition-test-helpers.js';

const WORKSPACE = `
area England "England" country
area London "London" region within England
area Camden "Camden" borough within London
area Surrey "Surrey" region within England
mou Mou "MoU" {
    signed 2017-11-16 covers London
    clause Estates "Proceeds are reinvested in London."
    condition ReinvestInLondon "Estate sale proceeds are reinvested within London" per Estates severity warning {
        every sale in estate-sales:
            every r in sale.reinvestments: r within London
    }
}
estate-sale Sale "Former clinic" under Mou { located in Camden sold 2018-06-30 for £12.5m reinvest £8m in Camden reinvest £4.5m in Surrey }
`;

describe('lhc rules, explain and init', () => {
    let dir: string;
    let workspace: string;
    before(() => {
        dir = mkdtempSync(path.join(tmpdir(), 'lhc-cli-rules-'));
        workspace = path.join(dir, 'ws');
        mkdirSync(workspace);
        writeFileSync(path.join(workspace, 'mou.lhc'), WORKSPACE);
        writeFileSync(path.join(workspace, 'lhc.config.json'), JSON.stringify({ rules: { 'waiver-unused': 'warning' } }));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    describe('lhc rules', () => {
        it('lists every built-in check and the workspace’s conditions with id, severity, source and clause', () => {
            const run = runLhc(['rules', workspace]);
            assert.equal(run.status, 0, run.stderr);
            const lines = run.stdout.split('\n');
            assert.match(lines[0]!, /^ID\s+SEVERITY\s+SOURCE\s+CATEGORY \/ CLAUSE\s+DESCRIPTION$/);
            for (const rule of allBuiltInRules) assert.ok(lines.some((line) => line.startsWith(`${rule.id} `)), `lists ${rule.id}`);
            assert.match(run.stdout, /^waiver-unused\s+warning\s+built-in\s+conditions\s+A waiver must match a violation/m, 'configured severity');
            assert.match(run.stdout, /^waiver-expired\s+error\s+built-in/m);
            assert.match(run.stdout, /^ReinvestInLondon\s+warning\s+condition\s+Mou\.Estates\s+Estate sale proceeds are reinvested within London$/m);
            assert.match(run.stdout, new RegExp(`${allBuiltInRules.length} built-in checks, 1 condition\\.`));
        });

        it('lists the built-in checks outside an agreement workspace', () => {
            const empty = path.join(dir, 'empty');
            mkdirSync(empty);
            const run = runLhc(['rules'], empty);
            assert.equal(run.status, 0, run.stderr);
            assert.match(run.stdout, new RegExp(`${allBuiltInRules.length} built-in checks, 0 conditions\\.`));
        });

        it('prints JSON on request', () => {
            const run = runLhc(['rules', workspace, '--format', 'json']);
            const { rules } = JSON.parse(run.stdout) as { rules: { id: string; source: string; clause?: string; location?: string }[] };
            const condition = rules.find((rule) => rule.id === 'ReinvestInLondon');
            assert.equal(condition?.source, 'condition');
            assert.equal(condition?.clause, 'Mou.Estates');
            assert.equal(condition?.location, `${path.join(workspace, 'mou.lhc')}:9`);
        });
    });

    describe('lhc explain', () => {
        it('prints a built-in check’s documentation page', () => {
            const run = runLhc(['explain', 'waiver-expired']);
            assert.equal(run.status, 0, run.stderr);
            assert.equal(run.stdout, readFileSync(path.join(ROOT, 'docs', 'rules', 'waiver-expired.md'), 'utf8'));
        });

        it('prints a failing condition’s statement, clause, rule and why it fails', () => {
            const run = runLhc(['explain', 'ReinvestInLondon', workspace, '--as-of', '2019-06-01']);
            assert.equal(run.status, 0, run.stderr);
            assert.equal(run.stdout, [
                '# ReinvestInLondon',
                '',
                'Estate sale proceeds are reinvested within London',
                '',
                'Severity: warning',
                'Clause: Mou.Estates — "Proceeds are reinvested in London."',
                'Declared at: ' + path.relative(ROOT, path.join(workspace, 'mou.lhc')) + ':9',
                '',
                'Rule:',
                '',
                '    every sale in estate-sales:',
                '        every r in sale.reinvestments: r within London',
                '',
                // The sale it ranged over, not London, which it only mentions.
                'As of 2019-06-01: fail — checked over 1 fact.',
                '  - Sale: £4.5m of £12.5m reinvested in Surrey, which is not within London',
                'Judges the facts under Mou.',
                '',
                'Change its severity or switch it off in lhc.config.json: { "rules": { "ReinvestInLondon": "warning" } }.',
                ''
            ].join('\n'));
        });

        it('refuses an unknown id with exit 2 and a suggestion', () => {
            const run = runLhc(['explain', 'ReinvestInLondn', workspace]);
            assert.equal(run.status, 2);
            assert.equal(run.stderr, "lhc explain: no built-in check or condition is called 'ReinvestInLondn'; did you mean 'ReinvestInLondon'? (see `lhc rules`)\n");
        });

        it('asks for an id when given none', () => {
            const run = runLhc(['explain']);
            assert.equal(run.status, 2);
            assert.match(run.stderr, /^lhc explain: name a rule to explain/);
        });
    });

    describe('lhc init', () => {
        it('creates a starter workspace that passes lhc check as created', () => {
            const target = path.join(dir, 'new-agreement');
            const run = runLhc(['init', target]);
            assert.equal(run.status, 0, run.stderr);
            assert.match(run.stdout, /created .*agreement\.lhc\ncreated .*lhc\.config\.json\n/);
            const text = readFileSync(path.join(target, 'agreement.lhc'), 'utf8');
            for (const declaration of [/^party /m, /^\s+pilot /m, /^\s+target /m, /^\s+condition /m]) assert.match(text, declaration);
            JSON.parse(readFileSync(path.join(target, 'lhc.config.json'), 'utf8'));
            const check = runLhc(['check', target]);
            assert.equal(check.status, 0, check.stdout + check.stderr);
            assert.match(check.stdout, /^✔ No problems: 1 file checked/m, 'not even a warning');
            // The starter condition is evaluated, and passes.
            const explain = runLhc(['explain', 'PilotsLedLocally', target]);
            assert.match(explain.stdout, /: pass — checked over \d+ facts?\./);
        });

        it('initialises the current folder when given none', () => {
            const target = path.join(dir, 'here');
            mkdirSync(target);
            const run = runLhc(['init'], target);
            assert.equal(run.status, 0, run.stderr);
            assert.ok(readFileSync(path.join(target, 'agreement.lhc'), 'utf8').length > 0);
        });

        it('refuses to overwrite existing files and leaves them untouched', () => {
            const target = path.join(dir, 'existing');
            mkdirSync(target);
            writeFileSync(path.join(target, 'lhc.config.json'), '{ "mine": true }');
            const run = runLhc(['init', target]);
            assert.equal(run.status, 2);
            assert.equal(run.stderr, `lhc init: refusing to overwrite lhc.config.json in ${target}\n`);
            assert.equal(readFileSync(path.join(target, 'lhc.config.json'), 'utf8'), '{ "mine": true }');
            assert.throws(() => readFileSync(path.join(target, 'agreement.lhc')), /ENOENT/);
        });
    });
});
