import { AstUtils, CstUtils, GrammarUtils, type LangiumDocument } from 'langium';
import type { Diagnostic, TextEdit } from 'vscode-languageserver';
import { isCommitment, type Commitment } from '../generated/ast.js';
import type { LhcServices } from '../lhc-module.js';
import { today } from '../model/dates.js';

/** What the code-action provider turns into a quick fix: plain edits, and the same insertion as a snippet. */
export interface CommitmentFix {
    title: string;
    edits: { document: LangiumDocument; edit: TextEdit }[];
    snippet: { document: LangiumDocument; offset: number; value: string };
}

/**
 * "Mark delivered today…" on `commitment-overdue` and `commitment-without-deadline`: adds a `delivered on` line
 * dated at the effective as-of date (today unless a date is set) just before the commitment's closing brace. The
 * evidence and its source are tab stops; left as "…" they are what `commitment-evidence-missing` reports, so the
 * finding is not silenced until the author says what shows delivery.
 */
export function markDeliveredFix(services: LhcServices, diagnostic: Diagnostic, document: LangiumDocument): CommitmentFix | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(diagnostic.range.start));
    const commitment: Commitment | undefined = leaf ? AstUtils.getContainerOfType(leaf.astNode, isCommitment) : undefined;
    const close = commitment?.$cstNode && GrammarUtils.findNodeForKeyword(commitment.$cstNode, '}');
    if (!commitment?.$cstNode || !close) return undefined;
    const date = services.lhc.Conditions.asOfFor(commitment);
    const text = document.textDocument.getText();
    const lineStart = text.lastIndexOf('\n', close.offset - 1) + 1;
    const closeOnOwnLine = /^[ \t]*$/.test(text.slice(lineStart, close.offset));
    const declarationLine = text.slice(text.lastIndexOf('\n', commitment.$cstNode.offset - 1) + 1, commitment.$cstNode.offset);
    const indent = `${/^[ \t]*/.exec(declarationLine)?.[0] ?? ''}    `;
    const offset = closeOnOwnLine ? lineStart : close.offset;
    const [prefix, suffix] = closeOnOwnLine ? [indent, '\n'] : ['', ' '];
    const line = (evidence: string, source: string, day: string) => `${prefix}delivered on ${day} ${evidence} source ${source}${suffix}`;
    const position = document.textDocument.positionAt(offset);
    return {
        title: date === today() ? 'Mark delivered today…' : `Mark delivered on ${date}…`,
        edits: [{ document, edit: { range: { start: position, end: position }, newText: line('"…"', '"…"', date) } }],
        snippet: { document, offset, value: line('"${2:what shows it was delivered}"', '"${3:document}"', `\${1:${date}}`) + '$0' }
    };
}
