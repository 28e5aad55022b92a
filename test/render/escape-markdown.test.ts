import { strict as assert } from 'node:assert';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { escapeMarkdown, markdownCodeBlock, markdownCodeSpan } from '../../language/render/escape-markdown.js';
import { printable, printableLines, printableProse } from '../../language/render/printable.js';

// A real CommonMark renderer with GitHub's tables and strike-through, raw HTML allowed (as GitHub passes some through):
// what the escaped text turns into is judged by a parser, not by another regular expression.
type MarkdownRenderer = { render(source: string): string };
const MarkdownIt = createRequire(import.meta.url)('markdown-it') as new (options: { html: boolean }) => MarkdownRenderer;
const markdown = new MarkdownIt({ html: true });

/** How markdown-it writes literal text into HTML. */
const asHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** The words a reader should see: line breaks and runs of spaces shown as one space, the ends trimmed. */
const shownWords = (text: string) => printableProse(text).replace(/ {2,}/g, ' ').trim();

// Every character Markdown, GitHub or HTML gives a meaning to, with letters, digits, spaces, line breaks and controls.
const hostile = fc.string({ unit: fc.constantFrom(...'\\`*_{}[]()#+-.!|<>~$&"\':=@^%/ \t\n\r0123456789aZ£é\u0007\u00a0'.split('')), maxLength: 40 });
const anyText = fc.oneof(hostile, fc.string({ maxLength: 40 }));

describe('escapeMarkdown', () => {
    it('escapes formatting, links, HTML and table pipes, and keeps the words', () => {
        assert.equal(escapeMarkdown('a | b\nc **d** [e](f) <g>'), 'a \\| b c \\*\\*d\\*\\* \\[e\\](f) &lt;g&gt;');
        assert.equal(escapeMarkdown('£12.5m — 13% ✔ (2019-20)'), '£12.5m — 13% ✔ (2019-20)');
        assert.equal(escapeMarkdown('&lt; is not <'), '&amp;lt; is not &lt;');
    });

    it('escapes what GitHub alone reads: issue links (#12), math ($x$) and strike-through', () => {
        assert.equal(escapeMarkdown('phase #2 costs $5 to $10 ~ok~'), 'phase \\#2 costs \\$5 to \\$10 \\~ok\\~');
    });

    it('escapes what would open a block at the start: a list item, an ordered item or a heading underline', () => {
        assert.equal(escapeMarkdown('- not a list'), '\\- not a list');
        assert.equal(escapeMarkdown('+ nor this'), '\\+ nor this');
        assert.equal(escapeMarkdown('12. nor this'), '12\\. nor this');
        assert.equal(escapeMarkdown('3) nor this'), '3\\) nor this');
        assert.equal(escapeMarkdown('==='), '\\===');
        assert.equal(escapeMarkdown('- - -'), '\\- - -');
        assert.equal(escapeMarkdown('003.txt, -5, +3, 2019-20, =A1'), '003.txt, -5, +3, 2019-20, =A1');
        assert.equal(escapeMarkdown('     indented - 1. x'), 'indented - 1. x');
    });

    it('accepts numbers and undefined, and shows control characters as pictures', () => {
        assert.equal(escapeMarkdown(42), '42');
        assert.equal(escapeMarkdown(undefined), '');
        assert.equal(escapeMarkdown('bell\u0007'), 'bell\u2407');
    });

    it('renders as exactly its words in a paragraph, bold, a list item, a blockquote and a table cell (property)', () => {
        fc.assert(fc.property(anyText, (text) => {
            const escaped = escapeMarkdown(text);
            const words = asHtml(shownWords(text));
            if (words === '') return assert.equal(escaped, '');
            assert.equal(markdown.render(escaped), `<p>${words}</p>\n`);
            assert.equal(markdown.render(`**${escaped}**`), `<p><strong>${words}</strong></p>\n`);
            assert.equal(markdown.render(`- ${escaped}`), `<ul>\n<li>${words}</li>\n</ul>\n`);
            assert.equal(markdown.render(`> ${escaped}\n> ${escaped}`), `<blockquote>\n<p>${words}\n${words}</p>\n</blockquote>\n`);
            assert.ok(markdown.render(`| a | b |\n| - | - |\n| ${escaped} | x |\n`).includes(`<tr>\n<td>${words}</td>\n<td>x</td>\n</tr>`));
        }), { numRuns: 1000 });
    });
});

describe('markdownCodeSpan', () => {
    it('fences backticks with a longer run and pads a leading or trailing one', () => {
        assert.equal(markdownCodeSpan('lhc.config.json:3'), '`lhc.config.json:3`');
        assert.equal(markdownCodeSpan('a`b'), '``a`b``');
        assert.equal(markdownCodeSpan('`x'), '`` `x ``');
        assert.equal(markdownCodeSpan(''), '');
        assert.equal(markdownCodeSpan('   '), '`␠␠␠`');
    });

    it('renders as exactly its text in code (property)', () => {
        fc.assert(fc.property(anyText, (text) => {
            // Spaces only are shown as pictures of spaces (renderers disagree on how many such a span keeps).
            const shown = printable(text).replace(/^ +$/, (spaces) => '␠'.repeat(spaces.length));
            if (shown === '') return;
            assert.equal(markdown.render(markdownCodeSpan(text)), `<p><code>${asHtml(shown)}</code></p>\n`);
        }), { numRuns: 1000 });
    });
});

describe('markdownCodeBlock', () => {
    it('uses a fence no line of the text can close', () => {
        assert.equal(markdownCodeBlock('a\n```\nb'), '````text\na\n```\nb\n````');
    });

    it('renders as exactly its lines in a code block (property)', () => {
        fc.assert(fc.property(anyText, (text) => {
            assert.equal(markdown.render(markdownCodeBlock(text)), `<pre><code class="language-text">${asHtml(printableLines(text))}\n</code></pre>\n`);
        }), { numRuns: 1000 });
    });
});
