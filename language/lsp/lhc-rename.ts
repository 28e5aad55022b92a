import { AstUtils, CstUtils, type AstNode, type Grammar, type IndexManager, type LangiumDocument, type LangiumDocuments, type URI } from 'langium';
import { DefaultRenameProvider, type LangiumServices } from 'langium/lsp';
import { ErrorCodes, ResponseError, type RenameParams, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { isAgreement, isAspiration } from '../generated/ast.js';
import { isNamedWithinOwner } from '../linking/lhc-naming.js';
import { deepRegionsOf, describeRegion } from '../parsing/depth-guard.js';
import { renameRefusal } from './lhc-rename-guard.js';
const FIRST_SEGMENT = /^\s*([_a-zA-Z]\w*)/;
const LAST_SEGMENT = /([_a-zA-Z]\w*)\s*$/;

/**
 * Rename that keeps qualified references right. Clauses and targets are referenced as `Owner.Name`
 * from outside their owner: renaming the clause rewrites only the `Name` part, renaming the agreement or
 * aspiration rewrites the `Owner` part of every qualified reference to its members. Pointing at the
 * `Owner` part of a qualified reference renames the owner.
 */
export class LhcRenameProvider extends DefaultRenameProvider {
    private readonly documents: LangiumDocuments;
    private readonly grammar: Grammar;
    private readonly indexManager: IndexManager;

    constructor(services: LangiumServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.grammar = services.Grammar;
        this.indexManager = services.shared.workspace.IndexManager;
    }

    /**
     * A rename is computed from the trees, and text the depth guard did not read has none: when such text mentions
     * the name, a reference there would be left unrenamed, so the rename is refused, naming where.
     */
    private unreadMention(target: AstNode): string | undefined {
        const name = (target as { name?: unknown }).name;
        if (typeof name !== 'string') return undefined;
        const word = new RegExp(`(^|[^\\w])${name}($|[^\\w])`);
        for (const document of this.documents.all) {
            const text = document.textDocument.getText();
            const region = deepRegionsOf(document.parseResult.value).find((each) => word.test(text.slice(each.start, each.end)));
            if (region) return `'${name}' is written in ${describeRegion(text, region)} of ${document.uri.path.split('/').pop()}, which LHC did not read (a condition nested too deeply): split that condition, then rename.`;
        }
        return undefined;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const target = this.renameTarget(document, document.textDocument.offsetAt(params.position));
        if (!target) return undefined;
        // Refused with a message the editor shows, rather than applied and left to break the file or repoint references.
        const refusal = renameRefusal(target, params.newName, this.grammar, this.indexManager) ?? this.unreadMention(target);
        if (refusal) throw new ResponseError(ErrorCodes.InvalidParams, refusal);
        const changes: Record<string, TextEdit[]> = {};
        const add = (uri: URI, start: number, end: number): void => {
            const textDocument = this.documents.getDocument(uri)?.textDocument;
            if (!textDocument) return;
            (changes[uri.toString()] ??= []).push({ range: { start: textDocument.positionAt(start), end: textDocument.positionAt(end) }, newText: params.newName });
        };
        for (const reference of this.references.findReferences(target, { includeDeclaration: true })) {
            const text = this.textOf(reference.sourceUri, reference.segment.offset, reference.segment.end);
            const last = LAST_SEGMENT.exec(text);
            if (!last) continue;
            add(reference.sourceUri, reference.segment.offset + last.index, reference.segment.offset + last.index + last[1]!.length);
        }
        if (isAgreement(target) || isAspiration(target)) {
            const oldName = (target as AstNode & { name: string }).name;
            for (const member of AstUtils.streamContents(target)) {
                if (!isNamedWithinOwner(member)) continue;
                for (const reference of this.references.findReferences(member, { includeDeclaration: false })) {
                    const text = this.textOf(reference.sourceUri, reference.segment.offset, reference.segment.end);
                    const first = FIRST_SEGMENT.exec(text);
                    if (!text.includes('.') || first?.[1] !== oldName) continue;
                    const start = reference.segment.offset + first[0].length - oldName.length;
                    add(reference.sourceUri, start, start + oldName.length);
                }
            }
        }
        return { changes };
    }

    /** The declaration to rename: what the name under the cursor declares or references (see the class comment). */
    private renameTarget(document: LangiumDocument, offset: number): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        if (!leaf) return undefined;
        const target = this.references.findDeclarations(leaf)[0];
        if (!target) return undefined;
        const referenceNode = CstUtils.getDatatypeNode(leaf) ?? leaf;
        const pointsAtOwner = referenceNode !== leaf && isNamedWithinOwner(target)
            && leaf.offset < referenceNode.offset + referenceNode.text.lastIndexOf('.');
        return pointsAtOwner ? target.$container : target;
    }

    private textOf(uri: URI, start: number, end: number): string {
        return this.documents.getDocument(uri)?.textDocument.getText().slice(start, end) ?? '';
    }
}
