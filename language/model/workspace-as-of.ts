import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import { isDocument, type Document } from '../generated/ast.js';
import { isTestDocument } from '../scenarios/test-files.js';
import { isValidIsoDate, type IsoDate } from './dates.js';

/**
 * The workspace's own date: the `as of` of the first file, by URI, whose `as of` is a real date (2019-02-29 is
 * reported by `invalid-date` and never used). Scenario test files are left out: their dates are their tests'.
 * Undefined when no file has one. Ordering by URI keeps it independent of the order files were opened in.
 */
export function workspaceAsOf(documents: Iterable<LangiumDocument>): IsoDate | undefined {
    let first: { uri: string; date: IsoDate } | undefined;
    for (const document of documents) {
        if (isTestDocument(document)) continue;
        const date = (document as LangiumDocument<Document>).parseResult.value.asOf?.date;
        if (date === undefined || !isValidIsoDate(date)) continue;
        const uri = document.uri.toString();
        if (!first || uri < first.uri) first = { uri, date };
    }
    return first?.date;
}

/** A file's own `as of`, when it has one that is a real date. */
export function fileAsOf(node: AstNode): IsoDate | undefined {
    const root = AstUtils.findRootNode(node);
    const date = isDocument(root) ? root.asOf?.date : undefined;
    return date !== undefined && isValidIsoDate(date) ? date : undefined;
}
