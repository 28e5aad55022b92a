import { AstUtils, type AstNode, type ParseResult } from 'langium';

/** Whether the text lexed or parsed with errors: its tree is then one the parser recovered, and may be partial. */
export function hasSyntaxErrors(parseResult: ParseResult<AstNode>): boolean {
    return parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0;
}

/** Whether the document that holds a node has syntax errors (see `hasSyntaxErrors`). */
export function inDocumentWithSyntaxErrors(node: AstNode): boolean {
    return hasSyntaxErrors(AstUtils.getDocument(node).parseResult);
}

/** A syntax error with a 1-based line and column, as every command prints it. */
export interface SyntaxProblem {
    line: number;
    column: number;
    message: string;
}

/**
 * The lexer's and parser's errors of a text, each at a real 1-based line and column, in that order. The one place
 * a raw error becomes a printed position: Chevrotain's tokens carry 1-based lines (`NaN` or -1 for the end of the
 * input), Langium's ranges 0-based ones; commands that print a syntax error take it from here.
 */
export function syntaxProblems(parseResult: ParseResult<AstNode>, text: string): SyntaxProblem[] {
    const lexing = parseResult.lexerErrors.map((error) => ({
        ...positionAt(text, error.offset),
        message: error.message.replace(/^unexpected character: ->(.)<- at offset: \d+,.*$/s, "Unexpected character '$1'.")
    }));
    const parsing = parseResult.parserErrors.map((error) => ({ ...positionAt(text, tokenOffset(error, text)), message: error.message }));
    return [...lexing, ...parsing];
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
