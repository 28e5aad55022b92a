import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'mocha';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { ComplianceSummary } from '../../language/summary/summary-model.js';

/**
 * Looks at the HTML summary as a person would: Debian's Chromium, driven by playwright-core, opens the page
 * `lhc summary` wrote and the test reads what is on screen. The page must make no request beyond its own
 * file, and agreement text that looks like a script must show as text and run nothing.
 */
const repositoryRoot = path.resolve(new URL('../../../', import.meta.url).pathname);
const resultsFolder = path.join(repositoryRoot, 'test-results');
const lhc = path.join(repositoryRoot, 'bin', 'lhc.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AS_OF = '2019-06-01';

const TARGET_WORDS = { 'met': 'Met', 'on-track': 'On track', 'at-risk': 'At risk', 'missed': 'Missed', 'inconclusive': 'Inconclusive', 'no-evidence': 'No evidence' } as const;
const PILOT_WORDS = { planned: 'Planned', active: 'Active', ended: 'Ended', undated: 'No start date' } as const;
const CONDITION_WORDS = { pass: 'Pass', fail: 'Fail', waived: 'Waived', 'nothing-to-judge': 'Nothing to judge' } as const;

function runLhc(cwd: string, ...args: string[]): string {
    return execFileSync(process.execPath, [lhc, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Opens a page that may load only file: and data: URLs; everything else is refused and remembered. */
async function openGuarded(browser: Browser, file: string): Promise<{ page: Page; refused: string[]; dialogs: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const refused: string[] = [];
    const dialogs: string[] = [];
    await context.route('**/*', async (route) => {
        const url = route.request().url();
        if (url.startsWith('file:') || url.startsWith('data:')) await route.continue();
        else {
            refused.push(url);
            await route.abort();
        }
    });
    const page = await context.newPage();
    page.on('dialog', async (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        await dialog.dismiss();
    });
    page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('file:') && !url.startsWith('data:') && !refused.includes(url)) refused.push(url);
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, refused, dialogs };
}

describe('the HTML summary in a real browser', function () {
    this.timeout(120_000);
    let browser: Browser;

    before(async () => {
        mkdirSync(resultsFolder, { recursive: true });
        browser = await chromium.launch({
            executablePath: CHROMIUM,
            args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
                '--disable-component-update', '--disable-sync', '--no-first-run']
        });
    });

    after(async () => {
        await browser?.close();
    });

    it('shows every pilot, target and condition of the London examples with its status', async () => {
        const htmlFile = path.join(resultsFolder, 'summary-london.html');
        runLhc(repositoryRoot, 'summary', 'examples/london', '--format', 'html', '--out', htmlFile, '--as-of', AS_OF);
        const summary = JSON.parse(runLhc(repositoryRoot, 'summary', 'examples/london', '--format', 'json', '--as-of', AS_OF)) as ComplianceSummary;
        assert.ok(summary.pilots.length >= 5, `the five London pilots (found ${summary.pilots.length})`);
        assert.ok(summary.targets.length >= 10, `the 2020 ambitions (found ${summary.targets.length})`);
        assert.ok(summary.conditions.length >= 1, `the agreements' conditions (found ${summary.conditions.length})`);

        const { page, refused, dialogs } = await openGuarded(browser, htmlFile);
        try {
            assert.equal(await page.title(), `Compliance summary — as of ${AS_OF}`);
            assert.ok(await page.getByRole('heading', { level: 1, name: 'Compliance summary' }).isVisible());
            for (const pilot of summary.pilots) {
                const row = page.locator('#pilots tbody tr').filter({ has: page.locator('th', { hasText: pilot.title ?? pilot.name }) });
                assert.equal(await row.count(), 1, `one row for pilot ${pilot.title}`);
                assert.ok(await row.isVisible(), `pilot ${pilot.title} is visible`);
                assert.ok((await row.innerText()).includes(PILOT_WORDS[pilot.status]), `pilot ${pilot.title} shows ${PILOT_WORDS[pilot.status]}`);
            }
            for (const target of summary.targets) {
                const card = page.locator('#targets article').filter({ has: page.getByRole('heading', { level: 3, name: target.title ?? target.name, exact: true }) });
                assert.ok((await card.count()) >= 1, `a card for target ${target.title}`);
                const text = await card.first().innerText();
                assert.ok(await card.first().isVisible(), `target ${target.title} is visible`);
                assert.ok(text.includes(TARGET_WORDS[target.status]), `target ${target.title} shows ${TARGET_WORDS[target.status]}: ${text.slice(0, 120)}`);
                if (target.stale) assert.ok(text.includes('Stale evidence'), `target ${target.title} shows that its evidence is stale`);
                if (target.baseline && target.goal !== undefined) assert.equal(await card.first().locator('svg.chart').count(), 1, `a chart for ${target.title}`);
            }
            for (const condition of summary.conditions) {
                const card = page.locator('#conditions article').filter({ has: page.getByRole('heading', { level: 3, name: condition.title ?? condition.name, exact: true }) });
                assert.equal(await card.count(), 1, `a card for condition ${condition.title}`);
                assert.ok(await card.isVisible());
                assert.ok((await card.innerText()).includes(CONDITION_WORDS[condition.status]), `condition ${condition.title} shows ${CONDITION_WORDS[condition.status]}`);
            }
            // The verdict and the totals are on screen without scrolling.
            const verdict = page.locator('.verdict');
            assert.ok(await verdict.isVisible());
            assert.ok((await verdict.boundingBox())!.y < 900);
            await page.screenshot({ path: path.join(resultsFolder, 'summary-london.png'), fullPage: true });
            // Printing hides the navigation and keeps every section.
            await page.emulateMedia({ media: 'print' });
            assert.equal(await page.locator('nav.contents').isVisible(), false);
            assert.ok(await page.locator('#targets').isVisible());
            assert.deepEqual(refused, [], 'no request leaves the page');
            assert.deepEqual(dialogs, []);
        } finally {
            await page.context().close();
        }
    });

    it('shows a script-like party title and clause as text and runs nothing', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'lhc-e2e-xss-'));
        try {
            const hostile = '<script>alert(1)</script>';
            writeFileSync(path.join(folder, 'hostile.lhc'), [
                'area London "London" region',
                `party Evil "${hostile}" council serves London`,
                'party NHSEngland "NHS England" national-body',
                'agreement Deal "A deal <img src=x onerror=alert(2)>" {',
                '  signed 2017-11-16',
                '  signatories Evil, NHSEngland',
                `  clause Sneaky "${hostile}"`,
                `  pilot Pilot "Pilot ${hostile}" { areas London leads Evil starts 2018-01-01 per Sneaky }`,
                '}'
            ].join('\n'));
            const htmlFile = path.join(folder, 'summary.html');
            runLhc(folder, 'summary', '.', '--out', htmlFile, '--as-of', AS_OF);
            assert.ok(!readFileSync(htmlFile, 'utf8').includes(hostile));
            const { page, refused, dialogs } = await openGuarded(browser, htmlFile);
            try {
                await page.waitForTimeout(300);
                assert.deepEqual(dialogs, [], 'no alert ran');
                assert.equal(await page.locator('script').count(), 0);
                assert.equal(await page.locator('img').count(), 0);
                const shown = page.getByText(hostile, { exact: true });
                assert.ok((await shown.count()) >= 1, 'the party title is shown literally');
                assert.ok(await page.locator('#agreements').getByText(hostile).first().isVisible());
                assert.ok((await page.locator('#traceability').innerText()).includes(hostile), 'the clause text is shown literally');
                assert.ok((await page.locator('#pilots').innerText()).includes(`Pilot ${hostile}`));
                assert.ok((await page.locator('#agreements').innerText()).includes('A deal <img src=x onerror=alert(2)>'));
                await page.screenshot({ path: path.join(resultsFolder, 'summary-hostile.png'), fullPage: true });
                assert.deepEqual(refused, [], 'no request leaves the page');
            } finally {
                await page.context().close();
            }
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });
});
