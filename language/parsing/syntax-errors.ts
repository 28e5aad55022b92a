import { AstUtils, type AstNode, type ParseResult } from 'langium';

/** Whether the text lexed or parsed with errors: its tree is then one the parser recovered, and may be partial. */
export function hasSyntaxErrors(parseResult: ParseResult<AstNode>): boolean {
    return parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0;
}

/** Whether the document that holds a node has syntax errors (see `hasSyntaxErrors`). */
export function inDocumentWithSyntaxErrors(node: AstNode): boolean {
    return hasSyntaxErrors(AstUtils.getDocument(node).parseResult);
}
