// The real content: a reviewer opens London's agreements (examples/london) and reads the compliance summary.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CodeServerSession } from './code-server-session.js';
import { editor, eventually, goTo, openFile, openProblems, problems, runCommand, statusBarTexts, webview } from './workbench.js';

const PILOT = 'Haringey prevention pilot';

describe('the London example in VS Code (code-server + Chromium)', function () {
    let session: CodeServerSession;

    before(async function () {
        // Judged while the 2020 targets were still running, as the example's README describes.
        session = await CodeServerSession.start('london', { workspace: 'examples/london', settings: { 'lhc.asOf': '2019-06-01' } });
    });

    afterEach(async function () {
        if (this.currentTest?.state === 'failed') await session?.screenshot(`e2e-${this.currentTest.fullTitle()}`);
    });

    after(async () => {
        await session?.stop();
    });

    it('has no errors: the status bar says so, and the Problems panel names the sources\' own criticism by rule id', async () => {
        const { page } = session;
        await openFile(page, 'pilots.lhc');
        await openProblems(page);
        // London's commitments and targets fill the first rows of a small panel, and the list only renders the rows
        // it shows: maximise the panel to read the pilots' rows, then give the editor its room back.
        await runCommand(page, 'View: Toggle Maximized Panel');
        const rows = await eventually(() => problems(page), (texts) => texts.some((text) => text.includes('no-public-involvement')),
            (texts) => `Problems panel: ${JSON.stringify(texts)}`, 60_000);
        await runCommand(page, 'View: Toggle Maximized Panel');
        assert.ok(rows.filter((text) => text.includes('no-public-involvement')).length >= 1, JSON.stringify(rows));
        // "checking…" until the server's first full check (which reads the ../england library too), then the count.
        await eventually(() => statusBarTexts(page), (status) => status.some((text) => text.includes('LHC: 0 errors')),
            (status) => `status bar: ${JSON.stringify(status)}`, 90_000);
    });

    it('shows a commitment\'s status in a code lens above it: BHR\'s fully pooled budgets, overdue in mid-2019', async () => {
        const { page } = session;
        await openFile(page, 'bhr.lhc');
        const lines = readFileSync(join(session.workspace, '2017-devolution-mou/bhr.lhc'), 'utf8').split('\n');
        const line = lines.findIndex((text) => text.startsWith('commitment BHRFullyPooledFromApril2019')) + 1;
        assert.ok(line > 0, 'bhr.lhc declares BHRFullyPooledFromApril2019');
        // Lenses render only for the lines on screen: bring the commitment into view.
        await goTo(page, line);
        const lenses = editor(page).locator('.codelens-decoration');
        const texts = await eventually(() => lenses.allInnerTexts(), (values) => values.some((value) => value.includes('due 2019-04-01')),
            (values) => `code lenses: ${JSON.stringify(values)}`, 60_000);
        // The promise's deadline is the budgets' own "fully pooled from" date, and nothing evidences that they were.
        const lens = texts.find((value) => value.includes('due 2019-04-01'))!;
        assert.match(lens, /✖ Overdue · due 2019-04-01 · as of 2019-06-01/);
        // The commitment above it, performed by the three budgets pooled from April 2018, is in force.
        assert.ok(texts.some((value) => /▶ In force · from 2018-04-01/.test(value)), JSON.stringify(texts));
    });

    it('shows the five 2015 devolution pilots and their statuses in the summary view', async () => {
        const { page } = session;
        await runCommand(page, 'LHC: Show Compliance Summary');
        const body = webview(page).locator('body');
        const text = await eventually(() => body.innerText(), (value) => value.includes('Hackney health and social care integration pilot'),
            (value) => `webview: ${value}`, 60_000);
        for (const pilot of ['Barking and Dagenham, Havering and Redbridge accountable care pilot', 'Haringey prevention pilot',
            'North Central London estates pilot', 'Lewisham health and care integration pilot', 'Hackney health and social care integration pilot']) {
            assert.ok(text.includes(pilot), `${pilot} in the summary`);
        }
        assert.match(text, /As of 2019-06-01/);
        assert.match(text, /Active/);
        // Target statuses as of mid-2019: the example's evidence puts targets on track, behind and met.
        assert.match(text, /On track/i);
        assert.match(text, /Met/);
    });

    it('opens the file at the line of a fact clicked in the summary view', async () => {
        const { page } = session;
        const frame = webview(page);
        const link = frame.locator('.src[data-file]', { hasText: PILOT }).first();
        await link.waitFor({ timeout: 60_000 });
        const file = await link.getAttribute('data-file');
        const line = Number(await link.getAttribute('data-line'));
        assert.ok(file?.endsWith('.lhc') && line > 0, `link to ${file}:${line}`);
        await link.click();
        const name = file!.split('/').pop()!;
        await page.locator(`.tab.active[data-resource-name="${name}"]`).waitFor({ timeout: 30_000 });
        // The editor opens first, then moves the cursor to the line: wait for the move.
        const position = await eventually(() => statusBarTexts(page), (texts) => texts.some((text) => text.startsWith(`Ln ${line},`)),
            (texts) => `status bar: ${JSON.stringify(texts)}`);
        const cursor = position.find((text) => /^Ln \d+/.test(text))!;
        assert.equal(Number(/^Ln (\d+)/.exec(cursor)![1]), line, `cursor ${cursor}, link line ${line}`);
        const lineText = await page.locator('.editor-group-container.active .monaco-editor .view-line').allInnerTexts();
        // Monaco renders spaces as no-break spaces.
        assert.ok(lineText.some((text) => text.replace(/\u00a0/g, ' ').includes(PILOT)), 'the pilot is on screen');
    });

    it('brings the summary view back after the window reloads', async () => {
        const { page } = session;
        await runCommand(page, 'Developer: Reload Window');
        await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
        const tab = page.locator('.tab', { hasText: 'LHC Compliance Summary' });
        await tab.first().waitFor({ timeout: 60_000 });
        await tab.first().click();
        const text = await eventually(() => webview(page).locator('body').innerText(), (value) => value.includes(PILOT),
            (value) => `webview after reload: ${value?.slice(0, 300)}`, 90_000);
        assert.match(text, /As of 2019-06-01/);
    });
});

