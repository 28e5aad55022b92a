import { isNamed, type AstNode, type LangiumDocument } from 'langium';
import { isVariable } from '../generated/ast.js';
import { qualifiedNameOf } from '../linking/lhc-naming.js';
import { documentNodes } from '../model/document-nodes.js';
import { isTestDocument } from '../scenarios/test-files.js';

/** What a parsed document offers other documents and what it asks of them, by name. */
export interface DocumentNames {
    /**
     * The names other documents can link to (`LhcScopeComputation`'s exports, qualified: `DevolutionMoU2017.Estates`),
     * each with how often it is declared under each type: `Organisation Camden` → 1.
     */
    readonly exported: ReadonlyMap<string, number>;
    /** The texts its references spell, exactly as the global scope looks them up. */
    readonly referenced: ReadonlySet<string>;
}

/** What one update must redo beyond the documents that changed. */
export interface RevalidationPlan {
    /** Documents to link again: a name they spell may now resolve to another declaration, or to none. */
    readonly relink: ReadonlySet<string>;
    /** Documents to validate again in full: a document-scoped check of theirs read a reference that may now differ. */
    readonly revalidate: ReadonlySet<string>;
}

const SEPARATOR = '\u0000';

/** The names a parsed document exports and spells (quantifier variables and a test's facts are its own). */
export function namesOf(document: LangiumDocument): DocumentNames {
    const exported = new Map<string, number>();
    const referenced = new Set<string>();
    const { nodes, references } = documentNodes(document);
    if (!isTestDocument(document)) {
        for (let index = 1; index < nodes.length; index++) {
            const node = nodes[index]!;
            if (!isNamed(node) || isVariable(node as AstNode)) continue;
            const key = node.$type + SEPARATOR + qualifiedNameOf(node);
            exported.set(key, (exported.get(key) ?? 0) + 1);
        }
    }
    for (const { reference } of references) referenced.add(reference.$refText);
    return { exported, referenced };
}

/** Names declared a different number of times (under some type) before and after: the ones that may link elsewhere now. */
function movedNames(before: DocumentNames | undefined, after: DocumentNames | undefined, into: Set<string>): void {
    const keys = new Set([...(before?.exported.keys() ?? []), ...(after?.exported.keys() ?? [])]);
    for (const key of keys) {
        if ((before?.exported.get(key) ?? 0) === (after?.exported.get(key) ?? 0)) continue;
        into.add(key.slice(key.indexOf(SEPARATOR) + 1));
    }
}

/**
 * Which documents an update touches, beyond the changed and deleted ones (`changed`, as URI strings):
 * - relink: documents spelling a name whose exported declarations changed — added, removed, or declared under another
 *   type — in a changed or deleted document. A reference that pointed *into* a changed document is relinked by
 *   Langium already (its `IndexManager.isAffected`); one that pointed elsewhere can only move if a declaration of its
 *   exact name appeared or went (the global scope looks names up exactly, `GlobalNameIndex`).
 * - revalidate: documents whose last validation read a reference held by a changed, relinked or otherwise reset
 *   document (`reads`, recorded by `ReferenceReads` while the document-scoped checks ran): a check reads its own nodes
 *   and whatever they reference, at any depth (a pilot's lead's area's parent), and every step past its own document
 *   goes through a reference of the document it steps from. A document never validated counts as reading everything.
 * Documents outside both sets keep their document-scoped findings; their workspace-scoped ones are recomputed.
 *
 * `before` holds each document's names from its previous parse, `after` from the current one; `alreadyReset` are
 * documents Langium relinks anyway (they reference a changed document, or had an unresolved reference).
 */
export function planRevalidation(
    changed: ReadonlySet<string>, documents: readonly LangiumDocument[], before: ReadonlyMap<string, DocumentNames>,
    after: ReadonlyMap<string, DocumentNames>, reads: (uri: string) => ReadonlySet<string> | undefined,
    alreadyReset: ReadonlySet<string> = new Set()
): RevalidationPlan {
    const moved = new Set<string>();
    for (const uri of changed) movedNames(before.get(uri), after.get(uri), moved);
    const relink = new Set<string>();
    if (moved.size > 0) {
        for (const document of documents) {
            const uri = document.uri.toString();
            if (changed.has(uri) || alreadyReset.has(uri)) continue;
            const names = after.get(uri);
            if (!names) continue;
            for (const name of moved) {
                if (names.referenced.has(name)) {
                    relink.add(uri);
                    break;
                }
            }
        }
    }
    const redone = new Set([...changed, ...relink, ...alreadyReset]);
    const revalidate = new Set<string>();
    for (const document of documents) {
        const uri = document.uri.toString();
        if (redone.has(uri)) continue;
        const read = reads(uri);
        if (!read) {
            revalidate.add(uri);
            continue;
        }
        for (const source of read) {
            if (redone.has(source)) {
                revalidate.add(uri);
                break;
            }
        }
    }
    return { relink, revalidate };
}
