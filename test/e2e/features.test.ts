// What the language server adds to the editor, seen the way a policy officer sees it in a real VS Code:
// hovers quoting clauses, quick fixes, formatting, code lenses, highlighting, the summary view and its export.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CodeServerSession } from './code-server-session.js';
import { chooseAction, editor, eventually, goToText, openFile, pick, runCommand, webview } from './workbench.js';

describe('LHC language features in VS Code (code-server + Chromium)', function () {
    let session: CodeServerSession;

    before(async function () {
        // A fixed date: the summary's statuses and the code lenses do not depend on the day the tests run.
        session = await CodeServerSession.start('features', { workspace: 'test/e2e/fixtures/workspace', settings: { 'lhc.asOf': '2019-06-01' } });
    });

    beforeEach(async () => {
        // Close whatever a previous test may have left open (a widget, a quick input), so each starts alike.
        await session.page.keyboard.press('Escape');
        await session.page.keyboard.press('Escape');
    });

    afterEach(async function () {
        if (this.currentTest?.state === 'failed') await session?.screenshot(`e2e-${this.currentTest.fullTitle()}`);
    });

    after(async () => {
        await session?.stop();
    });

    const fileText = (file: string): string => readFileSync(join(session.workspace, file), 'utf8');
    const lineOf = (file: string, text: string): { line: number; lineText: string } => {
        const lines = fileText(file).split('\n');
        const index = lines.findIndex((line) => line.includes(text));
        if (index < 0) throw new Error(`${file} has no '${text}'`);
        return { line: index + 1, lineText: lines[index]! };
    };
    const save = async () => {
        await session.page.keyboard.press('Control+S');
    };

    it('shows the clause a reference points at when hovering over it', async () => {
        const { page } = session;
        await openFile(page, 'agreement.lhc');
        const { line, lineText } = lineOf('agreement.lhc', 'per Prevention2015');
        await goToText(page, lineText, line, 'Prevention2015', 3);
        await runCommand(page, 'Show or Focus Hover');
        const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
        // The first hover of a session can come before the language server has built the workspace: if none shows,
        // ask again (Ctrl+K Ctrl+I, the default binding of Show or Focus Hover) rather than wait for one that never comes.
        const text = await eventually(async () => {
            if (!(await hover.isVisible())) {
                await page.keyboard.press('Control+K');
                await page.keyboard.press('Control+I');
                await hover.waitFor({ state: 'visible', timeout: 3_000 });
            }
            return hover.innerText();
        }, (value) => value.includes('planning and licensing'), (value) => `hover: ${value}`, 60_000);
        assert.match(text, /clause/i);
        await page.keyboard.press('Escape');
    });

    it('applies a quick fix: declaring an unknown party changes the file', async () => {
        const { page } = session;
        await openFile(page, 'broken.lhc');
        const before = fileText('broken.lhc');
        const { line, lineText } = lineOf('broken.lhc', 'leads CamdenCouncill');
        await goToText(page, lineText, line, 'CamdenCouncill', 3);
        await eventually(() => editor(page).locator('.squiggly-error').count(), (count) => count > 0, (count) => `${count} squiggles`);
        await page.keyboard.press('Control+.');
        const placesBefore = fileText('places.lhc');
        await chooseAction(page, 'Declare party CamdenCouncill');
        // The new party is declared beside the workspace's other parties (places.lhc), not in the file with the finding.
        await page.keyboard.press('Control+K');
        await page.keyboard.press('s'); // File: Save All
        const after = await eventually(async () => fileText('places.lhc'), (text) => text !== placesBefore, () => 'places.lhc did not change');
        assert.match(after, /party CamdenCouncill "/);
        assert.equal(fileText('broken.lhc'), before);
    });

    it('formats a badly formatted document', async () => {
        const { page } = session;
        await openFile(page, 'messy.lhc');
        const before = fileText('messy.lhc');
        await runCommand(page, 'Format Document');
        await save();
        const after = await eventually(async () => fileText('messy.lhc'), (text) => text !== before, () => 'messy.lhc did not change');
        assert.match(after, /^party BarnetCouncil "London Borough of Barnet" council serves Barnet$/m);
        // The same canonical layout as `lhc fmt`: single spaces, block bodies indented by four.
        assert.match(after, /^locality-team BarnetWest "Barnet West locality team" \{$/m);
        assert.match(after, /^ {4}serves 60,000 residents$/m);
        assert.match(after, /^ {4}gp practices 10$/m);
    });

    it('colours names by what they name (semantic tokens) on top of the TextMate grammar', async () => {
        const { page } = session;
        await openFile(page, 'agreement.lhc');
        const { line, lineText } = lineOf('agreement.lhc', 'leads HaringeyCouncil');
        await goToText(page, lineText, line, 'HaringeyCouncil', 3);
        await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
        const widget = page.locator('.token-inspect-widget');
        const text = await eventually(() => widget.innerText(), (value) => /semantic token type/i.test(value), (value) => `inspector: ${value}`);
        await page.keyboard.press('Escape');
        // The inspector lists the semantic token type the server gave the name (e.g. "class" for a party)…
        assert.match(text, /semantic token type\s+[a-zA-Z]+/, text);
        // …and the TextMate scopes of the same token, from syntaxes/lhc.tmLanguage.json.
        assert.match(text, /textmate scopes\s+[\s\S]*\bsource\.lhc\b/, text);
    });

    it('shows live status in code lenses above targets and conditions', async () => {
        const { page } = session;
        await openFile(page, 'agreement.lhc');
        const lenses = editor(page).locator('.codelens-decoration');
        const texts = await eventually(() => lenses.allInnerTexts(), (values) => values.length >= 2, (values) => `code lenses: ${JSON.stringify(values)}`);
        const all = texts.join('\n');
        // The target: as of 2019-06-01 its 61% (2018) is behind the line from 57% (2015) to 70% (2020).
        assert.match(all, /at risk · 61% → goal 70% by 2020-12-31/, all);
        // The condition: whether it holds, with the number of violations when it does not.
        assert.match(all, /passes|\d+ violations?|waived/, all);
    });

    it('shows the compliance summary with pilots and their statuses in a webview', async () => {
        const { page } = session;
        await runCommand(page, 'LHC: Show Compliance Summary');
        const body = webview(page).locator('body');
        const text = await eventually(() => body.innerText(), (value) => value.includes('Haringey prevention pilot'), (value) => `webview: ${value}`, 60_000);
        assert.match(text, /Pilots/);
        assert.match(text, /active/i);
        assert.match(text, /ActivityLevels|Londoners achieving recommended activity levels/);
    });

    it('refreshes the summary when a .lhc file is saved', async () => {
        const { page } = session;
        await openFile(page, 'agreement.lhc');
        const { line, lineText } = lineOf('agreement.lhc', '"Haringey prevention pilot"');
        await goToText(page, lineText, line, 'prevention pilot', 0);
        await page.keyboard.type('renamed ');
        await save();
        const body = webview(page).locator('body');
        await eventually(() => body.innerText(), (value) => value.includes('Haringey renamed prevention pilot'), (value) => `webview: ${value}`, 60_000);
    });

    it('exports the summary as Markdown to a file the user picks', async () => {
        const { page } = session;
        await runCommand(page, 'LHC: Export Compliance Summary…');
        await pick(page, 'Markdown');
        // code-server's save dialog is VS Code's simple dialog: a quick input holding the proposed path.
        const input = page.locator('.quick-input-widget input');
        await eventually(() => input.inputValue(), (value) => value.endsWith('compliance-summary.md'), (value) => `save dialog: ${value}`);
        await page.keyboard.press('Enter');
        const target = join(session.workspace, 'compliance-summary.md');
        const markdown = await eventually(async () => existsSync(target) ? readFileSync(target, 'utf8') : '', (text) => text.length > 0,
            () => `no ${target}`);
        assert.match(markdown, /Haringey renamed prevention pilot|Haringey prevention pilot/);
        assert.match(markdown, /^#/m);
        // Written through a temporary file that was renamed: none is left behind.
        assert.deepEqual(readdirSync(session.workspace).filter((name) => name.startsWith('.lhc-tmp')), []);
    });
});
