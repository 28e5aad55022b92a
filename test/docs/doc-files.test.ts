import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { REPO_ROOT } from '../repo-paths.js';

/** README.md and every Markdown page under docs/. */
function proseFiles(): string[] {
    const under = (folder: string): string[] => readdirSync(folder).flatMap((entry) => {
        const full = path.join(folder, entry);
        return statSync(full).isDirectory() ? under(full) : entry.endsWith('.md') ? [full] : [];
    });
    return [path.join(REPO_ROOT, 'README.md'), ...under(path.join(REPO_ROOT, 'docs'))];
}

/** The relative links of a Markdown text, without their `#anchor`, outside code blocks. */
function relativeLinks(markdown: string): string[] {
    const prose = markdown.replace(/^```[^]*?^```$/gm, '');
    return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!)
        .filter((target) => !/^[a-z]+:/.test(target) && !target.startsWith('#'))
        .map((target) => decodeURI(target.split('#')[0]!));
}

describe('the prose files', () => {
    it('are each at most 400 lines, so a page reads as one topic (split a longer one into pages)', () => {
        const long = proseFiles().map((file) => [path.relative(REPO_ROOT, file), readFileSync(file, 'utf8').split('\n').length - 1] as const)
            .filter(([, lines]) => lines > 400);
        assert.deepEqual(long, []);
    });

    it('link only to files that exist', () => {
        const broken = proseFiles().flatMap((file) => relativeLinks(readFileSync(file, 'utf8'))
            .filter((target) => !existsSync(path.resolve(path.dirname(file), target)))
            .map((target) => `${path.relative(REPO_ROOT, file)} → ${target}`));
        assert.deepEqual(broken, []);
    });

    it('finds the links it checks: the README reaches the language guide, and the guide its pages', () => {
        const readme = relativeLinks(readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8'));
        assert.ok(readme.includes('docs/language.md') && readme.includes('docs/rules/README.md'), readme.join(', '));
        const guide = relativeLinks(readFileSync(path.join(REPO_ROOT, 'docs', 'language.md'), 'utf8'));
        assert.ok(guide.some((target) => target.startsWith('language/')), guide.join(', '));
    });
});
