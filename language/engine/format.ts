import { AstUtils, GrammarAST, isCompositeCstNode, isLeafCstNode, type AstNode, type CstNode, type Grammar, type LeafCstNode, type ParseResult } from 'langium';
import type { LhcServices } from '../lhc-module.js';
import { isCondition, isQuantified } from '../generated/ast.js';
import { deepRegionsOf, describeRegion, MAX_NESTING, MAX_OPERATORS } from '../parsing/depth-guard.js';
import { hasSyntaxErrors, positionAt, syntaxProblems, type SyntaxProblem } from '../parsing/syntax-errors.js';

/**
 * The one layout of `.lhc` text, shared by `lhc fmt` and the editor's "Format Document":
 * - every top-level declaration starts a line; blocks are indented by four spaces;
 * - inside `{ … }` every property (`signed …`, `areas …`, a nested clause or target) has its own line;
 * - tokens are separated by single spaces (none before `,` `:` `.` `)` `]`, none after `.` `(` `[`);
 * - comments stay where they were: on their own line, or trailing the line they were on;
 * - a blank line between lines is kept (at most one), and a line break the author made inside a line (after a
 *   comma, in a long declaration header, inside a condition) is kept as an indented continuation line; inside a
 *   condition, each quantifier's body is one level deeper (`every s in x:` / its body).
 * Only the whitespace between tokens changes, so the parsed meaning cannot change.
 */

/** One replacement of the whitespace between two tokens (offsets into the original text). */
export interface TextChange {
    start: number;
    end: number;
    text: string;
}

const INDENT = '    ';
const NO_SPACE_BEFORE = new Set([',', ':', '.', ')', ']']);
const NO_SPACE_AFTER = new Set(['.', '(', '[']);
const AGGREGATE_FUNCTIONS = new Set(['sum', 'count', 'min', 'max', 'earliest', 'latest']);

const propertyStartsByGrammar = new WeakMap<Grammar, Set<GrammarAST.AbstractElement>>();

/**
 * The grammar elements that begin one property of a block: the first element of each alternative of a
 * repeated `( … | … )*` choice between a block's braces (`'signed'`, `members+=AgreementMember`, …). Computed from the grammar,
 * so a new property added to the language is laid out on its own line without touching the formatter.
 */
function propertyStarts(grammar: Grammar): Set<GrammarAST.AbstractElement> {
    let starts = propertyStartsByGrammar.get(grammar);
    if (starts) return starts;
    starts = new Set();
    for (const element of AstUtils.streamAllContents(grammar)) {
        if (!GrammarAST.isAlternatives(element) || (element.cardinality !== '*' && element.cardinality !== '+')) continue;
        if (!isBetweenBraces(element)) continue;
        for (const alternative of element.elements) {
            const first = GrammarAST.isGroup(alternative) ? alternative.elements[0] : alternative;
            if (!first) continue;
            starts.add(first);
            if (GrammarAST.isAssignment(first)) starts.add(first.terminal);
        }
    }
    propertyStartsByGrammar.set(grammar, starts);
    return starts;
}

/** Whether a grammar element sits between `'{'` and `'}'` of its group (a block's body, not a header). */
function isBetweenBraces(element: GrammarAST.AbstractElement): boolean {
    const group = element.$container;
    if (!GrammarAST.isGroup(group)) return false;
    const index = group.elements.indexOf(element);
    const isBrace = (candidate: GrammarAST.AbstractElement | undefined, value: string): boolean => GrammarAST.isKeyword(candidate) && candidate.value === value;
    return group.elements.slice(0, index).some((candidate) => isBrace(candidate, '{'))
        && group.elements.slice(index + 1).some((candidate) => isBrace(candidate, '}'));
}

interface Token {
    leaf: LeafCstNode;
    /** The token must start a new line (a declaration or a property). */
    startsLine: boolean;
    comment: boolean;
    /**
     * How many levels deeper than its block a continuation line starting with this token is indented:
     * one in general; inside a condition, one per quantifier body the token is in (`every s in x:` then
     * its body one level in), and one more for a line that continues a body (but not for `and`/`or`).
     */
    continuationIndent: number;
}

function collectTokens(root: CstNode, grammar: Grammar): Token[] {
    const starts = propertyStarts(grammar);
    const tokens: Token[] = [];
    let pendingLineStart = false;
    const visit = (node: CstNode, topLevel: boolean): void => {
        if (topLevel || (node.grammarSource && starts.has(node.grammarSource))) pendingLineStart = true;
        if (isLeafCstNode(node)) {
            if (node.hidden) {
                if (/^\s*$/.test(node.text)) return;
                tokens.push({ leaf: node, startsLine: false, comment: true, continuationIndent: 1 });
                return;
            }
            tokens.push({ leaf: node, startsLine: pendingLineStart, comment: false, continuationIndent: continuationIndent(node) });
            pendingLineStart = false;
            return;
        }
        if (isCompositeCstNode(node)) {
            const isRoot = node === root;
            for (const child of node.content) visit(child, isRoot && !(isLeafCstNode(child) && child.hidden));
        }
    };
    visit(root, false);
    return tokens;
}

const LOGICAL_OPERATORS = new Set(['and', 'or', 'implies']);

function continuationIndent(leaf: LeafCstNode): number {
    const condition = AstUtils.getContainerOfType(leaf.astNode, isCondition);
    if (!condition || leaf.astNode === condition) return 1;
    let bodies = 0;
    let startsInnermostBody = false;
    for (let node: AstNode | undefined = leaf.astNode; node && node !== condition; node = node.$container) {
        const body = isQuantified(node) ? node.body?.$cstNode : undefined;
        if (!body || leaf.offset < body.offset) continue;
        if (bodies === 0) startsInnermostBody = leaf.offset === body.offset;
        bodies++;
    }
    return bodies + (startsInnermostBody || LOGICAL_OPERATORS.has(leaf.text) ? 0 : 1);
}

function newlineCount(text: string): number {
    let count = 0;
    for (const char of text) if (char === '\n') count++;
    return count;
}

/**
 * The whitespace changes that bring a parsed document into the canonical layout, or `undefined` when the tree does
 * not hold all of the text: the document has syntax errors (formatting text that did not parse could change what
 * it means), the depth guard kept text from the parser, or — whatever the cause — a change would replace anything
 * but whitespace. `lhc fmt` and the editor both format through here, so neither can delete what the tree lacks.
 */
export function formattingChanges(text: string, parseResult: ParseResult<AstNode>, grammar: Grammar): TextChange[] | undefined {
    if (hasSyntaxErrors(parseResult) || deepRegionsOf(parseResult.value).length > 0) return undefined;
    const layout = canonicalLayout(text, parseResult, grammar);
    return 'changes' in layout ? layout.changes : undefined;
}

/** The changes of `formattingChanges` for a tree without syntax errors, or the offset of the first text it lacks. */
function canonicalLayout(text: string, parseResult: ParseResult<AstNode>, grammar: Grammar): { changes: TextChange[] } | { unread: number } {
    const root = parseResult.value.$cstNode;
    if (!root) return WHITESPACE.test(text) ? { changes: [] } : { unread: 0 };
    const tokens = collectTokens(root, grammar);
    const changes: TextChange[] = [];
    let unread: number | undefined;
    const change = (start: number, end: number, replacement: string): void => {
        const original = text.slice(start, end);
        if (unread === undefined && !WHITESPACE.test(original)) unread = start + original.search(/\S/);
        if (original !== replacement) changes.push({ start, end, text: replacement });
    };
    let depth = 0;
    let pendingNewline = false;
    let previous: Token | undefined;
    for (const token of tokens) {
        const leaf = token.leaf;
        const gapStart = previous ? previous.leaf.end : 0;
        const gap = text.slice(gapStart, leaf.offset);
        const originalNewlines = newlineCount(gap);
        const isClose = !token.comment && leaf.text === '}';
        if (isClose) depth = Math.max(0, depth - 1);
        let separator: string;
        if (!previous) {
            separator = '';
        } else {
            const structural = !token.comment && (pendingNewline || token.startsLine || isClose);
            const afterLineComment = previous.comment && previous.leaf.text.startsWith('//');
            const newline = token.comment
                ? originalNewlines > 0
                : structural || afterLineComment
                    // A line break the author made inside a line is kept, as a continuation line.
                    || (originalNewlines > 0 && !glued(previous, token));
            if (newline) {
                const afterOpen = !previous.comment && previous.leaf.text === '{';
                const blankLine = originalNewlines >= 2 && !afterOpen && !isClose;
                const continuation = !token.comment && !structural;
                separator = (blankLine ? '\n\n' : '\n') + INDENT.repeat(depth + (continuation ? token.continuationIndent : 0));
            } else {
                separator = glued(previous, token) ? '' : ' ';
            }
        }
        change(gapStart, leaf.offset, separator);
        if (!token.comment) {
            pendingNewline = leaf.text === '{';
            if (pendingNewline) depth++;
        }
        previous = token;
    }
    const end = previous ? previous.leaf.end : 0;
    change(end, text.length, previous ? '\n' : '');
    return unread === undefined ? { changes } : { unread };
}

/** What the gaps between tokens may hold: the lexer's hidden whitespace (`/\s+/`), nothing else. */
const WHITESPACE = /^\s*$/;

function glued(previous: Token, token: Token): boolean {
    if (previous.comment || token.comment) return false;
    if (NO_SPACE_BEFORE.has(token.leaf.text) || NO_SPACE_AFTER.has(previous.leaf.text)) return true;
    return token.leaf.text === '(' && AGGREGATE_FUNCTIONS.has(previous.leaf.text) && token.leaf.astNode === previous.leaf.astNode;
}

/** Applies changes (non-overlapping, any order) to a text. */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
    let result = '';
    let cursor = 0;
    for (const change of [...changes].sort((a, b) => a.start - b.start)) {
        result += text.slice(cursor, change.start) + change.text;
        cursor = change.end;
    }
    return result + text.slice(cursor);
}

export type { SyntaxProblem } from '../parsing/syntax-errors.js';

export type FormatResult = { formatted: string; changed: boolean } | { problems: SyntaxProblem[] };

/**
 * Formats `.lhc` text: the canonical layout, or the syntax errors that prevent it. This is what
 * `lhc fmt` runs; it parses only (no linking), so each file is formatted on its own.
 */
export function formatText(services: LhcServices, text: string): FormatResult {
    const parseResult = services.parser.LangiumParser.parse(text);
    const deep = deepRegionsOf(parseResult.value);
    if (deep.length > 0) {
        return { problems: deep.map((region) => ({ ...positionAt(text, region.start), message: `Nested deeper than ${MAX_NESTING} levels (or longer than ${MAX_OPERATORS} operators), so ${describeRegion(text, region)} was not read: split the condition.` })) };
    }
    if (hasSyntaxErrors(parseResult)) return { problems: syntaxProblems(parseResult, text) };
    const layout = canonicalLayout(text, parseResult, services.Grammar);
    if ('unread' in layout) return { problems: [{ ...positionAt(text, layout.unread), message: 'The parser did not read the text from here, so the file is left as it is.' }] };
    const formatted = applyChanges(text, layout.changes);
    return { formatted, changed: formatted !== text };
}
