import type { AstNode, GenericAstNode, LangiumDocument, Reference, ReferenceInfo } from 'langium';

/** Every node and every cross-reference of one parsed document, in the order Langium's streams visit them. */
export interface DocumentNodes {
    /** All nodes, root first, depth-first in property order (as `AstUtils.streamAst`). */
    readonly nodes: readonly AstNode[];
    /** All references, node by node in that order, each node's in property order (as `AstUtils.streamReferences`). */
    readonly references: readonly ReferenceInfo[];
}

/**
 * Keyed by the root node, so a new parse (a new document version) gets a new entry and the old one is
 * collected with its tree. Langium's generic streams walk every tree four times per build (scopes, linking,
 * reference index, validation) through generator-like iterators; one plain walk, cached, replaces them all.
 */
const cache = new WeakMap<AstNode, DocumentNodes>();

export function documentNodes(documentOrRoot: LangiumDocument | AstNode): DocumentNodes {
    const root = 'parseResult' in documentOrRoot ? documentOrRoot.parseResult.value : documentOrRoot;
    let entry = cache.get(root);
    if (!entry) {
        entry = collect(root);
        cache.set(root, entry);
    }
    return entry;
}

function collect(root: AstNode): DocumentNodes {
    const nodes: AstNode[] = [];
    const references: ReferenceInfo[] = [];
    const visit = (node: AstNode): void => {
        nodes.push(node);
        const children: AstNode[] = [];
        const generic = node as GenericAstNode;
        for (const property of Object.keys(node)) {
            if (property.charCodeAt(0) === 36 /* $ */) continue;
            const value = generic[property];
            if (Array.isArray(value)) {
                for (let index = 0; index < value.length; index++) {
                    const item = value[index];
                    if (isReferenceLike(item)) references.push({ reference: item as Reference, container: node, property, index });
                    else if (isNode(item)) children.push(item);
                }
            } else if (isReferenceLike(value)) {
                references.push({ reference: value as Reference, container: node, property });
            } else if (isNode(value)) {
                children.push(value);
            }
        }
        for (const child of children) visit(child);
    };
    visit(root);
    return { nodes, references };
}

function isNode(value: unknown): value is AstNode {
    return typeof value === 'object' && value !== null && typeof (value as AstNode).$type === 'string';
}

/** A reference or multi-reference, as `isReference` / `isMultiReference` recognise them. */
function isReferenceLike(value: unknown): boolean {
    return typeof value === 'object' && value !== null && typeof (value as Reference).$refText === 'string' && ('ref' in value || 'items' in value);
}
