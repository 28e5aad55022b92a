// Scenario tests in a real VS Code: the code lens above each test shows its result, and the Testing view (Test
// Explorer) lists the tests and runs them through the language server.
import { strict as assert } from 'node:assert';
import { CodeServerSession } from './code-server-session.js';
import { editor, eventually, openFile, runCommand } from './workbench.js';

describe('LHC scenario tests in VS Code (code-server + Chromium)', function () {
    let session: CodeServerSession;

    before(async function () {
        session = await CodeServerSession.start('scenarios', { workspace: 'test/e2e/fixtures/scenarios', settings: { 'lhc.asOf': '2019-06-01' } });
    });

    afterEach(async function () {
        if (this.currentTest?.state === 'failed') await session?.screenshot(`e2e-${this.currentTest.fullTitle()}`);
    });

    after(async () => {
        await session?.stop();
    });

    it("shows each test's result in a code lens above it", async () => {
        const { page } = session;
        await openFile(page, 'sales.test.lhc');
        const lenses = editor(page).locator('.codelens-decoration');
        const texts = await eventually(() => lenses.allInnerTexts(), (values) => values.length >= 2, (values) => `code lenses: ${JSON.stringify(values)}`, 60_000);
        assert.ok(texts.some((text) => text.includes('✓ passes · run test')), texts.join('\n'));
        assert.ok(texts.some((text) => text.includes('✗ fails: 1 of 1 expectation · run test')), texts.join('\n'));
    });

    it('lists the tests in the Test Explorer and runs them', async () => {
        const { page } = session;
        await runCommand(page, 'Testing: Focus on Test Explorer View');
        const rows = page.locator('.test-explorer .monaco-list-row');
        await eventually(() => rows.allInnerTexts(), (values) => values.some((value) => value.includes('sales.test.lhc')), (values) => `test explorer: ${JSON.stringify(values)}`, 60_000);
        // Open the file's node to list its tests.
        const file = rows.filter({ hasText: 'sales.test.lhc' }).first();
        await file.click();
        await page.keyboard.press('ArrowRight');
        const names = await eventually(() => rows.allInnerTexts(), (values) => values.some((value) => value.includes("Camden's sale reinvests in London")),
            (values) => `test explorer: ${JSON.stringify(values)}`, 30_000);
        assert.ok(names.some((value) => value.includes('A sale reinvesting in Kent passes, wrongly expected')), names.join('\n'));
        await runCommand(page, 'Test: Run All Tests');
        // After the run, one test is marked passed and the other failed.
        await eventually(async () => [
            await page.locator('.test-explorer .codicon-testing-passed-icon').count(),
            await page.locator('.test-explorer .codicon-testing-failed-icon').count()
        ], ([passed, failed]) => passed! >= 1 && failed! >= 1, (counts) => `passed/failed icons: ${JSON.stringify(counts)}`, 60_000);
    });
});
