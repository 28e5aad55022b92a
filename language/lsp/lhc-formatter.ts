import { type AstNode, type Grammar, type LangiumDocument } from 'langium';
import { AbstractFormatter, type LangiumServices } from 'langium/lsp';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import { formattingChanges } from '../engine/format.js';

/**
 * "Format Document" in the editor. The layout itself lives in `engine/format.ts` so that `lhc fmt` and
 * the editor can never disagree; this class only turns its changes into LSP edits. A document with
 * syntax errors is left alone (formatting text that did not parse could change its meaning).
 */
export class LhcFormatter extends AbstractFormatter {
    private readonly grammar: Grammar;

    constructor(services: LangiumServices) {
        super();
        this.grammar = services.Grammar;
    }

    /** Unused: the layout is computed in one pass over the tokens by `formattingChanges`. */
    protected override format(_node: AstNode): void {
        // Per-node formatting regions are not needed; see doDocumentFormat.
    }

    protected override doDocumentFormat(document: LangiumDocument, _options: FormattingOptions, range?: Range): TextEdit[] {
        const changes = formattingChanges(document.textDocument.getText(), document.parseResult, this.grammar);
        if (!changes) return [];
        const textDocument = document.textDocument;
        const edits = changes.map((change) => ({
            range: { start: textDocument.positionAt(change.start), end: textDocument.positionAt(change.end) },
            newText: change.text
        }));
        return range ? edits.filter((edit) => within(edit.range, range)) : edits;
    }
}

function within(inner: Range, outer: Range): boolean {
    const before = (a: Range['start'], b: Range['start']): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
    return before(outer.start, inner.start) && before(inner.end, outer.end);
}
