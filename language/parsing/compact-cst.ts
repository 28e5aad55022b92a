import type { IToken } from 'chevrotain';
import { CstNodeBuilder, type CompositeCstNode, type CstNode, type GrammarAST, type LangiumParser, type LeafCstNode, type LeafCstNodeImpl, type RootCstNode } from 'langium';
import { CompactCompositeCstNode } from './compact-composite.js';
import { CompactLeafCstNode, CompactRootCstNode } from './compact-leaf.js';
import { LeafKinds } from './leaf-kinds.js';

/**
 * A concrete syntax tree (CST) that takes about half the memory of Langium's, with the same shape and the same
 * public properties and values (`offset`, `length`, `end`, `range`, `text`, `hidden`, `tokenType`, `grammarSource`,
 * `astNode`, `root`, `container`, `content`, `fullText`).
 *
 * Langium's leaf keeps ten fields (104 bytes on 64-bit V8), among them the start and end line and column. A compact
 * leaf (`compact-leaf.ts`) keeps three (48 bytes): its container, its offset, and a `LeafKind` (`leaf-kinds.ts`)
 * shared with every leaf of the same token type, grammar element and length. Lines and columns are worked out when
 * `range` is asked for, from a table of line starts the root makes once (`line-starts.ts`). A compact inner node
 * (`compact-composite.ts`) keeps a lone child without an array, and no range cache.
 */

/** What Langium's builder keeps privately, and its `buildRootNode` and `construct` use. */
interface BuilderState {
    rootNode: RootCstNode;
    nodeStack: CompositeCstNode[];
}

type Child = CstNode & { container: CompositeCstNode | undefined };

/**
 * Langium's CST builder, making compact nodes. The parser drives it as it drives Langium's: the same calls, the same
 * tree. The root is Langium's own (with a table of line starts), so its children stay in an ordinary array.
 */
export class CompactCstNodeBuilder extends CstNodeBuilder {
    private readonly kinds = new LeafKinds();

    private get state(): BuilderState {
        return this as unknown as BuilderState;
    }

    override buildRootNode(input: string): RootCstNode {
        const root = new CompactRootCstNode(input);
        this.state.rootNode = root;
        this.state.nodeStack = [root];
        return root;
    }

    override buildCompositeNode(feature: GrammarAST.AbstractElement): CompositeCstNode {
        const node = new CompactCompositeCstNode();
        node.grammarSource = feature;
        this.appendChild(this.current, node);
        this.state.nodeStack.push(node);
        return node;
    }

    override buildLeafNode(token: IToken, feature?: GrammarAST.AbstractElement): LeafCstNode {
        // As in Langium: a token without a grammar element is hidden, and has no grammar source.
        const leaf = new CompactLeafCstNode(token.startOffset, this.kinds.get(token.tokenType, feature || undefined, !feature, token.image.length));
        this.appendChild(this.current, leaf);
        return leaf;
    }

    /** Used by Langium's `addHiddenNodes` for comments; the declared type is Langium's, the object a compact leaf. */
    protected override createLeafNode(token: IToken, hidden: boolean): LeafCstNodeImpl {
        return new CompactLeafCstNode(token.startOffset, this.kinds.get(token.tokenType, undefined, hidden, token.image.length)) as unknown as LeafCstNodeImpl;
    }

    override appendChild(parent: CompositeCstNode, child: CstNode): void {
        if (parent instanceof CompactCompositeCstNode) {
            (child as Child).container = parent;
            parent.appendChild(child);
        } else {
            super.appendChild(parent, child);
        }
    }

    override appendChildren(parent: CompositeCstNode, children: CstNode[]): void {
        if (parent instanceof CompactCompositeCstNode) this.insertChildren(parent, parent.childCount, children);
        else super.appendChildren(parent, children);
    }

    override insertChildren(parent: CompositeCstNode, index: number, children: CstNode[]): void {
        if (parent instanceof CompactCompositeCstNode) {
            for (const child of children) (child as Child).container = parent;
            parent.insertChildren(index, children);
        } else {
            super.insertChildren(parent, index, children);
        }
    }

    override removeNode(node: CstNode): void {
        const parent = node.container;
        if (parent instanceof CompactCompositeCstNode) parent.removeChild(node);
        else super.removeNode(node);
    }

    /** Langium's, skipping the search for where to put them when there are none (before almost every token). */
    override addHiddenNodes(tokens: IToken[]): void {
        if (tokens.length > 0) super.addHiddenNodes(tokens);
    }

    override construct(item: { $type: string | symbol | undefined; $cstNode: CstNode; $infixName?: string }): void {
        if (!(this.current instanceof CompactCompositeCstNode)) {
            super.construct(item);
            return;
        }
        const node = this.state.nodeStack.pop() as CompactCompositeCstNode;
        item.$cstNode = node;
        // An empty node (an optional rule that matched nothing) leaves the tree, as in Langium.
        if (node.childCount === 0) this.removeNode(node);
        else node.compact();
    }
}

/** Makes `parser` build compact trees (see `CompactCstNodeBuilder`); returns it. */
export function useCompactCst<P extends LangiumParser>(parser: P): P {
    (parser as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder = new CompactCstNodeBuilder();
    return parser;
}
