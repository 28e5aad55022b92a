import { isNamed, type AstNode, type IndexManager, type LangiumDocument, type ReferenceDescription } from 'langium';
import { isVariable } from '../generated/ast.js';
import { documentNodes } from '../model/document-nodes.js';

/** The names a document declares and the names its references spell, by their last segment. */
export interface DocumentNames {
    readonly declared: ReadonlySet<string>;
    readonly referenced: ReadonlySet<string>;
}

/** What one update must redo beyond the documents that changed. */
export interface RevalidationPlan {
    /** Documents to link again: a name they spell may now resolve to another declaration, or to none. */
    readonly relink: ReadonlySet<string>;
    /** Documents to validate again in full: they reach a changed document through their references. */
    readonly revalidate: ReadonlySet<string>;
}

/** A name's last segment: references spell qualified names (`Agreement.Clause`), declarations simple ones. */
function lastSegment(name: string): string {
    const dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.slice(dot + 1);
}

/** The names a parsed document declares and spells (quantifier variables are local and left out). */
export function namesOf(document: LangiumDocument): DocumentNames {
    const declared = new Set<string>();
    const referenced = new Set<string>();
    const { nodes, references } = documentNodes(document);
    for (const node of nodes) {
        if (isNamed(node) && !isVariable(node as AstNode)) declared.add(node.name);
    }
    for (const { reference } of references) referenced.add(lastSegment(reference.$refText));
    return { declared, referenced };
}

/**
 * Which documents an update touches, beyond the changed and deleted ones (`changed`, as URI strings):
 * - relink: documents spelling a name that a changed or deleted document declared before or declares now (with
 *   duplicates, a reference may now resolve elsewhere; a deleted name leaves it unresolved);
 * - revalidate: every document that reaches a changed, deleted or relinked document through references, at any
 *   depth — a document-scoped check reads its own nodes and whatever they reference (a pilot's lead's area's
 *   parent), so its results can change only if something on that path did.
 * Documents outside both sets keep their document-scoped findings; their workspace-scoped ones are recomputed.
 *
 * `before` holds each document's names from its previous parse, `after` from the current one; `alreadyReset` are
 * documents Langium relinks anyway (they reference a changed document, or had an unresolved reference).
 */
export function planRevalidation(
    changed: ReadonlySet<string>, documents: readonly LangiumDocument[], before: ReadonlyMap<string, DocumentNames>,
    after: ReadonlyMap<string, DocumentNames>, indexManager: IndexManager, alreadyReset: ReadonlySet<string> = new Set()
): RevalidationPlan {
    const touchedNames = new Set<string>();
    for (const uri of changed) {
        for (const name of before.get(uri)?.declared ?? []) touchedNames.add(name);
        for (const name of after.get(uri)?.declared ?? []) touchedNames.add(name);
    }
    const relink = new Set<string>();
    for (const document of documents) {
        const uri = document.uri.toString();
        if (changed.has(uri)) continue;
        const names = after.get(uri);
        if (names && [...names.referenced].some((name) => touchedNames.has(name))) relink.add(uri);
    }
    const referrers = referrersByTarget(documents, indexManager);
    const revalidate = new Set<string>();
    const queue = [...changed, ...relink, ...alreadyReset];
    const reached = new Set(queue);
    while (queue.length > 0) {
        const target = queue.pop()!;
        for (const source of referrers.get(target) ?? []) {
            if (reached.has(source)) continue;
            reached.add(source);
            revalidate.add(source);
            queue.push(source);
        }
    }
    for (const uri of [...relink, ...alreadyReset]) revalidate.delete(uri);
    return { relink, revalidate };
}

/** Target document → the documents whose (already linked) references point into it. */
function referrersByTarget(documents: readonly LangiumDocument[], indexManager: IndexManager): Map<string, Set<string>> {
    const result = new Map<string, Set<string>>();
    const index = (indexManager as unknown as { referenceIndex?: Map<string, ReferenceDescription[]> }).referenceIndex;
    for (const document of documents) {
        const source = document.uri.toString();
        const descriptions = index?.get(source) ?? [];
        for (const description of descriptions) {
            const target = description.targetUri.toString();
            if (target === source) continue;
            let sources = result.get(target);
            if (!sources) result.set(target, sources = new Set());
            sources.add(source);
        }
    }
    return result;
}
