import { AstUtils, type AstNode, type LangiumDocument, type ParseResult } from 'langium';

/** Whether the text lexed or parsed with errors: its tree is then one the parser recovered, and may be partial. */
export function hasSyntaxErrors(parseResult: ParseResult<AstNode>): boolean {
    return parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0;
}

/** Whether the document that holds a node has syntax errors (see `hasSyntaxErrors`). */
export function inDocumentWithSyntaxErrors(node: AstNode): boolean {
    return hasSyntaxErrors(AstUtils.getDocument(node).parseResult);
}

/** The first syntax error of a parse: its 1-based line (when the lexer or parser knows it) and message. */
export function firstSyntaxError(parseResult: ParseResult<AstNode>): { line?: number; message: string } | undefined {
    const error = [...parseResult.lexerErrors, ...parseResult.parserErrors][0] as
        { message: string; line?: number; token?: { startLine?: number } } | undefined;
    if (!error) return undefined;
    const line = error.line ?? error.token?.startLine;
    return { line: line !== undefined && Number.isFinite(line) ? line : undefined, message: error.message };
}

/** A file read only in part: its first syntax error. Whatever is computed from its facts is computed from a half-read file. */
export interface HalfReadFile {
    /** The file's path (fsPath). */
    file: string;
    /** 1-based line of its first syntax error, when known. */
    line?: number;
    message: string;
}

/** The documents that lexed or parsed with errors, each with its first error, by path (code-unit order: the same on every machine and in every build). */
export function halfReadFiles(documents: Iterable<LangiumDocument>): HalfReadFile[] {
    const found: HalfReadFile[] = [];
    for (const document of documents) {
        const error = firstSyntaxError(document.parseResult);
        if (error) found.push({ file: document.uri.fsPath, ...error });
    }
    return found.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

/** "areas.lhc:12: syntax error: … (what follows it was not read)", one line per file; `relative` shortens paths. */
export function halfReadLine(halfRead: HalfReadFile, relative: (file: string) => string = (file) => file): string {
    const message = (halfRead.message.split(/\r?\n/)[0] ?? '').replace(/\.$/, '');
    return `${relative(halfRead.file)}${halfRead.line ? `:${halfRead.line}` : ''}: syntax error: ${message}`;
}
