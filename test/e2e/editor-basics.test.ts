// A reviewer opens an agreement workspace in a real VS Code with the packaged extension installed.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CodeServerSession } from './code-server-session.js';
import { eventually, goToText, openFile, openProblems, problems, recordStatusBarFromNextLoad, recordedStatusBar, runCommand, statusBarTexts } from './workbench.js';

describe('the LHC extension in VS Code (code-server + Chromium)', function () {
    let session: CodeServerSession;

    before(async function () {
        session = await CodeServerSession.start('editor-basics', { workspace: 'test/e2e/fixtures/workspace' });
    });

    afterEach(async function () {
        if (this.currentTest?.state === 'failed') await session?.screenshot(`e2e-${this.currentTest.fullTitle()}`);
    });

    after(async () => {
        await session?.stop();
    });

    const lineOf = (file: string, text: string): { line: number; lineText: string } => {
        const lines = readFileSync(join(session.workspace, file), 'utf8').split('\n');
        const index = lines.findIndex((line) => line.includes(text));
        if (index < 0) throw new Error(`${file} has no '${text}'`);
        return { line: index + 1, lineText: lines[index]! };
    };

    it('shows the broken file\'s diagnostics with their rule ids in the Problems panel', async () => {
        const { page } = session;
        await openFile(page, 'broken.lhc');
        await openProblems(page);
        const rows = await eventually(() => problems(page),
            (texts) => texts.some((text) => text.includes('CamdenCouncill')) && texts.some((text) => text.includes('duplicate-name')),
            (texts) => `Problems panel: ${JSON.stringify(texts)}`);
        const unresolved = rows.find((text) => text.includes('CamdenCouncill'))!;
        assert.match(unresolved, /unresolved-reference/);
        assert.match(unresolved, /Unknown party 'CamdenCouncill'/);
    });

    it('counts the workspace\'s errors in the status bar', async () => {
        const texts = await eventually(() => statusBarTexts(session.page), (items) => items.some((text) => /LHC: [1-9]\d* errors?/.test(text)),
            (items) => `status bar: ${JSON.stringify(items)}`);
        assert.ok(texts.some((text) => /LHC: 3 errors/.test(text)), JSON.stringify(texts));
    });

    it('never shows a false all-clear after a window reload: "checking…" first, then the real count', async () => {
        const { page } = session;
        await eventually(() => statusBarTexts(page), (items) => items.some((text) => /LHC: 3 errors/.test(text)),
            (items) => `status bar before the reload: ${JSON.stringify(items)}`, 60_000);
        await recordStatusBarFromNextLoad(page);
        await runCommand(page, 'Developer: Reload Window');
        // Every text the item showed from the reload until the real count (issue 14, fault 4).
        const history = await eventually(() => recordedStatusBar(page), (texts) => texts.some((text) => /LHC: 3 errors/.test(text)),
            (texts) => `status bar since the reload: ${JSON.stringify(texts)}`, 120_000);
        const beforeCount = history.slice(0, history.findIndex((text) => /LHC: 3 errors/.test(text)));
        assert.ok(beforeCount.length > 0 && beforeCount.every((text) => /LHC: checking…/.test(text)),
            `only "checking…" before the count: ${JSON.stringify(history)}`);
        assert.ok(!history.some((text) => /LHC: 0 errors/.test(text)), `no "0 errors": ${JSON.stringify(history)}`);
    });

    it('goes to the definition of a party in another file', async () => {
        const { page } = session;
        await openFile(page, 'agreement.lhc');
        const { line, lineText } = lineOf('agreement.lhc', 'leads HaringeyCouncil');
        await goToText(page, lineText, line, 'HaringeyCouncil', 3);
        await page.keyboard.press('F12');
        await page.locator('.tab.active[data-resource-name="places.lhc"]').waitFor();
        const declaration = lineOf('places.lhc', 'party HaringeyCouncil').line;
        // The status bar shows where the cursor landed: on the declaration's line.
        await eventually(() => statusBarTexts(page), (items) => items.some((text) => text.startsWith(`Ln ${declaration},`)),
            (items) => `expected the cursor on line ${declaration}: ${JSON.stringify(items)}`);
    });

    it('lists the declarations of a file in the outline (Go to Symbol in Editor)', async () => {
        const { page } = session;
        await openFile(page, 'agreement.lhc');
        await page.keyboard.press('Control+Shift+O');
        const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
        const labels = await eventually(() => rows.allInnerTexts(), (texts) => texts.length > 3, (texts) => JSON.stringify(texts));
        await page.keyboard.press('Escape');
        for (const name of ['CollaborationAgreement', 'HaringeyPrevention', 'FitterLondon', 'LeadsServeTheirArea']) {
            assert.ok(labels.some((label) => label.includes(name)), `${name} in ${JSON.stringify(labels)}`);
        }
    });

    it('completes a party name where a party is expected', async () => {
        const { page } = session;
        await openFile(page, 'agreement.lhc');
        const { line, lineText } = lineOf('agreement.lhc', 'partners HaringeyHealthwatch');
        await goToText(page, lineText, line, 'HaringeyHealthwatch', 'HaringeyHealthwatch'.length);
        await page.keyboard.type(', Cam');
        await page.keyboard.press('Control+Space');
        const suggestions = page.locator('.editor-widget.suggest-widget .monaco-list-row');
        const labels = await eventually(() => suggestions.allInnerTexts(), (texts) => texts.length > 0, (texts) => JSON.stringify(texts));
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+Z');
        await page.keyboard.press('Control+Z');
        assert.ok(labels.some((label) => label.includes('CamdenCouncil')), JSON.stringify(labels));
    });

    it('renames a party in every file that refers to it', async () => {
        const { page } = session;
        await openFile(page, 'places.lhc');
        const { line, lineText } = lineOf('places.lhc', 'party HaringeyHealthwatch');
        await goToText(page, lineText, line, 'HaringeyHealthwatch', 2);
        await page.keyboard.press('F2');
        const input = page.locator('.rename-box input');
        await input.waitFor();
        await input.fill('HealthwatchHaringey');
        await page.keyboard.press('Enter');
        await input.waitFor({ state: 'hidden' });
        await page.keyboard.press('Control+K');
        await page.keyboard.press('s'); // File: Save All
        await eventually(async () => readFileSync(join(session.workspace, 'agreement.lhc'), 'utf8'),
            (text) => text.includes('partners HealthwatchHaringey'), (text) => `agreement.lhc:\n${text}`);
        await eventually(async () => readFileSync(join(session.workspace, 'places.lhc'), 'utf8'),
            (text) => /party HealthwatchHaringey /.test(text), (text) => `places.lhc:\n${text}`);
    });
});
