import { strict as assert } from 'node:assert';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'mocha';
import type { CliIo } from '../../language/cli/command.js';
import { main } from '../../language/cli/main.js';

const UNFORMATTED = 'party   A "A" council\nagreement X "X" { signed 2015-12-15 signatories A }\n';
const FORMATTED = 'party A "A" council\nagreement X "X" {\n    signed 2015-12-15\n    signatories A\n}\n';
const BROKEN = 'party   A "A" council\nagreement X { signed\n';

describe('lhc fmt', () => {
    let folder: string;
    let out: string;
    let err: string;
    const io = (): CliIo => ({
        stdout: (text) => { out += text; },
        stderr: (text) => { err += text; },
        color: false,
        interactive: false,
        cwd: folder,
        env: {}
    });

    beforeEach(() => {
        folder = mkdtempSync(path.join(tmpdir(), 'lhc-fmt-'));
        out = '';
        err = '';
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    const write = (name: string, text: string): string => {
        const file = path.join(folder, name);
        writeFileSync(file, text);
        return file;
    };

    it('rewrites unformatted files in place and leaves no temporary files', async () => {
        const file = write('a.lhc', UNFORMATTED);
        write('b.lhc', FORMATTED);
        assert.equal(await main(['fmt'], io()), 0);
        assert.equal(readFileSync(file, 'utf8'), FORMATTED);
        assert.equal(out, 'formatted a.lhc\n');
        assert.deepEqual(readdirSync(folder).sort(), ['a.lhc', 'b.lhc']);
    });

    it("keeps a rewritten file's permissions", async () => {
        const file = write('a.lhc', UNFORMATTED);
        chmodSync(file, 0o640);
        assert.equal(await main(['fmt', 'a.lhc'], io()), 0);
        assert.equal(statSync(file).mode & 0o777, 0o640);
        assert.equal(readFileSync(file, 'utf8'), FORMATTED);
    });

    it('--check lists unformatted files, writes nothing and exits 1', async () => {
        const file = write('a.lhc', UNFORMATTED);
        write('b.lhc', FORMATTED);
        assert.equal(await main(['fmt', '--check', '.'], io()), 1);
        assert.equal(out, 'a.lhc\n');
        assert.equal(readFileSync(file, 'utf8'), UNFORMATTED);
    });

    it('--check exits 0 when everything is formatted', async () => {
        write('b.lhc', FORMATTED);
        assert.equal(await main(['fmt', '--check'], io()), 0);
        assert.equal(out, '');
    });

    it('never writes a file with syntax errors, reports it in one line and exits 2', async () => {
        const broken = write('broken.lhc', BROKEN);
        const good = write('good.lhc', UNFORMATTED);
        assert.equal(await main(['fmt', 'broken.lhc', 'good.lhc'], io()), 2);
        assert.equal(readFileSync(broken, 'utf8'), BROKEN);
        assert.equal(readFileSync(good, 'utf8'), FORMATTED);
        assert.match(err, /^broken\.lhc:2:13: not formatted, it has a syntax error: Expected quoted text.*\n$/);
    });

    it('reports a folder without .lhc files as an input error', async () => {
        assert.equal(await main(['fmt', '--check'], io()), 2);
        assert.equal(err, 'lhc fmt: No .lhc files found in .\n');
    });

    it('reports a missing path as a usage error', async () => {
        assert.equal(await main(['fmt', 'missing.lhc'], io()), 2);
        assert.match(err, /^lhc fmt: No such file or folder: .*missing\.lhc\n$/);
    });
});
