import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'mocha';
import { REPO_ROOT } from '../repo-paths.js';

/**
 * The language guide: its index, `docs/language.md`, and the pages it lists under `docs/language/`, in its order.
 * Together they are one reference, so what this file asserts of "the guide" holds of all of them at once.
 */
export function languageGuidePages(): string[] {
    const index = readFileSync(path.join(REPO_ROOT, 'docs', 'language.md'), 'utf8');
    const pages = [...index.matchAll(/\]\((language\/[a-z-]+\.md)\)/g)].map((match) => `docs/${match[1]}`);
    return ['docs/language.md', ...new Set(pages)];
}
const guidePages = languageGuidePages();
const guide = guidePages.map((page) => readFileSync(path.join(REPO_ROOT, page), 'utf8')).join('\n');
const lhc = path.join(REPO_ROOT, 'bin', 'lhc.js');

/** Every keyword of the grammar: the quoted words of `language/*.langium`, the grammar's files (not its punctuation). */
export function grammarKeywords(): string[] {
    const language = path.join(REPO_ROOT, 'language');
    const grammar = readdirSync(language).filter((file) => file.endsWith('.langium'))
        .map((file) => readFileSync(path.join(language, file), 'utf8').replace(/\/\/[^\n]*/g, '')).join('\n');
    return [...new Set([...grammar.matchAll(/'([A-Za-z][A-Za-z-]*)'/g)].map((match) => match[1]!))].sort();
}

/** The words a Markdown text names in code: inline code spans and the lhc example blocks. */
function wordsInCode(markdown: string): Set<string> {
    const spans = [...markdown.matchAll(/```lhc\n([^]*?)```|`([^`\n]+)`/g)].map((match) => match[1] ?? match[2] ?? '');
    return new Set(spans.flatMap((span) => span.split(/[^A-Za-z-]+/)).filter(Boolean));
}

/** The ```lhc blocks of a Markdown file, each to become one file of a workspace. */
export function exampleBlocks(markdown: string): string[] {
    return [...markdown.matchAll(/^```lhc\n([^]*?)^```$/gm)].map((match) => match[1]!);
}

/** Each entry is one workspace: the guide's pages together (their examples build on one another), the tutorial, the README. */
const documents: [string, string[]][] = [['the language guide', guidePages], ['docs/tutorial.md', ['docs/tutorial.md']], ['README.md', ['README.md']]];
const EXAMPLES_AS_OF = '2026-11-30';

describe('docs/language.md, the language guide', () => {
    it('is an index of focused pages, every one of them present and listed', () => {
        assert.ok(guidePages.length >= 6, guidePages.join(', '));
        const onDisk = readdirSync(path.join(REPO_ROOT, 'docs', 'language')).filter((file) => file.endsWith('.md')).map((file) => `docs/language/${file}`);
        assert.deepEqual([...onDisk].sort(), guidePages.slice(1).sort(), 'every page under docs/language/ is listed in docs/language.md');
    });

    it('documents every keyword of the grammar in code', () => {
        const named = wordsInCode(guide);
        const missing = grammarKeywords().filter((keyword) => !named.has(keyword));
        assert.deepEqual(missing, [], `the language guide does not name: ${missing.join(', ')}`);
    });

    it('names the keywords of the inline spans, not only of the examples: every declaration keyword has a section', () => {
        for (const keyword of ['area', 'party', 'board', 'power', 'agreement', 'mou', 'clause', 'delegation', 'pilot', 'aspiration', 'target',
            'objective', 'commitment', 'measurement', 'estate-asset', 'estate-sale', 'pooled-budget', 'locality-team', 'condition', 'waiver']) {
            assert.ok(guide.includes(`\`${keyword}`), keyword);
        }
    });

    it('has a tutorial from lhc init to a summary', () => {
        const tutorial = readFileSync(path.join(REPO_ROOT, 'docs', 'tutorial.md'), 'utf8');
        assert.match(tutorial, /^# Write your first agreement/m);
        for (const step of ['lhc init', 'lhc check', 'lhc fmt', 'lhc summary']) assert.ok(tutorial.includes(step), step);
        assert.ok(readFileSync(path.join(REPO_ROOT, 'docs', 'language.md'), 'utf8').includes('(tutorial.md)'), 'the guide links to the tutorial');
    });
});

describe('example blocks in the docs and README', () => {
    const folders: string[] = [];
    after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

    for (const [document, files] of documents) {
        it(`${document}: its lhc examples together pass lhc check and lhc fmt --check`, function () {
            this.timeout(120_000);
            const blocks = files.flatMap((file) => exampleBlocks(readFileSync(path.join(REPO_ROOT, file), 'utf8')));
            assert.ok(blocks.length > 0, `${document} has lhc examples`);
            const folder = mkdtempSync(path.join(tmpdir(), 'lhc-doc-examples-'));
            folders.push(folder);
            blocks.forEach((block, index) => writeFileSync(path.join(folder, `example-${String(index + 1).padStart(2, '0')}.lhc`), block));
            // One date for every run, so the examples' targets and waivers read the same whenever the suite runs.
            const check = spawnSync(process.execPath, [lhc, 'check', '--as-of', EXAMPLES_AS_OF, folder], { encoding: 'utf8' });
            assert.equal(check.status, 0, `lhc check on ${document}'s examples:\n${check.stdout}${check.stderr}`);
            const fmt = spawnSync(process.execPath, [lhc, 'fmt', '--check', folder], { encoding: 'utf8' });
            assert.equal(fmt.status, 0, `lhc fmt --check on ${document}'s examples (block n is example-n.lhc):\n${fmt.stdout}${fmt.stderr}`);
        });
    }
});
