import type { AstNode, CompositeCstNode, CstNode, LangiumParser, ParseResult, RootCstNode } from 'langium';
import type { Declaration, Document } from '../generated/ast.js';
import { CompactLeafCstNode } from './compact-leaf.js';
import { deepRegionsOf } from './depth-guard.js';
import { hasSyntaxErrors } from './syntax-errors.js';

/**
 * Re-parses only the top-level declaration an edit falls in, instead of the whole document.
 *
 * While someone types, almost every change lands inside one declaration. Parsing a 5,000-line document takes
 * longer than all the rest of a rebuild, so the language server re-parses just that declaration's text and
 * splices the result into the previous tree; the declarations after it keep their nodes, with positions shifted.
 *
 * It is only used when it is provably the same as a full parse, and returns `undefined` (parse everything)
 * otherwise: the previous parse had no errors and no text the depth guard kept from the parser (nor has the new
 * declaration's); the change lies strictly inside one declaration, which starts and
 * ends its own lines (so no token or line comment outside it can join with it); the new text of that declaration
 * parses, on its own, into exactly one declaration without errors; and the declaration has no leading or trailing
 * comment (comments before a declaration belong to it, e.g. for hovers). Every top-level declaration starts with
 * a keyword that no declaration can be continued with, so the parser's decisions outside the spliced text do not
 * change. A property test compares it with a full parse on random edits.
 *
 * The tree must be a compact one (`compact-cst.ts`): its leaves keep only offsets, and lines and columns follow
 * from the root's text, so moving a part of the tree is moving its offsets.
 */
export function reparseIncrementally(previous: ParseResult<Document>, newText: string, parser: LangiumParser): ParseResult<Document> | undefined {
    // A tree the depth guard cut text from keeps its stretches by root: a full parse finds them again.
    if (hasSyntaxErrors(previous) || deepRegionsOf(previous.value).length > 0) return undefined;
    const root = previous.value;
    const rootCst = root.$cstNode as (RootCstNode & { _text: string; _rangeCache: unknown }) | undefined;
    if (!rootCst || !Array.isArray(rootCst.content)) return undefined;
    const oldText = rootCst.fullText;
    if (oldText === newText) return undefined;

    // The changed region: [start, oldEnd) in the old text became [start, newEnd) in the new one.
    const shortest = Math.min(oldText.length, newText.length);
    let start = 0;
    // Whole blocks first (string comparison is a memory compare), then character by character.
    while (start + BLOCK <= shortest && oldText.slice(start, start + BLOCK) === newText.slice(start, start + BLOCK)) start += BLOCK;
    while (start < shortest && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
    let suffix = 0;
    while (suffix + BLOCK <= shortest - start && oldText.slice(oldText.length - suffix - BLOCK, oldText.length - suffix) === newText.slice(newText.length - suffix - BLOCK, newText.length - suffix)) suffix += BLOCK;
    while (suffix < shortest - start && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
    const oldEnd = oldText.length - suffix;
    const delta = newText.length - oldText.length;

    const index = root.declarations.findIndex((declaration) => {
        const cst = declaration.$cstNode;
        return cst !== undefined && cst.offset < start && oldEnd < cst.end;
    });
    const old = root.declarations[index];
    if (!old?.$cstNode) return undefined;
    const oldTop = topLevelChild(old.$cstNode, rootCst);
    if (!oldTop || oldTop.offset !== old.$cstNode.offset || oldTop.end !== old.$cstNode.end) return undefined;
    if (firstLeaf(oldTop)?.hidden || lastLeaf(oldTop)?.hidden) return undefined;
    const sliceStart = oldTop.offset;
    const sliceEnd = oldTop.end + delta;
    if (!onlySpacesBefore(newText, sliceStart) || !onlySpacesAfter(newText, sliceEnd)) return undefined;

    // Parse the declaration's new text on its own, then move it to its real position: it starts a line (after
    // spaces only), where the old declaration's first token was.
    if (!(firstLeaf(oldTop) instanceof CompactLeafCstNode)) return undefined;
    const fragment = parser.parse<Document>(newText.slice(sliceStart, sliceEnd));
    if (hasSyntaxErrors(fragment) || deepRegionsOf(fragment.value).length > 0) return undefined;
    if (fragment.value.asOf || fragment.value.declarations.length !== 1) return undefined;
    const replacement = fragment.value.declarations[0] as Declaration;
    const fragmentRoot = fragment.value.$cstNode as CstNode;
    const newTop = replacement.$cstNode && topLevelChild(replacement.$cstNode, fragmentRoot);
    if (!newTop || newTop.offset !== 0 || newTop.end !== sliceEnd - sliceStart) return undefined;
    if (firstLeaf(newTop)?.hidden || lastLeaf(newTop)?.hidden) return undefined;
    if (!(firstLeaf(newTop) instanceof CompactLeafCstNode)) return undefined;
    shift(newTop, sliceStart);

    // Offsets after the change move by the length difference; lines and columns follow from the new text.
    const topIndex = rootCst.content.indexOf(oldTop);
    for (let position = topIndex + 1; position < rootCst.content.length; position++) shift(rootCst.content[position]!, delta);

    // A new root object, so caches keyed by the tree see a new document version; the other declarations move over.
    const newRoot = { ...root, declarations: [...root.declarations] } as Document;
    newRoot.declarations[index] = replacement;
    for (const [position, declaration] of newRoot.declarations.entries()) {
        (declaration as Mutable<AstNode>).$container = newRoot;
        (declaration as Mutable<AstNode>).$containerProperty = 'declarations';
        (declaration as Mutable<AstNode>).$containerIndex = position;
    }
    if (newRoot.asOf) (newRoot.asOf as Mutable<AstNode>).$container = newRoot;
    delete (newRoot as Partial<Mutable<Document>>).$document;
    rootCst.content[topIndex] = newTop;
    (newTop as Mutable<CstNode>).container = rootCst as never;
    // Its leaves read their text from the root they hang under: now the document's.
    rootCst._text = newText;
    rootCst._rangeCache = undefined;
    (rootCst as unknown as { astNode: AstNode }).astNode = newRoot;
    return { value: newRoot, lexerErrors: [], lexerReport: fragment.lexerReport, parserErrors: [] } as ParseResult<Document>;
}

const BLOCK = 4096;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Moves a subtree of compact leaves by `delta` characters, and forgets cached ranges (Langium's inner nodes keep one). */
function shift(node: CstNode, delta: number): void {
    if (isComposite(node)) {
        if ('_rangeCache' in node) (node as CompositeCstNode & { _rangeCache?: unknown })._rangeCache = undefined;
        for (const child of node.content) shift(child, delta);
    } else {
        (node as CompactLeafCstNode).moveBy(delta);
    }
}

/** The ancestor of `node` (or `node` itself) that sits directly in `root`'s content. */
function topLevelChild(node: CstNode, root: CstNode): CstNode | undefined {
    let current: CstNode | undefined = node;
    while (current && current.container !== root) current = current.container;
    return current;
}

function isComposite(node: CstNode): node is CompositeCstNode {
    return Array.isArray((node as Partial<CompositeCstNode>).content);
}

function firstLeaf(node: CstNode): CstNode | undefined {
    let current: CstNode | undefined = node;
    while (current && isComposite(current)) current = current.content[0];
    return current;
}

function lastLeaf(node: CstNode): CstNode | undefined {
    let current: CstNode | undefined = node;
    while (current && isComposite(current)) current = current.content[current.content.length - 1];
    return current;
}

function onlySpacesBefore(text: string, offset: number): boolean {
    for (let position = offset - 1; position >= 0; position--) {
        const code = text.charCodeAt(position);
        if (code === 10 || code === 13) return true;
        if (code !== 32 && code !== 9) return false;
    }
    return true;
}

function onlySpacesAfter(text: string, offset: number): boolean {
    for (let position = offset; position < text.length; position++) {
        const code = text.charCodeAt(position);
        if (code === 10 || code === 13) return true;
        if (code !== 32 && code !== 9) return false;
    }
    return true;
}
