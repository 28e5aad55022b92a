import type { AstNode, CompositeCstNode, CstNode, GrammarAST, RootCstNode } from 'langium';
import type { Range } from 'vscode-languageserver';
import { rootOf } from './compact-leaf.js';

/**
 * An inner node of the syntax tree (a rule call), with the public properties and values of Langium's
 * `CompositeCstNodeImpl` in less memory.
 *
 * Four in five inner nodes have a single child (a rule call that matched one token: a name, a number). Langium's
 * node keeps every child list in an array: 56 bytes of array for one child, beside the node's 64. This node keeps
 * a lone child itself and makes the one-element `content` array when asked; lists of two or more stay arrays (the
 * same array each time). It keeps no range cache either: after a check fewer than one node in 200 has been asked for
 * its range, and working it out again costs a walk to the first and last leaf. 56 bytes, or 56 plus the array.
 *
 * Change the children only through the builder (`CompactCstNodeBuilder`), as with Langium's nodes: `content` may
 * be a fresh array, so changes made to it are lost.
 */
export class CompactCompositeCstNode implements CompositeCstNode {
    /** Set by the builder when the node is added to its parent. */
    container: CompositeCstNode | undefined = undefined;
    /** The rule call (or action) the node was parsed from. */
    grammarSource: GrammarAST.AbstractElement | undefined = undefined;
    /** No child (`undefined`), a lone child, or an array of children (never of one, once the node is complete). */
    private _children: CstNode | CstNode[] | undefined = undefined;
    private _astNode: AstNode | undefined = undefined;

    /** The children in order. A node with one child gives a new array each time. */
    get content(): CstNode[] {
        const children = this._children;
        if (children === undefined) return [];
        return Array.isArray(children) ? children : [children];
    }

    /** How many children the node has, without making an array. */
    get childCount(): number {
        const children = this._children;
        return children === undefined ? 0 : Array.isArray(children) ? children.length : 1;
    }

    /** Adds `child` after the other children. */
    appendChild(child: CstNode): void {
        const current = this._children;
        if (current === undefined) this._children = child;
        else if (Array.isArray(current)) current.push(child);
        else this._children = [current, child];
    }

    /** Adds `children` at `index` (0 ≤ index ≤ `childCount`). */
    insertChildren(index: number, children: readonly CstNode[]): void {
        if (children.length === 0) return;
        const current = this._children;
        if (current === undefined && children.length === 1) {
            this._children = children[0];
        } else if (current === undefined) {
            // A copy has exactly the capacity needed (pushing into an empty array reserves 17 places).
            this._children = children.slice();
        } else if (!Array.isArray(current)) {
            this._children = index === 0 ? [...children, current] : [current, ...children];
        } else if (index === current.length) {
            for (const child of children) current.push(child);
        } else {
            current.splice(index, 0, ...children);
        }
    }

    /** Removes `child` if it is one of the node's children. */
    removeChild(child: CstNode): void {
        const current = this._children;
        if (current === child) {
            this._children = undefined;
        } else if (Array.isArray(current)) {
            const index = current.indexOf(child);
            if (index >= 0) current.splice(index, 1);
            if (current.length === 1) this._children = current[0];
        }
    }

    /** Called once the node is complete: a lone child is kept without an array, a list in an exactly-sized one. */
    compact(): void {
        const current = this._children;
        if (Array.isArray(current)) this._children = current.length === 0 ? undefined : current.length === 1 ? current[0] : current.slice();
    }

    get astNode(): AstNode {
        if (this._astNode) return this._astNode;
        let node = this.container;
        while (node) {
            const own = (node as { _astNode?: AstNode })._astNode;
            if (own) return own;
            node = node.container;
        }
        throw new Error('This node has no associated AST element');
    }

    set astNode(value: AstNode | undefined) {
        this._astNode = value;
    }

    get hidden(): boolean {
        return false;
    }

    get offset(): number {
        return this.firstNonHiddenNode?.offset ?? 0;
    }

    get length(): number {
        return this.end - this.offset;
    }

    get end(): number {
        return this.lastNonHiddenNode?.end ?? 0;
    }

    /** From the start of the first child that is not hidden to the end of the last (as Langium's composite node). */
    get range(): Range {
        const first = this.firstNonHiddenNode;
        const last = this.lastNonHiddenNode;
        if (!first || !last) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        const firstRange = first.range;
        const lastRange = first === last ? firstRange : last.range;
        return { start: firstRange.start, end: lastRange.end.line < firstRange.start.line ? firstRange.start : lastRange.end };
    }

    get root(): RootCstNode {
        return rootOf(this);
    }

    get text(): string {
        return rootOf(this).fullText.substring(this.offset, this.end);
    }

    private get firstNonHiddenNode(): CstNode | undefined {
        const children = this._children;
        if (!Array.isArray(children)) return children;
        for (const child of children) {
            if (!child.hidden) return child;
        }
        return children[0];
    }

    private get lastNonHiddenNode(): CstNode | undefined {
        const children = this._children;
        if (!Array.isArray(children)) return children;
        for (let i = children.length - 1; i >= 0; i--) {
            const child = children[i]!;
            if (!child.hidden) return child;
        }
        return children[children.length - 1];
    }
}
