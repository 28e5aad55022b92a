import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, afterEach, before, describe, it } from 'mocha';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * The London targets that take their evidence from the Fingertips-layout dataset, as a reader sees them in Debian's
 * Chromium: each chart draws the 95% confidence intervals as error bars at the evidence points, and says under it
 * which file (and rows, SHA-256, retrieved date) the figures come from. A failing test leaves a screenshot in
 * test-results/.
 */
const repositoryRoot = path.resolve(new URL('../../../', import.meta.url).pathname);
const resultsFolder = path.join(repositoryRoot, 'test-results');
const lhc = path.join(repositoryRoot, 'bin', 'lhc.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DATASET_TARGETS = ['Adult smoking down to 13%', '10% reduction in children obese by Year 6', '70% of Londoners achieving recommended activity levels'];

describe('dataset evidence in the HTML summary, in a real browser', function () {
    this.timeout(120_000);
    let browser: Browser;
    let page: Page | undefined;

    before(async () => {
        mkdirSync(resultsFolder, { recursive: true });
        browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
    });

    afterEach(async function () {
        if (this.currentTest?.state === 'failed' && page) {
            const file = path.join(resultsFolder, `dataset-charts-${Date.now()}.png`);
            await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
            process.stdout.write(`    screenshot: ${file}\n`);
        }
        await page?.context().close();
        page = undefined;
    });

    after(async () => {
        await browser?.close();
    });

    it('draws an error bar for every figure with an interval and names the source under each chart', async () => {
        const htmlFile = path.join(resultsFolder, 'summary-london-datasets.html');
        execFileSync(process.execPath, [lhc, 'summary', 'examples/london', '--format', 'html', '--out', htmlFile, '--as-of', '2026-01-01'], { cwd: repositoryRoot, stdio: 'pipe' });
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        page = await context.newPage();
        await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
        for (const title of DATASET_TARGETS) {
            const card = page.locator('#targets article').filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) }).first();
            await card.scrollIntoViewIfNeeded();
            const chart = card.locator('svg.chart');
            assert.equal(await chart.count(), 1, `a chart for ${title}`);
            const bars = chart.locator('g.error-bar');
            assert.equal(await bars.count(), 5, `${title}: an error bar for each of the five years`);
            // Each bar is drawn: a visible vertical line of some height, centred on its evidence point.
            const points = chart.locator('g.evidence-point circle');
            assert.equal(await points.count(), 5);
            for (let index = 0; index < 5; index++) {
                const bar = await bars.nth(index).locator('line').first().boundingBox();
                const point = await points.nth(index).boundingBox();
                assert.ok(bar && point, `${title}: bar ${index} and its point are on screen`);
                assert.ok(bar.height > 4, `${title}: bar ${index} has a height (${bar.height}px)`);
                assert.ok(Math.abs(bar.x + bar.width / 2 - (point.x + point.width / 2)) < 2, `${title}: bar ${index} is centred on its point`);
                assert.ok(bar.y <= point.y + point.height / 2 && bar.y + bar.height >= point.y + point.height / 2, `${title}: bar ${index} spans its point`);
                assert.match(await bars.nth(index).locator('title').textContent() ?? '', /95% CI \d+(\.\d+)?% to \d+(\.\d+)?%/);
            }
            const figure = await card.locator('figure').innerText();
            assert.match(figure, /Source: data\/fingertips-london-2015-2019\.csv \(dataset LondonPublicHealth: Office for Health Improvement and Disparities \(Fingertips\) · retrieved 2020-06-01 · rows \d+(, \d+){4} · SHA-256 [0-9a-f]{12}… · illustrative values\)\./, `${title}: ${figure}`);
            assert.ok(await card.locator('.chart-note', { hasText: 'Source:' }).isVisible(), `${title}: the source line is visible`);
        }
        const smoking = page.locator('#targets article').filter({ has: page.getByRole('heading', { level: 3, name: DATASET_TARGETS[0], exact: true }) }).first();
        const text = await smoking.innerText();
        assert.match(text, /Inconclusive/);
        assert.match(text, /13\.4% \(95% CI 12\.7% to 14\.1%\)/);
        assert.match(text, /confidence interval spans the goal/);
    });
});
