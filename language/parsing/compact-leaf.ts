import type { TokenType } from 'chevrotain';
import { RootCstNodeImpl, type AstNode, type CompositeCstNode, type CstNode, type GrammarAST, type LeafCstNode, type RootCstNode } from 'langium';
import type { Range } from 'vscode-languageserver';
import type { LeafKind } from './leaf-kinds.js';
import { computeLineStarts, lineOfOffset } from './line-starts.js';

/**
 * A leaf of the tree: one token of the text. Every `CstNode` and `LeafCstNode` property is there, with the values
 * Langium's `LeafCstNodeImpl` would have (positions 0-based, end exclusive, as in the LSP).
 */
export class CompactLeafCstNode implements LeafCstNode {
    /** Set by the builder when the leaf is added to its parent. */
    container: CompositeCstNode | undefined = undefined;
    private _kind: LeafKind;
    private _offset: number;

    /** `offset` in UTF-16 code units from the start of the text; `kind` from `LeafKinds.get`. */
    constructor(offset: number, kind: LeafKind) {
        this._kind = kind;
        // A small integer field (Smi) instead of a boxed number: Chevrotain's offsets may be stored as doubles.
        // eslint-disable-next-line no-bitwise
        this._offset = offset | 0;
    }

    get offset(): number {
        return this._offset;
    }

    /**
     * Moves the leaf by `delta` characters (UTF-16 code units). Only for splicing a re-parsed part of a tree into
     * another (`lhc-incremental-parse.ts`): its lines and columns follow from the offset and the root's text.
     */
    moveBy(delta: number): void {
        // eslint-disable-next-line no-bitwise
        this._offset = (this._offset + delta) | 0;
    }

    get length(): number {
        return this._kind.length;
    }

    get end(): number {
        return this._offset + this._kind.length;
    }

    get hidden(): boolean {
        return this._kind.hidden;
    }

    get tokenType(): TokenType {
        return this._kind.tokenType;
    }

    get grammarSource(): GrammarAST.AbstractElement | undefined {
        return this._kind.grammarSource;
    }

    get astNode(): AstNode {
        const container = this.container;
        if (!container) throw new Error('This node has no associated AST element');
        return container.astNode;
    }

    get root(): RootCstNode {
        return rootOf(this);
    }

    get text(): string {
        return rootOf(this).fullText.substring(this._offset, this.end);
    }

    /**
     * Lines and characters (0-based, end exclusive) as Langium's leaf reports them, which takes Chevrotain's: the
     * end of a token is where its last character ends, except that a token ending in a line break ends on the line
     * of that break (after it, on that line, when it is the token's only break; at character 1 otherwise).
     *
     * This agrees with the lexer as long as no token ends between the `\r` and `\n` of a line break (the lexer
     * would count two breaks there, the table one). No token of ours can: only whitespace ends in a line break, and
     * the whitespace token takes a whole run of whitespace.
     */
    get range(): Range {
        const root = rootOf(this);
        const text = root.fullText;
        if (typeof text !== 'string') throw new Error('This node is not part of a syntax tree');
        const starts = lineStartsOf(root);
        const offset = this._offset;
        const length = this._kind.length;
        const end = offset + length;
        const startLine = lineOfOffset(starts, offset);
        const startCharacter = offset - starts[startLine]!;
        const last = length > 0 ? text.charCodeAt(end - 1) : 0;
        let endLine: number;
        let endCharacter: number;
        if (last !== 10 && last !== 13) {
            endLine = lineOfOffset(starts, end, startLine);
            endCharacter = end - starts[endLine]!;
        } else {
            const breaks = lineOfOffset(starts, end, startLine) - startLine;
            endLine = breaks <= 1 ? startLine : startLine + breaks - 1;
            endCharacter = breaks <= 1 ? startCharacter + length : 1;
        }
        return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
    }
}

/** The root of a compact tree: Langium's root, plus the table of line starts its leaves' ranges are read from. */
export class CompactRootCstNode extends RootCstNodeImpl {
    /** Made on first use, and forgotten whenever the text is replaced (the `_text` accessor below). */
    private _lineStarts: Uint32Array | undefined;
    /** Where Langium's `_text` field is kept: `_text` is an accessor on this class. */
    declare private _source: string;

    /** Where each line of the full text starts (see `computeLineStarts`), made on first use. */
    get lineStarts(): Uint32Array {
        return this._lineStarts ??= computeLineStarts(this.fullText);
    }
}

// Langium's root keeps its text in `_text`, which the depth guard and the incremental re-parse replace: every
// replacement must drop the table of line starts. (An accessor on the prototype; TypeScript does not let a class
// turn an inherited field into one.)
Object.defineProperty(CompactRootCstNode.prototype, '_text', {
    get(this: { _source: string }): string {
        return this._source;
    },
    set(this: { _source: string; _lineStarts: Uint32Array | undefined }, text: string) {
        this._source = text;
        this._lineStarts = undefined;
    }
});

/** The node at the top of `node`'s containers (`node` itself when it has none), as Langium's `CstNode.root`. */
export function rootOf(node: CstNode): RootCstNode {
    let current = node;
    while (current.container) current = current.container;
    return current as RootCstNode;
}

/** Tables for roots that are not compact ones (a compact leaf moved under another root), by root. */
const otherRoots = new WeakMap<RootCstNode, { text: string; starts: Uint32Array }>();

function lineStartsOf(root: RootCstNode): Uint32Array {
    if (root instanceof CompactRootCstNode) return root.lineStarts;
    let entry = otherRoots.get(root);
    if (entry?.text !== root.fullText) {
        entry = { text: root.fullText, starts: computeLineStarts(root.fullText) };
        otherRoots.set(root, entry);
    }
    return entry.starts;
}
