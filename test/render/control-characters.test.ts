import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'mocha';
import type { CliIo } from '../../language/cli/command.js';
import { main } from '../../language/cli/main.js';
import { escapeGithubData } from '../../language/render/github.js';
import { printable } from '../../language/render/printable.js';
import { escapeMarkdown } from '../../language/render/escape-markdown.js';
import { escapeHtml } from '../../language/render/escape-html.js';

/**
 * Issue 13 fault 6: terminal control characters never reach people. A title holding every C0 control (0x00–0x1f)
 * and DEL is fed to every human-facing output; none of them survives, each is shown as a picture. JSON and SARIF
 * keep the title, escaped.
 */
const CONTROLS = [...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)), '\x7f'].join('');
const TITLE = `Bad${CONTROLS}title\x1b[2J\x1b]0;x\x07`;
/** Any control character but the line feed an output lays its own lines out with. */
const STRAY_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe('control characters in every human-facing output (issue 13, fault 6)', () => {
    let folder: string;
    before(() => {
        folder = mkdtempSync(path.join(tmpdir(), 'lhc-controls-'));
        writeFileSync(path.join(folder, 'deal.lhc'), [
            `area London "${TITLE}" region`,
            `party Council "${TITLE}" council serves London`,
            `condition Rule "${TITLE}" workspace-wide { every p in parties: p.kind = "ccg" }`,
            ''
        ].join('\n'));
        writeFileSync(path.join(folder, 'deal.test.lhc'), `test "${TITLE}" {\n    expect Rule passes\n}\n`);
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    async function run(args: string[], color = false): Promise<{ stdout: string; stderr: string; code: number }> {
        let stdout = '';
        let stderr = '';
        const io: CliIo = { stdout: (text) => { stdout += text; }, stderr: (text) => { stderr += text; }, color, interactive: false, cwd: folder, env: {} };
        const code = await main(args, io);
        return { stdout, stderr, code };
    }

    const outputs: Array<[string, string[], string]> = [
        ['check text (piped)', ['check'], printable(TITLE)],
        ['check --format github', ['check', '--format', 'github'], escapeGithubData(TITLE)],
        ['check --format junit', ['check', '--format', 'junit'], printable(TITLE)],
        ['summary --format md', ['summary', '--format', 'md'], escapeMarkdown(TITLE)],
        ['summary --format html', ['summary', '--format', 'html'], escapeHtml(TITLE)],
        ['rules', ['rules'], printable(TITLE)],
        ['explain', ['explain', 'Rule'], printable(TITLE)],
        ['explain --fact', ['explain', 'Rule', '--fact', 'Council'], 'Council'],
        ['test', ['test'], printable(TITLE)],
        ['test --format junit', ['test', '--format', 'junit'], printable(TITLE)],
        ['test --format tap', ['test', '--format', 'tap'], printable(TITLE)]
    ];
    for (const [name, args, shown] of outputs) {
        it(`${name}: no control character survives, the title is shown with pictures`, async function () {
            this.timeout(60_000);
            const { stdout, stderr } = await run(args);
            assert.doesNotMatch(stdout, STRAY_CONTROL);
            assert.doesNotMatch(stderr, STRAY_CONTROL);
            assert.ok(stdout.includes(shown), `the title appears neutralised in:\n${stdout.slice(0, 2000)}`);
            assert.ok(!stdout.includes('Bad\u0000'));
        });
    }

    it('check text with colour: the only escape sequences are its own colours', async function () {
        this.timeout(60_000);
        const { stdout } = await run(['check'], true);
        assert.ok(stdout.includes(printable(TITLE)));
        assert.doesNotMatch(stdout.replace(/\x1b\[\d+m/g, ''), STRAY_CONTROL);
    });

    it('an error line naming a path with control characters shows them as pictures', async () => {
        const { stderr, code } = await run(['check', `missing${CONTROLS}.lhc`]);
        assert.equal(code, 2);
        assert.equal(stderr.split('\n').length, 2, stderr);
        assert.doesNotMatch(stderr.slice(0, -1), /[\u0000-\u001f\u007f]/);
    });

    it('JSON and SARIF keep the title, escaped', async function () {
        this.timeout(60_000);
        for (const format of ['json', 'sarif']) {
            const { stdout } = await run(['check', '--format', format]);
            assert.doesNotMatch(stdout, STRAY_CONTROL);
            assert.ok(JSON.stringify(JSON.parse(stdout)).includes(JSON.stringify(TITLE).slice(1, -1)), format);
        }
    });
});
