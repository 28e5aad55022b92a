import { isOperationCancelled, RootCstNodeImpl, type LangiumParser, type ParseResult } from 'langium';
import type { Document } from '../generated/ast.js';

/**
 * The parse result of a text the parser could not read at all: it threw instead of recovering. The parser
 * descends once per bracket, so a few dozen nested `(` (easily typed, or pasted) exhaust the call stack
 * (`RangeError: Maximum call stack size exceeded`). One such file must not take down the language server or the
 * check of every other file, so the file becomes an empty document with one syntax error saying why, at the
 * deepest bracket. Its declarations are unknown until it is fixed; everything else is checked as usual.
 *
 * Rethrows cancellation. The CST root keeps the whole text, so formatting and positions still refer to it.
 */
export function unreadableParseResult(text: string, error: unknown): ParseResult<Document> {
    if (isOperationCancelled(error)) throw error;
    const deepest = deepestBracket(text);
    const tooDeep = error instanceof RangeError;
    const message = tooDeep
        ? `Brackets are nested ${deepest.depth} levels deep here, more than LHC can read; nothing in this file is checked until the nesting is reduced.`
        : `LHC could not read this file (${error instanceof Error ? error.message : String(error)}); nothing in it is checked until it is fixed.`;
    const at = tooDeep ? deepest : { offset: 0, line: 1, column: 1 };
    const token = {
        image: text.charAt(at.offset), startOffset: at.offset, endOffset: at.offset, startLine: at.line, startColumn: at.column,
        endLine: at.line, endColumn: at.column, tokenTypeIdx: 0, tokenType: { name: 'Unreadable', PATTERN: /\(/ }
    };
    const root = { $type: 'Document', declarations: [] } as unknown as Document & { $cstNode: RootCstNodeImpl };
    const cst = new RootCstNodeImpl(text);
    (cst as unknown as { astNode: Document }).astNode = root;
    root.$cstNode = cst;
    return {
        value: root,
        lexerErrors: [],
        lexerReport: { diagnostics: [] },
        parserErrors: [{ name: 'UnreadableText', message, token, resyncedTokens: [], context: { ruleStack: [], ruleOccurrenceStack: [] } }]
    } as unknown as ParseResult<Document>;
}

/** Where the bracket nesting is deepest, outside strings and comments (1-based line and column). */
export function deepestBracket(text: string): { depth: number; offset: number; line: number; column: number } {
    let depth = 0;
    let best = { depth: 0, offset: 0, line: 1, column: 1 };
    let line = 1;
    let lineStart = 0;
    for (let offset = 0; offset < text.length; offset++) {
        const char = text.charCodeAt(offset);
        if (char === 10 /* \n */) {
            line++;
            lineStart = offset + 1;
        } else if (char === 34 /* " */) {
            let end = offset + 1;
            while (end < text.length && text.charCodeAt(end) !== 34) {
                if (text.charCodeAt(end) === 10) {
                    line++;
                    lineStart = end + 1;
                }
                end += text.charCodeAt(end) === 92 /* backslash */ ? 2 : 1;
            }
            offset = end;
        } else if (char === 47 /* / */ && text.charCodeAt(offset + 1) === 47) {
            const newline = text.indexOf('\n', offset);
            offset = (newline < 0 ? text.length : newline) - 1;
        } else if (char === 47 /* / */ && text.charCodeAt(offset + 1) === 42 /* * */) {
            const end = text.indexOf('*/', offset + 2);
            const stop = end < 0 ? text.length : end + 2;
            for (let inner = offset; inner < stop; inner++) {
                if (text.charCodeAt(inner) === 10) {
                    line++;
                    lineStart = inner + 1;
                }
            }
            offset = stop - 1;
        } else if (char === 40 || char === 91 || char === 123 /* ( [ { */) {
            depth++;
            if (depth > best.depth) best = { depth, offset, line, column: offset - lineStart + 1 };
        } else if ((char === 41 || char === 93 || char === 125 /* ) ] } */) && depth > 0) {
            depth--;
        }
    }
    return best;
}

/**
 * A parser that threw part-way keeps the half-built nodes of that parse on its stack, and the next parse would
 * pick them up (a following file lost declarations). Empties what `LangiumParser.parse` leaves behind.
 */
export function resetParserAfterThrow(parser: LangiumParser): void {
    const state = parser as unknown as { stack?: unknown[]; unorderedGroups?: Map<unknown, unknown>; lexerResult?: unknown };
    if (Array.isArray(state.stack)) state.stack.length = 0;
    state.unorderedGroups?.clear();
    state.lexerResult = undefined;
}
