import { AstUtils, type AstNode, type LangiumDocument, type ParseResult } from 'langium';
import { computeLineStarts, lineOfOffset } from './line-starts.js';

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
    const starts = computeLineStarts(text);
    const at = (offset: number) => positionIn(starts, text.length, offset);
    const lexing = parseResult.lexerErrors.map((error) => ({
        ...at(error.offset),
        message: lexerMessage(error.message)
    }));
    const parsing = parseResult.parserErrors.map((error) => ({ ...at(tokenOffset(error, text)), message: error.message }));
    return [...lexing, ...parsing];
}

/** Chevrotain's "unexpected character: ->x<- at offset: …" as a sentence: "Unexpected character 'x'." */
export function lexerMessage(message: string): string {
    return message.replace(/^unexpected character: ->(.)<- at offset: \d+,.*$/s, "Unexpected character '$1'.");
}

/**
 * Where a parser error is: its token's start, or — for the end of the input, which has no position of its own —
 * just after the last token before it (where `lhc check` reports it too), else the end of the text.
 */
function tokenOffset(error: ParseResult['parserErrors'][number], text: string): number {
    const token = error.token;
    // A token the parser's recovery inserted, or the end of the input, has no place of its own.
    if (Number.isFinite(token.startOffset) && token.startOffset >= 0 && !token.isInsertedInRecovery && token.tokenType?.name !== 'EOF') return token.startOffset;
    const previous = (error as { previousToken?: { endOffset?: number } }).previousToken?.endOffset;
    return previous !== undefined && Number.isFinite(previous) && previous >= 0 ? previous + 1 : text.length;
}

/** The 1-based line and column of an offset (clamped into the text; line breaks counted as the lexer counts them). */
export function positionAt(text: string, offset: number): { line: number; column: number } {
    return positionIn(computeLineStarts(text), text.length, offset);
}

function positionIn(starts: Uint32Array, length: number, offset: number): { line: number; column: number } {
    const at = Math.max(0, Math.min(Number.isFinite(offset) ? offset : 0, length));
    const line = lineOfOffset(starts, at);
    return { line: line + 1, column: at - starts[line]! + 1 };
}

/**
 * Where each syntax error of a parse is, as an offset into the text: the token the lexer could not read or the
 * parser did not expect; for a token the parser's recovery inserted (which has no place), the end of the token
 * before it.
 */
export function syntaxErrorOffsets(parseResult: ParseResult<AstNode>, text: string): number[] {
    return [...parseResult.lexerErrors.map((error) => error.offset), ...parseResult.parserErrors.map((error) => tokenOffset(error, text))].sort((a, b) => a - b);
}

/**
 * The top-level declarations of a parsed text that hold a syntax error, each with the offset of its first one. The
 * parser recovered them: what follows the error may be missing, cut short or misread (`reinvest £3.5m pounds in
 * Lewisham` reads `pounds` as the area), so such a declaration is not judged, and only its first error is shown.
 */
export function brokenDeclarations(root: AstNode): ReadonlyMap<AstNode, number> {
    const known = brokenByRoot.get(root);
    if (known) return known;
    const broken = new Map<AstNode, number>();
    const parseResult = root.$document?.parseResult;
    // Not yet part of a document (still being parsed): nothing is known, and nothing is remembered.
    if (!parseResult) return broken;
    if (hasSyntaxErrors(parseResult)) {
        const declarations = [...AstUtils.streamContents(root)].filter((node) => node.$cstNode !== undefined);
        for (const offset of syntaxErrorOffsets(parseResult, root.$document!.textDocument.getText())) {
            const declaration = declarationLeftBroken(declarations, offset);
            if (declaration && !broken.has(declaration)) broken.set(declaration, offset);
        }
    }
    brokenByRoot.set(root, broken);
    return broken;
}

/**
 * The declaration a syntax error at `offset` belongs to. An error on the first token of a declaration (`Expected '}'
 * but found 'area'`) is the one before it, left open: the parser began the next declaration there, so it read that
 * one whole.
 */
function declarationLeftBroken(declarations: readonly AstNode[], offset: number): AstNode | undefined {
    const index = declarations.findIndex((node) => node.$cstNode!.offset <= offset && offset <= node.$cstNode!.end);
    if (index > 0 && declarations[index]!.$cstNode!.offset === offset) return declarations[index - 1];
    return index >= 0 ? declarations[index] : undefined;
}

/** The declaration whose text holds `offset` (its end included: a missing `}` is reported just after it). */
export function declarationAt(declarations: readonly AstNode[], offset: number): AstNode | undefined {
    return declarations.find((node) => node.$cstNode!.offset <= offset && offset <= node.$cstNode!.end);
}

/** Remembered per root: a root's parse never changes (an edit re-parses the text into a new root). */
const brokenByRoot = new WeakMap<AstNode, ReadonlyMap<AstNode, number>>();

/** Whether `node` is a top-level declaration that holds a syntax error (see `brokenDeclarations`). */
export function isBrokenDeclaration(node: AstNode): boolean {
    const root = node.$container;
    return root !== undefined && root.$container === undefined && brokenDeclarations(root).has(node);
}

/** A file read only in part: its first syntax error. Whatever is computed from its facts is computed from a half-read file. */
export interface HalfReadFile extends SyntaxProblem {
    /** The file's path (fsPath). */
    file: string;
}

/** The documents that lexed or parsed with errors, each with its first error, by path (code-unit order: the same on every machine and in every build). */
export function halfReadFiles(documents: Iterable<LangiumDocument>): HalfReadFile[] {
    const found: HalfReadFile[] = [];
    for (const document of documents) {
        if (!hasSyntaxErrors(document.parseResult)) continue;
        const first = syntaxProblems(document.parseResult, document.textDocument.getText())[0];
        if (first) found.push({ file: document.uri.fsPath, ...first });
    }
    return found.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

/** "areas.lhc:12:5: syntax error: …", one line per file; `relative` shortens paths. */
export function halfReadLine(halfRead: HalfReadFile, relative: (file: string) => string = (file) => file): string {
    const message = (halfRead.message.split(/\r?\n/)[0] ?? '').replace(/\.$/, '');
    return `${relative(halfRead.file)}:${halfRead.line}:${halfRead.column}: syntax error: ${message}`;
}
