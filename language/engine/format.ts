import { AstUtils, GrammarAST, isCompositeCstNode, isLeafCstNode, type AstNode, type CstNode, type Grammar, type LeafCstNode, type ParseResult } from 'langium';
import type { LhcServices } from '../lhc-module.js';
import { isCondition, isQuantified } from '../generated/ast.js';
import { deepRegionsOf, MAX_NESTING, MAX_OPERATORS } from '../parsing/depth-guard.js';
import { hasSyntaxErrors } from '../parsing/syntax-errors.js';

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
 * The whitespace changes that bring a parsed document into the canonical layout, or `undefined` when
 * the document has syntax errors (formatting text that did not parse could change what it means).
 */
export function formattingChanges(text: string, parseResult: ParseResult<AstNode>, grammar: Grammar): TextChange[] | undefined {
    if (hasSyntaxErrors(parseResult)) return undefined;
    const root = parseResult.value.$cstNode;
    if (!root) return [];
    const tokens = collectTokens(root, grammar);
    const changes: TextChange[] = [];
    const change = (start: number, end: number, replacement: string): void => {
        if (text.slice(start, end) !== replacement) changes.push({ start, end, text: replacement });
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
    return changes;
}

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

/** A syntax error that stops a text from being formatted, with a 1-based position. */
export interface SyntaxProblem {
    line: number;
    column: number;
    message: string;
}

export type FormatResult = { formatted: string; changed: boolean } | { problems: SyntaxProblem[] };

/**
 * Formats `.lhc` text: the canonical layout, or the syntax errors that prevent it. This is what
 * `lhc fmt` runs; it parses only (no linking), so each file is formatted on its own.
 */
export function formatText(services: LhcServices, text: string): FormatResult {
    const parseResult = services.parser.LangiumParser.parse(text);
    const deep = deepRegionsOf(parseResult.value)[0];
    if (deep) {
        return { problems: [{ ...positionAt(text, deep.start), message: `Nested deeper than ${MAX_NESTING} levels (or longer than ${MAX_OPERATORS} operators): split the condition.` }] };
    }
    const changes = formattingChanges(text, parseResult, services.Grammar);
    if (!changes) {
        const lexing = parseResult.lexerErrors.map((error) => ({
            ...positionAt(text, error.offset),
            message: error.message.replace(/^unexpected character: ->(.)<- at offset: \d+,.*$/s, "Unexpected character '$1'.")
        }));
        const parsing = parseResult.parserErrors.map((error) => ({ ...positionAt(text, tokenOffset(error, text)), message: error.message }));
        return { problems: [...lexing, ...parsing] };
    }
    const formatted = applyChanges(text, changes);
    return { formatted, changed: formatted !== text };
}

/**
 * Where a parser error is: its token's start, or — for the end of the input, which has no position of its own —
 * just after the last token before it (where `lhc check` reports it too), else the end of the text.
 */
function tokenOffset(error: ParseResult['parserErrors'][number], text: string): number {
    const start = error.token.startOffset;
    if (Number.isFinite(start) && start >= 0) return start;
    const previous = (error as { previousToken?: { endOffset?: number } }).previousToken?.endOffset;
    return previous !== undefined && Number.isFinite(previous) && previous >= 0 ? previous + 1 : text.length;
}

/** The 1-based line and column of an offset (clamped into the text; a line break is LF, CRLF or CR). */
export function positionAt(text: string, offset: number): { line: number; column: number } {
    const at = Math.max(0, Math.min(Number.isFinite(offset) ? offset : 0, text.length));
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: at - lineStart + 1 };
}
