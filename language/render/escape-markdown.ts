import { printable, printableLines, printableProse } from './printable.js';

/**
 * Markdown escaping for user text (titles, clause words, messages, file names) wherever the tool writes Markdown:
 * the compliance summary for pull requests and wikis, and the editor's hovers. One place, so a hover and a summary
 * can never disagree on what a title may do. Rules follow CommonMark 0.31 and GitHub Flavored Markdown.
 */

/** Characters that mean something anywhere in a line: emphasis, code, links, tables, strike-through, math, issue links. */
const INLINE = /[\\`*_[\]|~$#]/g;
/** `&`, `<` and `>` become entities: no HTML, autolink or character reference gets through. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/**
 * What opens a block when it starts a line: a list item (`- `, `+ `, `1. `, `1) `), or a line of only `-` or `=` (a
 * thematic break or a heading underline). `*`, `_`, `#`, `>` and fences are escaped wherever they stand.
 */
const BLOCK_START = /^(?:[-+](?= |$)|\d{1,9}[.)](?= |$)|[-=](?=[-= ]*$))/;

/**
 * Text for one Markdown line, inside a paragraph, a list item, a blockquote line, a heading or a table cell: it renders
 * as exactly the words given, never as formatting, a link, HTML or a new block. Line breaks and tabs become spaces and
 * runs of spaces one space (Markdown shows them so anyway, and so no indented code block or hard line break can start);
 * the ends are trimmed, so `**${escapeMarkdown(title)}**` stays bold; other control characters become visible
 * pictures (printable.ts). Bare URLs may still be linked by renderers that autolink them, showing the same text.
 */
export function escapeMarkdown(text: string | number | undefined): string {
    const prose = printableProse(String(text ?? '')).replace(/ {2,}/g, ' ').trim();
    return prose
        .replace(INLINE, (character) => `\\${character}`)
        .replace(/[&<>]/g, (character) => ENTITIES[character]!)
        .replace(BLOCK_START, (opener) => `${opener.slice(0, -1)}\\${opener.slice(-1)}`);
}

/**
 * An inline code span showing `text` exactly (identifiers, `file:line`): the fence is one backtick longer than the
 * longest run inside, padded with spaces where the text starts or ends with a backtick (CommonMark 6.1). Control
 * characters, line breaks too, become pictures, and so do the spaces of a text of spaces only. A `|` would still end
 * a GitHub table cell: not for table cells that may hold one. Empty text gives an empty string (an empty span is not
 * code in Markdown).
 */
export function markdownCodeSpan(text: string): string {
    // A span of spaces only is shown as pictures of spaces: CommonMark keeps every space of such a span, markdown-it
    // (VS Code's Markdown preview) strips one from each end once there are three, so no padding reads the same in both.
    const shown = printable(text).replace(/^ +$/, (spaces) => '␠'.repeat(spaces.length));
    if (shown === '') return '';
    const fence = '`'.repeat(longestBacktickRun(shown) + 1);
    // CommonMark strips one space from each end of a span that starts and ends with one (unless all spaces).
    const pad = /^`|`$/.test(shown) || (/^ .* $/.test(shown) && /[^ ]/.test(shown)) ? ' ' : '';
    return `${fence}${pad}${shown}${pad}${fence}`;
}

/**
 * A fenced code block showing `text` exactly, line by line (an evaluation trace): the fence is longer than any run of
 * backticks in the text, so no line of it can close the block (CommonMark 4.5). Control characters other than line
 * feeds become pictures.
 */
export function markdownCodeBlock(text: string, language = 'text'): string {
    const shown = printableLines(text);
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(shown) + 1));
    return `${fence}${language}\n${shown}\n${fence}`;
}

function longestBacktickRun(text: string): number {
    return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}
