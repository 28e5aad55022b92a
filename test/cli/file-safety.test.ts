import { strict as assert } from 'node:assert';
import { spawn, execFileSync } from 'node:child_process';
import {
    chmodSync, linkSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'mocha';
import type { CliIo } from '../../language/cli/command.js';
import { main } from '../../language/cli/main.js';
import { writeAll } from '../../language/engine/write-file.js';

const UNFORMATTED = 'party   A "A" council\nagreement X "X" { signed 2015-12-15 signatories A }\n';
const FORMATTED = 'party A "A" council\nagreement X "X" {\n    signed 2015-12-15\n    signatories A\n}\n';

/** Issue 13 faults 3–5: what is at a path is kept — its kind, links, mode, BOM, line endings — or refused in one line. */
describe('file safety (--out and lhc fmt)', () => {
    let folder: string;
    let out: string;
    let err: string;
    const io = (): CliIo => ({
        stdout: (text) => { out += text; }, stderr: (text) => { err += text; }, color: false, interactive: false, cwd: folder, env: {}
    });
    beforeEach(() => {
        folder = mkdtempSync(path.join(tmpdir(), 'lhc-safety-'));
        out = '';
        err = '';
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));
    const write = (name: string, text: string | Uint8Array): string => {
        const file = path.join(folder, name);
        writeFileSync(file, text);
        return file;
    };

    describe('lhc fmt', () => {
        it('formats the file a symlink points to and keeps the link', async () => {
            const real = write('real.lhc', UNFORMATTED);
            symlinkSync('real.lhc', path.join(folder, 'link.lhc'));
            assert.equal(await main(['fmt', 'link.lhc'], io()), 0, err);
            assert.ok(lstatSync(path.join(folder, 'link.lhc')).isSymbolicLink());
            assert.equal(readFileSync(real, 'utf8'), FORMATTED);
        });

        it('keeps hard links together', async () => {
            const file = write('a.lhc', UNFORMATTED);
            linkSync(file, path.join(folder, 'b.other'));
            assert.equal(await main(['fmt', 'a.lhc'], io()), 0, err);
            assert.equal(readFileSync(path.join(folder, 'b.other'), 'utf8'), FORMATTED);
            assert.equal(statSync(file).nlink, 2);
        });

        for (const mode of [0o664, 0o666, 0o600]) {
            it(`keeps mode ${mode.toString(8)} whatever the umask`, async () => {
                const file = write('a.lhc', UNFORMATTED);
                chmodSync(file, mode);
                assert.equal(await main(['fmt', 'a.lhc'], io()), 0, err);
                assert.equal(statSync(file).mode & 0o777, mode);
            });
        }

        it('keeps the owner', async () => {
            const file = write('a.lhc', UNFORMATTED);
            const { uid, gid } = statSync(file);
            assert.equal(await main(['fmt', 'a.lhc'], io()), 0, err);
            assert.deepEqual([statSync(file).uid, statSync(file).gid], [uid, gid]);
        });

        it('keeps a UTF-8 byte-order mark', async () => {
            const file = write('a.lhc', `\ufeff${UNFORMATTED}`);
            assert.equal(await main(['fmt', 'a.lhc'], io()), 0, err);
            assert.equal(readFileSync(file, 'utf8'), `\ufeff${FORMATTED}`);
        });

        it('keeps CRLF line endings everywhere, inside multi-line comments and strings too', async () => {
            const crlf = 'party   A "A\r\nand more" council\r\n/* one\r\ntwo */\r\nagreement X "X" { signed 2015-12-15 signatories A }\r\n';
            const file = write('a.lhc', crlf);
            assert.equal(await main(['fmt', 'a.lhc'], io()), 0, err);
            const text = readFileSync(file, 'utf8');
            assert.equal(text.replace(/\r\n/g, ''), text.replace(/\n/g, '').replace(/\r/g, ''), 'no bare LF');
            assert.ok(text.includes('"A\r\nand more"') && text.includes('/* one\r\ntwo */'));
            assert.ok(text.startsWith('party A "A\r\nand more" council\r\n'));
        });

        it('refuses a read-only file, leaves it as it was, formats the rest and exits 2', async () => {
            const file = write('a.lhc', UNFORMATTED);
            const other = write('b.lhc', UNFORMATTED);
            chmodSync(file, 0o444);
            assert.equal(await main(['fmt'], io()), 2);
            assert.equal(readFileSync(file, 'utf8'), UNFORMATTED);
            assert.equal(statSync(file).mode & 0o777, 0o444);
            assert.equal(readFileSync(other, 'utf8'), FORMATTED);
            assert.match(err, /^a\.lhc: not formatted, it is read-only/m);
        });

        it('reports a file that is not UTF-8, skips it, formats the files after it and exits 2', async () => {
            write('a.lhc', Buffer.from([0x70, 0xff, 0xfe, 0x0a]));
            const later = write('b.lhc', UNFORMATTED);
            assert.equal(await main(['fmt'], io()), 2);
            assert.equal(readFileSync(later, 'utf8'), FORMATTED);
            assert.match(err, /^a\.lhc: not formatted, it is not valid UTF-8 text$/m);
        });

        it('gives a syntax error at the end of the file a real line and column', async () => {
            write('b.lhc', 'area London "London"');
            assert.equal(await main(['fmt'], io()), 2);
            assert.match(err, /^b\.lhc:1:21: not formatted, it has a syntax error/m);
        });

        it('removes temporary files left by a run that was killed, and only those', async () => {
            write('a.lhc', UNFORMATTED);
            write('.a.lhc.lhc-tmp-999999999-0123abcd', 'half');
            write('.mine.lhc-tmp-keep', 'not ours');
            assert.equal(await main(['fmt'], io()), 0, err);
            assert.deepEqual(readdirSync(folder).sort(), ['.mine.lhc-tmp-keep', 'a.lhc']);
        });
    });

    describe('--out', () => {
        const WORKSPACE = 'area A "A" region\n';
        const check = (target: string) => main(['check', '.', '--format', 'json', '--out', target], io());

        it('writes through a symlink, keeping the link', async () => {
            write('w.lhc', WORKSPACE);
            const real = write('real.json', 'old');
            symlinkSync('real.json', path.join(folder, 'link.json'));
            assert.equal(await check('link.json'), 0, err);
            assert.ok(lstatSync(path.join(folder, 'link.json')).isSymbolicLink());
            assert.equal((JSON.parse(readFileSync(real, 'utf8')) as { version: number }).version, 1);
        });

        it('writes into a FIFO for its reader and leaves the FIFO a FIFO', async () => {
            write('w.lhc', WORKSPACE);
            const fifo = path.join(folder, 'pipe');
            execFileSync('mkfifo', [fifo]);
            const reader = spawn('cat', [fifo]);
            let received = '';
            reader.stdout.on('data', (chunk: Buffer) => { received += chunk.toString(); });
            const closed = new Promise((resolve) => reader.on('close', resolve));
            await new Promise((resolve) => setTimeout(resolve, 200));
            assert.equal(await check('pipe'), 0, err);
            await closed;
            assert.ok(lstatSync(fifo).isFIFO());
            assert.match(received, /"version": 1/);
        });

        it('refuses a FIFO nobody reads, in one line, instead of waiting', async () => {
            write('w.lhc', WORKSPACE);
            execFileSync('mkfifo', [path.join(folder, 'pipe')]);
            assert.equal(await check('pipe'), 2);
            assert.match(err, /^lhc check: Cannot write pipe: it is a FIFO with no reader\n$/);
        });

        it('refuses a read-only file and leaves it as it was', async () => {
            write('w.lhc', WORKSPACE);
            const target = write('result.json', 'keep');
            chmodSync(target, 0o444);
            assert.equal(await check('result.json'), 2);
            assert.equal(readFileSync(target, 'utf8'), 'keep');
            assert.equal(statSync(target).mode & 0o777, 0o444);
            assert.match(err, /read-only/);
        });

        it('writes every byte when the system takes a few at a time', () => {
            const bytes = Buffer.from('0123456789'.repeat(100));
            const received: number[] = [];
            writeAll(7, bytes, ((_fd: number, buffer: Uint8Array, offset: number, length: number) => {
                const count = Math.min(length, 3);
                received.push(...buffer.subarray(offset, offset + count));
                return count;
            }) as never);
            assert.equal(Buffer.from(received).toString(), bytes.toString());
        });
    });
});
