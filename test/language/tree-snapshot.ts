import type { AstNode, CompositeCstNode, CstNode, GenericAstNode, LeafCstNode, ParseResult } from 'langium';
import type { Document } from '../../language/generated/ast.js';

// Plain-data pictures of a parse result, for comparing two parses with `deepEqual`: every AST node's properties
// and syntax-tree position, and every CST node's offsets, range, text and (for leaves) token and hidden flag.

/** The AST, the CST and the full text of a parse result. */
export function snapshot(result: ParseResult<Document>): unknown {
    return { ast: astSnapshot(result.value, undefined), cst: cstSnapshot(result.value.$cstNode!), text: result.value.$cstNode!.root.fullText };
}

function astSnapshot(node: AstNode, parent: AstNode | undefined): unknown {
    const generic = node as GenericAstNode;
    const properties: Record<string, unknown> = {};
    for (const key of Object.keys(node)) {
        if (key.startsWith('$')) continue;
        properties[key] = value(generic[key], node);
    }
    return {
        type: node.$type, containerOk: node.$container === parent, property: node.$containerProperty, index: node.$containerIndex,
        cst: node.$cstNode ? [node.$cstNode.offset, node.$cstNode.end, node.$cstNode.range, node.$cstNode.astNode === node] : undefined,
        properties
    };
}

function value(item: unknown, container: AstNode): unknown {
    if (Array.isArray(item)) return item.map((element) => value(element, container));
    if (typeof item === 'object' && item !== null) {
        if ('$type' in item) return astSnapshot(item as AstNode, container);
        if ('$refText' in item) {
            const reference = item as { $refText: string; $refNode?: CstNode };
            return { ref: reference.$refText, at: reference.$refNode ? [reference.$refNode.offset, reference.$refNode.range] : undefined };
        }
    }
    return item;
}

function cstSnapshot(node: CstNode): unknown {
    const composite = node as CompositeCstNode;
    if (Array.isArray(composite.content)) {
        return { offset: node.offset, end: node.end, range: node.range, text: node.text, content: composite.content.map(cstSnapshot) };
    }
    return { offset: node.offset, length: node.length, range: node.range, token: (node as LeafCstNode).tokenType.name, hidden: node.hidden, text: node.text };
}
