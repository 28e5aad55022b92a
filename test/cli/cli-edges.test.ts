import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'mocha';
import type { CliIo } from '../../language/cli/command.js';
import { main } from '../../language/cli/main.js';
import { loadConfigFile } from '../../language/config/config-loader.js';

/** Issue 13 fault 9 and issue 16 item 3: the CLI's edges answer in one clear line. */
describe('CLI edges', () => {
    let folder: string;
    let out: string;
    let err: string;
    const io = (cwd = folder): CliIo => ({
        stdout: (text) => { out += text; }, stderr: (text) => { err += text; }, color: false, interactive: false, cwd, env: {}
    });
    beforeEach(() => {
        folder = mkdtempSync(path.join(tmpdir(), 'lhc-edges-'));
        out = '';
        err = '';
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));
    const write = (name: string, text: string): string => {
        const file = path.join(folder, name);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, text);
        return file;
    };
    const AREA = 'area A "A" region\n';

    it('says what is wrong with a negative --max-warnings', async () => {
        write('a.lhc', AREA);
        assert.equal(await main(['check', '--max-warnings', '-1'], io()), 2);
        assert.equal(err, "lhc check: --max-warnings must be a whole number, not '-1'\n");
    });

    it('says that every file is ignored, not that there are none', async () => {
        write('a.lhc', AREA);
        write('lhc.config.json', '{ "ignore": ["*.lhc"] }');
        assert.equal(await main(['check'], io()), 2);
        assert.match(err, /^lhc check: All 1 \.lhc file is ignored by the ignore patterns of .*lhc\.config\.json\n$/);
    });

    it("never uses a file's invalid as-of date", async () => {
        write('a.lhc', `as of 2019-02-29\n${AREA}`);
        await main(['check', '--format', 'json'], io());
        const report = JSON.parse(out) as { asOf: string; findings: { ruleId: string }[] };
        assert.notEqual(report.asOf, '2019-02-29');
        assert.deepEqual(report.findings.map((finding) => finding.ruleId), ['invalid-date']);
    });

    it('complains about an unknown rule id, not about the folder, where there are no .lhc files', async () => {
        assert.equal(await main(['explain', 'no-such-rule'], io()), 2);
        assert.match(err, /^lhc explain: no built-in check is called 'no-such-rule'/);
    });

    it('reports a symlink loop as a loop', async () => {
        symlinkSync('b', path.join(folder, 'a'));
        symlinkSync('a', path.join(folder, 'b'));
        assert.equal(await main(['check', 'a'], io()), 2);
        assert.equal(err, 'lhc check: Symbolic link loop: a\n');
    });

    it('refuses summary --out x.pdf instead of writing Markdown into it', async () => {
        write('a.lhc', AREA);
        assert.equal(await main(['summary', '--out', 'x.pdf'], io()), 2);
        assert.match(err, /^lhc summary: --out x\.pdf: a summary is written as \.md, \.html or \.json/);
    });

    it('refuses an lhc.config.json that is a folder', async () => {
        write('a.lhc', AREA);
        mkdirSync(path.join(folder, 'lhc.config.json'));
        assert.equal(await main(['check'], io()), 2);
        assert.match(err, /lhc\.config\.json is a folder/);
    });

    it('reads config rule ids as own keys: __proto__ is an unknown rule, warned about', async () => {
        write('a.lhc', AREA);
        write('lhc.config.json', '{ "rules": { "__proto__": "off" } }');
        assert.equal(await main(['check'], io()), 0);
        assert.match(err, /rules\.__proto__ names no built-in check or condition/);
    });

    for (const pattern of ['drafts', 'drafts/', '/drafts/**', '/drafts']) {
        it(`skips the drafts folder for ignore ${JSON.stringify([pattern])}`, async () => {
            write('a.lhc', AREA);
            write('drafts/broken.lhc', 'area {');
            write('drafts/deeper/more.lhc', 'area {');
            write('lhc.config.json', JSON.stringify({ ignore: [pattern] }));
            assert.equal(await main(['check', '--format', 'json'], io()), 0, err);
            assert.deepEqual((JSON.parse(out) as { files: string[] }).files, ['a.lhc']);
            assert.ok(loadConfigFile(path.join(folder, 'lhc.config.json')).isIgnored(path.join(folder, 'drafts')));
        });
    }

    it('skips node_modules, .git and build output', async () => {
        write('a.lhc', AREA);
        for (const skipped of ['node_modules/x/a.lhc', '.git/a.lhc', 'out/a.lhc', 'dist/a.lhc', 'build/a.lhc']) write(skipped, 'area {');
        assert.equal(await main(['check', '--format', 'json'], io()), 0, err);
        assert.deepEqual((JSON.parse(out) as { files: string[] }).files, ['a.lhc']);
    });

    it('erases its progress line when stdout is redirected and stderr is a terminal, even on error', async () => {
        write('a.lhc', AREA);
        const interactive = { ...io(), interactive: true };
        assert.equal(await main(['check', '--format', 'json'], interactive), 0);
        assert.match(err, /Checking 1 file…/);
        assert.ok(err.endsWith('\r\x1b[2K'), JSON.stringify(err));
        err = '';
        write('lhc.config.json', '{ "rules": { "x": "bogus" } }');
        await main(['check'], interactive);
        assert.ok(!/Checking/.test(err) || /Checking[^\n]*\r\x1b\[2K/.test(err), JSON.stringify(err));
    });

    it('writes an lhc.config.json whose $schema resolves on this machine', async () => {
        assert.equal(await main(['init', 'new'], io()), 0, err);
        const config = JSON.parse(readFileSync(path.join(folder, 'new', 'lhc.config.json'), 'utf8')) as { $schema: string };
        assert.ok(!/^https?:/.test(config.$schema));
        const schema = JSON.parse(readFileSync(path.resolve(folder, 'new', config.$schema), 'utf8')) as { $schema?: string };
        assert.ok(schema.$schema?.includes('json-schema.org'));
    });
});
