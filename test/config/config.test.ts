import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'mocha';
import { configJsonSchema, lhcConfigSchema } from '../../language/config/config-schema.js';
import { findConfigFile, loadConfigFile, loadConfigFor, unknownRuleIds } from '../../language/config/config-loader.js';
import { checkWorkspace } from '../../language/engine/check.js';
import { InputError } from '../../language/engine/errors.js';
import { ROOT, runLhc } from '../conditions/condition-test-helpers.js';

/** The built-in check that repeats the condition below is switched off wherever a config is written. */
const BUILT_IN_TWIN = { 'estate-proceeds-reinvested': 'off' };

const SALE = `
area England "England" country
area London "London" region within England
area Camden "Camden" borough within London
area Surrey "Surrey" region within England
estate-sale Sale "Sale" { located in Camden sold 2018-06-30 for £12.5m reinvest £12.5m in Surrey }
condition ReinvestInLondon "Proceeds stay in London" workspace-wide {
    every sale in estate-sales where not (sale.soldOn after today): every r in sale.reinvestments: r within London
}
`;

describe('lhc.config.json', () => {
    let dir: string;
    before(() => { dir = mkdtempSync(path.join(tmpdir(), 'lhc-config-test-')); });
    after(() => rmSync(dir, { recursive: true, force: true }));

    function workspace(name: string, files: Record<string, string>): string {
        const root = path.join(dir, name);
        for (const [file, content] of Object.entries(files)) {
            mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
            writeFileSync(path.join(root, file), content);
        }
        return root;
    }

    function invalid(config: unknown): string {
        const root = workspace(`invalid-${Math.random().toString(36).slice(2)}`, { 'lhc.config.json': typeof config === 'string' ? config : JSON.stringify(config) });
        try {
            loadConfigFile(path.join(root, 'lhc.config.json'));
        } catch (error) {
            assert.ok(error instanceof InputError, String(error));
            return error.message.slice(path.join(root, 'lhc.config.json').length);
        }
        assert.fail('expected an input error');
    }

    describe('validation names the offending key', () => {
        it('an unknown setting', () => assert.equal(invalid({ severity: {} }), ': severity: unknown setting (allowed: $schema, asOf, staleAfterDays, rules, ignore, libraries)'));
        it('a severity that does not exist', () => assert.match(invalid({ rules: { 'waiver-expired': 'fatal' } }), /^: rules\.waiver-expired: Invalid option: expected one of "error"\|"warning"\|"info"\|"off"$/));
        it('a rule id that cannot be one', () => assert.match(invalid({ rules: { 'not an id': 'off' } }), /^: rules\.not an id: must be a rule id/));
        it('an as-of date that is not a date', () => assert.equal(invalid({ asOf: '2019-02-30' }), ': asOf: must be a real date like 2019-06-01'));
        it('ignore that is not a list', () => assert.match(invalid({ ignore: 'drafts/**' }), /^: ignore: Invalid input: expected array/));
        it('an empty ignore pattern', () => assert.equal(invalid({ ignore: [''] }), ': ignore.0: must not be empty'));
        it('JSON that does not parse', () => assert.match(invalid('{ "rules": '), /^ is not valid JSON: /));
        it('a config that is not an object', () => assert.match(invalid([1]), /^: \(top level\): Invalid input: expected object/));
    });

    it('reads a file that starts with a UTF-8 byte-order mark, as Windows editors write it (issue 23)', () => {
        const root = workspace('bom', { 'lhc.config.json': '\ufeff' + JSON.stringify({ asOf: '2019-06-01', staleAfterDays: 30, rules: { 'waiver-expired': 'off' } }) });
        assert.deepEqual(loadConfigFile(path.join(root, 'lhc.config.json')).config, { asOf: '2019-06-01', staleAfterDays: 30, rules: { 'waiver-expired': 'off' } });
        // A mark anywhere else is still not JSON.
        assert.match(invalid('{}\ufeff'), /^ is not valid JSON: /);
    });

    it('is found by walking up from the files', () => {
        const root = workspace('walk', { 'lhc.config.json': '{}', 'a/b/agreement.lhc': '' });
        assert.equal(findConfigFile(path.join(root, 'a', 'b', 'agreement.lhc')), path.join(root, 'lhc.config.json'));
        assert.equal(findConfigFile(path.join(root, 'a')), path.join(root, 'lhc.config.json'));
        assert.equal(loadConfigFor([path.join(root, 'a', 'b')])?.file, path.join(root, 'lhc.config.json'));
    });

    it('ignore globs are relative to the config file', () => {
        const root = workspace('globs', { 'lhc.config.json': JSON.stringify({ ignore: ['drafts/**', '**/*.draft.lhc'] }) });
        const config = loadConfigFile(path.join(root, 'lhc.config.json'));
        assert.ok(config.isIgnored(path.join(root, 'drafts', 'x.lhc')));
        assert.ok(config.isIgnored(path.join(root, 'a', 'b.draft.lhc')));
        assert.ok(!config.isIgnored(path.join(root, 'a', 'b.lhc')));
    });

    it('lhc check applies its severities, as-of date and ignore globs', async () => {
        const root = workspace('applied', {
            'agreement.lhc': SALE,
            'drafts/broken.lhc': 'area Broken "Broken" nonsense',
            'lhc.config.json': JSON.stringify({ asOf: '2019-06-01', rules: { ...BUILT_IN_TWIN, ReinvestInLondon: 'warning' }, ignore: ['drafts/**'] })
        });
        const { report } = await checkWorkspace({ paths: [root] });
        assert.equal(report.asOf, '2019-06-01');
        assert.deepEqual(report.files, [path.join(root, 'agreement.lhc')]);
        assert.deepEqual(report.findings.map((finding) => `${finding.ruleId}:${finding.severity}`), ['ReinvestInLondon:warning']);
        // The flag wins over the config's as-of: in 2017 the sale had not happened, so the condition judged nothing.
        const earlier = await checkWorkspace({ paths: [root], asOf: '2017-01-01' });
        assert.deepEqual(earlier.report.findings.map((finding) => `${finding.ruleId}:${finding.severity}`), ['condition-vacuous:info']);
        // Switched off, the condition reports nothing.
        writeFileSync(path.join(root, 'lhc.config.json'), JSON.stringify({ rules: { ...BUILT_IN_TWIN, ReinvestInLondon: 'off' }, ignore: ['drafts/**'] }));
        assert.deepEqual((await checkWorkspace({ paths: [root], asOf: '2019-06-01' })).report.findings, []);
    });

    it('an invalid config makes lhc check exit 2 with one line naming the key', () => {
        const root = workspace('cli-invalid', { 'agreement.lhc': SALE, 'lhc.config.json': JSON.stringify({ rules: { ReinvestInLondon: 'loud' } }) });
        const run = runLhc(['check', root]);
        assert.equal(run.status, 2);
        assert.equal(run.stdout, '');
        assert.equal(run.stderr.trim().split('\n').length, 1);
        assert.match(run.stderr, /^lhc check: .*lhc\.config\.json: rules\.ReinvestInLondon: Invalid option/);
    });

    it('a rule id that matches nothing is warned about, without failing', async () => {
        const root = workspace('cli-unknown', { 'agreement.lhc': SALE, 'lhc.config.json': JSON.stringify({ rules: { ...BUILT_IN_TWIN, ReinvestInLondn: 'off' } }) });
        assert.deepEqual(unknownRuleIds(loadConfigFor([root]), ['ReinvestInLondon', 'estate-proceeds-reinvested']), ['ReinvestInLondn']);
        const run = runLhc(['check', root, '--as-of', '2017-01-01']);
        assert.equal(run.status, 0, run.stdout + run.stderr);
        assert.match(run.stderr, /rules\.ReinvestInLondn names no built-in check or condition; it has no effect/);
    });

    it('the shipped JSON schema is generated from the zod schema (run `npm run generate:schema` after changing it)', () => {
        const shipped = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'lhc.config.schema.json'), 'utf8'));
        assert.deepEqual(shipped, configJsonSchema());
        assert.deepEqual(Object.keys((shipped as { properties: object }).properties), ['$schema', 'asOf', 'staleAfterDays', 'rules', 'ignore', 'libraries']);
    });

    it('the London example config is valid', () => {
        const config = loadConfigFile(path.join(ROOT, 'examples', 'london', 'lhc.config.json'));
        assert.ok(lhcConfigSchema.safeParse(config.config).success);
        assert.equal(config.config.rules?.['estate-proceeds-reinvested'], 'off');
        assert.equal(config.config.rules?.['locality-team-size'], 'off');
    });
});
