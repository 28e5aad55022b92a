import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { checkWorkspace } from '../../language/engine/check.js';
import { summariseChecked } from '../../language/engine/summarise.js';
import { renderSummaryMarkdown } from '../../language/render/summary-markdown.js';
import { REPO_ROOT } from '../repo-paths.js';

const EXAMPLES = path.join(REPO_ROOT, 'examples');

/** Every workspace under examples/: the deals, the library, the rule scenarios and each broken case. */
function workspaces(): string[] {
    const folders = ['london', 'greater-manchester', 'england', 'rule-scenarios'].map((name) => path.join(EXAMPLES, name));
    const cases = (folder: string): string[] => readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).flatMap((entry) => {
        const inner = path.join(folder, entry.name);
        const files = readdirSync(inner);
        return files.some((name) => name.endsWith('.lhc')) ? [inner] : cases(inner);
    });
    return [...folders, ...cases(path.join(EXAMPLES, 'broken'))];
}

/** Words that end in s in the singular (`1 basis`), or follow a count without counting it (`1 is`, `0 of 5`). */
const SINGULAR_ENDING_IN_S = new Set(['is', 'was', 'has', 'its', 'as', 'plus', 'less', 'minus', 'across', 'this', 'status', 'basis', 'focus', 'does', 'yes']);
const NOT_COUNTED = new Set(['of', 'and', 'or', 'to', 'in', 'on', 'by', 'per', 'out', 'from', 'than', 'is', 'was', 'were', 'are', 'at', 'for', 'with', 'the', 'a', 'm', 'bn', 'k']);

/** What is wrong with the wording of one message, if anything. */
export function wordingFaults(message: string): string[] {
    const faults: string[] = [];
    // A doubled full stop: a message that ends with a value that itself ends in one ("by then.."). Not an ellipsis
    // ("...") nor a relative path ("../england").
    if (/(?<![./])\.\.(?![./])/.test(message)) faults.push('a doubled full stop');
    if (/[,;:]\./.test(message) || /\.[,;:](?!\d)/.test(message)) faults.push('doubled punctuation');
    for (const match of message.matchAll(/(?<![\d.,£-])\b1 ([a-z]+)\b/g)) {
        if (match[1]!.endsWith('s') && !SINGULAR_ENDING_IN_S.has(match[1]!)) faults.push(`'${match[0]}': one of a plural`);
    }
    // "0 working days" counts days: the noun may follow an adjective.
    for (const match of message.matchAll(/(?<![\d.,£-])\b0 ([a-z]+)\b(?! [a-z]+s\b)/g)) {
        if (!match[1]!.endsWith('s') && !NOT_COUNTED.has(match[1]!)) faults.push(`'${match[0]}': none of a singular`);
    }
    return faults;
}

describe('examples: every message is written correctly', function () {
    this.timeout(600_000);

    it('the wording test catches the faults it looks for', () => {
        assert.deepEqual(wordingFaults('row 5 has 1 cells'), ["'1 cells': one of a plural"]);
        assert.deepEqual(wordingFaults('it expects 14.6% by then..'), ['a doubled full stop']);
        assert.deepEqual(wordingFaults('0 file checked'), ["'0 file': none of a singular"]);
        assert.deepEqual(wordingFaults('1 cell, 2 cells, 0 cells, 0 working days, 21 days, 1 of 3, ../england, and so on...'), []);
    });

    it('findings, their related notes and the summary of every example and broken case', async () => {
        const faults: string[] = [];
        for (const folder of workspaces()) {
            const checked = await checkWorkspace({ paths: [folder], asOf: '2026-01-01' });
            const where = path.relative(REPO_ROOT, folder);
            for (const finding of checked.report.findings) {
                for (const message of [finding.message, ...finding.related.map((related) => related.message)]) {
                    for (const fault of wordingFaults(message)) faults.push(`${where} ${finding.ruleId}: ${fault}: ${message}`);
                }
            }
            const markdown = renderSummaryMarkdown(summariseChecked(checked, folder).summary);
            for (const line of markdown.split('\n')) {
                // Links and code spans hold paths and names, not wording.
                const prose = line.replace(/\]\([^)]*\)/g, ']').replace(/`[^`]*`/g, '');
                for (const fault of wordingFaults(prose)) faults.push(`${where} summary: ${fault}: ${line}`);
            }
        }
        assert.deepEqual(faults, []);
    });
});
