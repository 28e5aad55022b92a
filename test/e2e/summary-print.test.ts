import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'mocha';
import { chromium, type Browser } from 'playwright-core';
import { TRACE_COLUMNS } from '../../language/render/summary-html-trace.js';
import { TRACE_LABELS } from '../../language/summary/status-labels.js';
import type { ComplianceSummary } from '../../language/summary/summary-model.js';

/**
 * The London summary printed from Chromium on A4 portrait: every column of the traceability table and every row's
 * result must be in the PDF's text (read with poppler's pdftotext), and no table may be wider than the page (read
 * from the print layout). Also the same page in a 500 px pane: no table scrolls sideways.
 */
const repositoryRoot = path.resolve(new URL('../../../', import.meta.url).pathname);
const resultsFolder = path.join(repositoryRoot, 'test-results');
const lhc = path.join(repositoryRoot, 'bin', 'lhc.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AS_OF = '2026-11-30';
/** A4 is 210 mm wide; the page has 1.5 cm margins (see the print styles): 180 mm at 96 px per inch. */
const A4_CONTENT_PX = Math.floor((180 / 25.4) * 96);

function runLhc(...args: string[]): string {
    return execFileSync(process.execPath, [lhc, ...args], { cwd: repositoryRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Widths that overflow: tables wider than the viewport, or cells whose content is wider than the cell (clipped). Runs
 * in the page (a string, as the tests compile without the DOM's types).
 */
const OVERFLOWING = `(() => {
    const problems = [];
    const width = document.documentElement.clientWidth;
    document.querySelectorAll('table').forEach((table, index) => {
        const box = table.getBoundingClientRect();
        if (box.right > width + 0.5) problems.push('table ' + index + ' (' + table.className + ') ends at ' + box.right + ' of ' + width);
        table.querySelectorAll('th, td').forEach((cell) => {
            if (cell.scrollWidth > cell.clientWidth + 1) problems.push('table ' + index + ' (' + table.className + ') cell "' + (cell.textContent || '').slice(0, 40) + '" is ' + cell.scrollWidth + ' wide in ' + cell.clientWidth);
        });
    });
    if (document.documentElement.scrollWidth > width) problems.push('the page is ' + document.documentElement.scrollWidth + ' wide in ' + width);
    return problems;
})()`;

/** How many <details> the page has, and how many show none of their content (read in the page). */
const COLLAPSED = `(() => {
    const all = [...document.querySelectorAll('details')];
    const hidden = all.filter((details) => [...details.children].filter((child) => child.tagName !== 'SUMMARY')
        .every((child) => child.getClientRects().length === 0 || !child.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true })));
    return { details: all.length, hidden: hidden.length };
})()`;

async function overflowing(page: import('playwright-core').Page): Promise<string[]> {
    return page.evaluate(OVERFLOWING) as Promise<string[]>;
}

describe('the London summary in print and in a narrow pane (Chromium)', function () {
    this.timeout(180_000);
    let browser: Browser;
    let htmlFile: string;
    let summary: ComplianceSummary;

    before(async () => {
        mkdirSync(resultsFolder, { recursive: true });
        htmlFile = path.join(resultsFolder, 'summary-london-print.html');
        runLhc('summary', 'examples/london', '--format', 'html', '--out', htmlFile, '--as-of', AS_OF);
        summary = JSON.parse(runLhc('summary', 'examples/london', '--format', 'json', '--as-of', AS_OF)) as ComplianceSummary;
        browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    });

    after(async () => {
        await browser?.close();
    });

    it('prints to A4 with every traceability column and every row\'s result in the PDF text, and no table wider than the page', async () => {
        const page = await browser.newPage({ viewport: { width: A4_CONTENT_PX, height: 1000 } });
        await page.goto(pathToFileURL(htmlFile).href);
        await page.emulateMedia({ media: 'print' });
        assert.deepEqual(await overflowing(page), [], 'print layout');
        const pdfFile = path.join(resultsFolder, 'summary-london.pdf');
        await page.pdf({ path: pdfFile, format: 'A4', preferCSSPageSize: true });
        await page.close();
        const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' });
        const start = text.indexOf('Traceability');
        const end = text.indexOf('Problems found by lhc check', start);
        assert.ok(start >= 0 && end > start, 'the traceability section is printed');
        const section = text.slice(start, end);
        for (const column of TRACE_COLUMNS) assert.ok(section.toLowerCase().includes(column.toLowerCase()), `column ${column}`);
        // Every row's result is printed: each result word appears exactly as often as rows have it, plus the badges of
        // the conditions that enforce those clauses (which use the same words).
        for (const [result, label] of Object.entries(TRACE_LABELS)) {
            const expected = summary.traceability.filter((row) => row.result === result).length
                + summary.traceability.flatMap((row) => row.conditions).filter((condition) => condition.status === result).length;
            const printed = section.match(new RegExp(`\\b${label.word.replace(/\s+/g, '\\s+')}\\b`, 'g'))?.length ?? 0;
            assert.equal(printed, expected, `"${label.word}" printed ${printed} times for ${expected} results`);
        }
        assert.ok(summary.traceability.length > 10, 'London quotes many clauses');
    });

    it('prints collapsed lists open: every fact behind "N facts" and every clause of an agreement is on paper, and stays collapsed on screen', async () => {
        const page = await browser.newPage({ viewport: { width: A4_CONTENT_PX, height: 1000 } });
        await page.goto(pathToFileURL(htmlFile).href);
        const onScreen = await page.evaluate(COLLAPSED) as { details: number; hidden: number };
        assert.ok(onScreen.details > summary.traceability.filter((row) => row.facts.length > 2).length, `collapsed lists: ${onScreen.details}`);
        assert.equal(onScreen.hidden, onScreen.details, 'on screen every list is collapsed');
        await page.emulateMedia({ media: 'print' });
        assert.deepEqual(await page.evaluate(COLLAPSED) as { details: number; hidden: number }, { details: onScreen.details, hidden: 0 }, 'in print every list is open');
        const pdfFile = path.join(resultsFolder, 'summary-london-collapsed.pdf');
        await page.pdf({ path: pdfFile, format: 'A4', preferCSSPageSize: true });
        await page.close();
        const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
        const longest = [...summary.traceability].sort((a, b) => b.facts.length - a.facts.length)[0]!;
        assert.ok(longest.facts.length > 2, 'some row collapses its facts');
        for (const fact of longest.facts) {
            const words = (fact.title ?? fact.name).replace(/\s+/g, ' ');
            assert.ok(text.includes(words), `${longest.clause.id}: "${words}" is printed`);
        }
    });

    it('reads in a 500 px pane without sideways scrolling', async () => {
        const page = await browser.newPage({ viewport: { width: 500, height: 900 } });
        await page.goto(pathToFileURL(htmlFile).href);
        assert.deepEqual(await overflowing(page), [], 'narrow layout, no sideways scrolling');
        await page.close();
    });
});
