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

/** Where one top-level subtree sits in the lists of the last tree it was collected for. */
interface Span {
    readonly owner: DocumentNodes;
    readonly nodeStart: number;
    readonly nodeEnd: number;
    readonly referenceStart: number;
    readonly referenceEnd: number;
}

/**
 * The subtrees directly under a root (the top-level declarations), by node: after an incremental re-parse
 * (see `lhc-incremental-parse.ts`) only the re-parsed declaration is walked again; the others are copied.
 */
const spans = new WeakMap<AstNode, Span>();

function collect(root: AstNode): DocumentNodes {
    const nodes: AstNode[] = [root];
    const references: ReferenceInfo[] = [];
    const result: DocumentNodes = { nodes, references };
    for (const child of ownContent(root, references)) {
        const nodeStart = nodes.length;
        const referenceStart = references.length;
        const previous = spans.get(child);
        if (previous) {
            for (let index = previous.nodeStart; index < previous.nodeEnd; index++) nodes.push(previous.owner.nodes[index]!);
            for (let index = previous.referenceStart; index < previous.referenceEnd; index++) references.push(previous.owner.references[index]!);
        } else {
            walk(child, nodes, references);
        }
        spans.set(child, { owner: result, nodeStart, nodeEnd: nodes.length, referenceStart, referenceEnd: references.length });
    }
    return result;
}

function walk(node: AstNode, nodes: AstNode[], references: ReferenceInfo[]): void {
    nodes.push(node);
    for (const child of ownContent(node, references)) walk(child, nodes, references);
}

/** A node's own references (appended to `references`) and its child nodes, in property order. */
function ownContent(node: AstNode, references: ReferenceInfo[]): AstNode[] {
    const children: AstNode[] = [];
    const generic = node as GenericAstNode;
    for (const property in node) {
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
    return children;
}

function isNode(value: unknown): value is AstNode {
    return typeof value === 'object' && value !== null && typeof (value as AstNode).$type === 'string';
}

/** A reference or multi-reference, as `isReference` / `isMultiReference` recognise them. */
function isReferenceLike(value: unknown): boolean {
    return typeof value === 'object' && value !== null && typeof (value as Reference).$refText === 'string' && ('ref' in value || 'items' in value);
}
