// What a user does in the VS Code workbench, as playwright steps: open a file, run a command, read a panel.
// Selectors are VS Code 1.100's (code-server 4.100.3).
import type { FrameLocator, Locator, Page } from 'playwright-core';

const QUICK_INPUT = '.quick-input-widget';

/**
 * Opens the quick input with `key`, types `text` and clicks the first row showing `rowText`. Right after start-up, or
 * on a busy machine, the list may not hold it yet (the file search has not indexed the workspace, the palette has
 * not got the extension's commands), so the quick input is reopened until the row shows up or `timeoutMs` passes.
 */
async function chooseFromQuickInput(page: Page, key: string, text: string, rowText: string, timeoutMs: number, attemptMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        await page.keyboard.press(key);
        const input = page.locator(`${QUICK_INPUT} input`);
        await input.waitFor({ state: 'visible' });
        await input.fill(text);
        // Wait for the filtered list: the first row before filtering is the most recently used entry.
        const row = page.locator(`${QUICK_INPUT} .quick-input-list .monaco-list-row`, { hasText: rowText }).first();
        try {
            await row.waitFor({ timeout: attemptMs });
            await row.click();
            return;
        } catch (error) {
            if (Date.now() > deadline) throw error;
            await page.keyboard.press('Escape');
        }
    }
}

/** Opens a workspace file through Quick Open, as a user would, and focuses its editor. */
export async function openFile(page: Page, name: string, timeoutMs = 60_000): Promise<void> {
    await chooseFromQuickInput(page, 'Control+P', name, name, timeoutMs, 10_000);
    await page.locator(`.tab.active[data-resource-name="${name}"]`).waitFor();
    await editor(page).locator('.view-lines').waitFor();
    await editor(page).click({ position: { x: 200, y: 10 } });
}

/** The focused text editor of the active editor group. */
export function editor(page: Page): Locator {
    return page.locator('.editor-group-container.active .monaco-editor').first();
}

/** Runs a command from the Command Palette by its title, as a user would type it. */
export async function runCommand(page: Page, title: string, timeoutMs = 45_000): Promise<void> {
    await chooseFromQuickInput(page, 'F1', `>${title}`, title, timeoutMs, 5_000);
}

/** Picks an item of an open quick pick by its label. */
export async function pick(page: Page, label: string): Promise<void> {
    const row = page.locator(`${QUICK_INPUT} .quick-input-list .monaco-list-row`, { hasText: label }).first();
    await row.waitFor();
    await row.click();
}

/** Moves the cursor with "Go to Line/Column" (1-based line and column). */
export async function goTo(page: Page, line: number, column = 1): Promise<void> {
    await page.keyboard.press('Control+G');
    const input = page.locator(`${QUICK_INPUT} input`);
    await input.waitFor({ state: 'visible' });
    await input.fill(`:${line}:${column}`);
    await page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden' });
}

/** Places the cursor on the first occurrence of `text` on a line (1-based), `offset` characters into it. */
export async function goToText(page: Page, lineText: string, line: number, text: string, offset = 1): Promise<void> {
    const column = lineText.indexOf(text);
    if (column < 0) throw new Error(`'${text}' is not on line ${line}: ${lineText}`);
    await goTo(page, line, column + 1 + offset);
}

export async function problems(page: Page): Promise<string[]> {
    const rows = page.locator('.markers-panel .monaco-tl-row');
    return rows.allInnerTexts();
}

export async function openProblems(page: Page): Promise<void> {
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').waitFor();
}

export async function statusBarTexts(page: Page): Promise<string[]> {
    return page.locator('.statusbar-item').allInnerTexts();
}

/** The inner frame of the (only) visible webview: VS Code nests the page in an iframe inside an iframe. */
export function webview(page: Page): FrameLocator {
    return page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame');
}

/** Waits until `condition` holds, polling; fails with `describe()` so a timeout says what was last seen. */
export async function eventually<T>(probe: () => Promise<T>, condition: (value: T) => boolean, describe: (value: T | undefined) => string,
    timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let last: T | undefined;
    while (Date.now() < deadline) {
        try {
            last = await probe();
            if (condition(last)) return last;
        } catch {
            // The element may be re-rendering; try again.
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`Timed out: ${describe(last)}`);
}

/** Chooses an entry of the open code-action menu (Quick Fix…) with the keyboard, as its overlay swallows clicks. */
export async function chooseAction(page: Page, title: string): Promise<void> {
    const rows = page.locator('.action-widget .monaco-list-row.action');
    const labels = await eventually(() => rows.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? '')),
        (values) => values.some((value) => value.includes(title)), (values) => `code actions: ${JSON.stringify(values)}`);
    const focused = await rows.evaluateAll((elements) => elements.findIndex((element) => element.classList.contains('focused')));
    const wanted = labels.findIndex((label) => label.includes(title));
    const steps = wanted - Math.max(focused, 0);
    for (let step = 0; step < Math.abs(steps); step++) await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
    await page.locator('.action-widget .monaco-list-row.action.focused', { hasText: title }).waitFor();
    await page.keyboard.press('Enter');
}

/**
 * Records every text the LHC error-count status-bar item shows from the next page load on (a window reload is one), however
 * briefly: a MutationObserver installed before the workbench's own scripts run appends each new text to
 * `window.__lhcStatusHistory`. Polling could miss a state shown for a few milliseconds; this cannot. The script is
 * a string (it runs in the page; this project compiles without the DOM's types) and reads textContent (innerText
 * would force a layout on every mutation).
 */
export async function recordStatusBarFromNextLoad(page: Page): Promise<void> {
    await page.addInitScript(`(() => {
        const history = [];
        window.__lhcStatusHistory = history;
        const record = () => {
            for (const item of document.querySelectorAll('.statusbar-item')) {
                const text = (item.textContent || '').replace(/\\s+/g, ' ').trim();
                // The error-count item ("LHC: checking…", "LHC: 3 errors"), not the language's other "LHC" items.
                if (text.startsWith('LHC:') && history[history.length - 1] !== text) history.push(text);
            }
        };
        new MutationObserver(record).observe(document, { childList: true, subtree: true, characterData: true });
    })()`);
}

/** What `recordStatusBarFromNextLoad` has seen so far in this page load ([] while the page is still loading). */
export async function recordedStatusBar(page: Page): Promise<string[]> {
    return page.evaluate('window.__lhcStatusHistory ?? []');
}
