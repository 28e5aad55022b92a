import * as assert from 'node:assert/strict';
import { createToken, Lexer } from 'chevrotain';
import * as fc from 'fast-check';
import { CstNodeBuilder, createLangiumParser, EmptyFileSystem, isCompositeCstNode, type AstNode, type CompositeCstNode, type CstNode, type LeafCstNode, type ParseResult } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, it } from 'mocha';
import { generateDeal } from '../../bench/generate.js';
import type { Document } from '../../language/generated/ast.js';
import { createLhcServices } from '../../language/lhc-module.js';
import { CompactCompositeCstNode } from '../../language/parsing/compact-composite.js';
import { CompactCstNodeBuilder } from '../../language/parsing/compact-cst.js';
import { CompactLeafCstNode, CompactRootCstNode } from '../../language/parsing/compact-leaf.js';
import { LeafKinds } from '../../language/parsing/leaf-kinds.js';
import { computeLineStarts, lineOfOffset } from '../../language/parsing/line-starts.js';
import { createTestServices } from '../helpers.js';
import { snapshot } from './tree-snapshot.js';

// The compact syntax tree must be indistinguishable from Langium's own, node for node.
describe('compact syntax tree', () => {
    const { services } = createTestServices();
    const ours = services.parser.LangiumParser;
    const stock = createLangiumParser(services);
    const deal = generateDeal(1, 42, false);

    // Pieces that stress positions: every kind of line break, tokens spanning lines, a break right after a token,
    // characters the lexer rejects, an unclosed string, characters outside the BMP, condition operators (actions).
    const piece = fc.constantFrom(
        '\n', '\r\n', '\r', ' ', '\t', '\n\n', '/* a\nb */', '/* x\r\ny\r\n */', '/*\r*/', '// note', '// note\r\n', '"multi\nline"',
        '"a\r\nb"', '"cr\ronly"', '"😀 £"', '"', '{', '}', '(', ')', '[', ']', ',', ':', '.', '£12m', '£1,000', '2019-01-01', '12%',
        '2019/20', 'x', 'Camden', 'area', 'and', 'or', 'not', 'implies', '=', '>=', '+', '*', 'of', '#', '@', 'é', 'condition'
    );
    const soup = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(''));
    const edited = fc.record({
        edits: fc.array(fc.tuple(fc.nat(), piece), { maxLength: 8 }),
        lineBreak: fc.constantFrom('\n', '\r\n', '\r'),
        trailingBreak: fc.boolean()
    }).map(({ edits, lineBreak, trailingBreak }) => {
        let text = deal.replace(/\n/g, lineBreak);
        if (!trailingBreak) text = text.replace(/[\r\n]+$/, '');
        for (const [position, inserted] of edits) {
            const at = position % (text.length + 1);
            text = text.slice(0, at) + inserted + text.slice(at);
        }
        return text;
    });

    it('gives every node the offset, end, range, text and the rest that Langium\'s builder gives (property)', function () {
        this.timeout(120_000);
        fc.assert(fc.property(fc.oneof(soup, edited), (text) => {
            const expected = stock.parse<Document>(text);
            const actual = ours.parse<Document>(text);
            assert.deepEqual(snapshot(actual), snapshot(expected));
            assert.deepEqual(errors(actual), errors(expected));
            compareInStep(actual.value.$cstNode!, expected.value.$cstNode!, new Map(), 'root');
        }), { numRuns: 300, seed: 20261201 });
    });

    it('is what the parser of the project\'s services builds, leaves without lines and columns', async () => {
        const parser = createLhcServices(EmptyFileSystem).Lhc.parser.LangiumParser;
        assert.ok((parser as unknown as { nodeBuilder: unknown }).nodeBuilder instanceof CompactCstNodeBuilder);
        const document = await parseHelper<Document>(services)(`${deal}\n/* a\r\ncomment */\n`);
        for (const root of [parser.parse<Document>(deal).value.$cstNode!, document.parseResult.value.$cstNode!]) {
            assert.ok(root instanceof CompactRootCstNode);
            let leaves = 0;
            let lone = 0;
            walk(root, (node) => {
                if (node === root) return;
                if (isCompositeCstNode(node)) {
                    assert.ok(node instanceof CompactCompositeCstNode);
                    // A lone child is kept without an array, and there is no range cache.
                    assert.deepEqual(Object.keys(node), ['container', 'grammarSource', '_children', '_astNode']);
                    if (node.content.length === 1) {
                        lone++;
                        assert.ok(!Array.isArray((node as unknown as { _children: unknown })._children));
                    }
                } else {
                    leaves++;
                    assert.ok(node instanceof CompactLeafCstNode);
                    assert.deepEqual(Object.keys(node), ['container', '_kind', '_offset']);
                }
            });
            assert.ok(leaves > 500 && lone > 200, `${leaves} leaves, ${lone} with one child`);
        }
    });

    it('gives tokens that end in one or several line breaks the range Langium gives them (property)', () => {
        // No token of the language ends in a line break; these do, as tokens of other grammars can.
        const lexer = new Lexer([
            createToken({ name: 'Line', pattern: /[a-z]*(\r\n|\r|\n)/, line_breaks: true }),
            createToken({ name: 'Block', pattern: /<[^>]*>(\r\n|\r|\n)*/, line_breaks: true }),
            createToken({ name: 'Word', pattern: /[a-z]+/ }),
            createToken({ name: 'Space', pattern: /[ \t]+/ })
        ], { positionTracking: 'full' });
        const feature = { $type: 'Keyword' } as never;
        const text = fc.array(fc.constantFrom('a', 'bc', ' ', '\t', '\n', '\r\n', '\r', '<', '>', '<x\ny>'), { maxLength: 40 }).map((parts) => parts.join(''));
        fc.assert(fc.property(text, (input) => {
            const tokens = lexer.tokenize(input).tokens;
            const leaves = [new CstNodeBuilder(), new CompactCstNodeBuilder()].map((builder) => {
                builder.buildRootNode(input);
                return tokens.map((token, index) => builder.buildLeafNode(token, index % 3 === 0 ? undefined : feature));
            });
            const picture = (leaf: LeafCstNode): unknown => [leaf.offset, leaf.length, leaf.end, leaf.range, leaf.text, leaf.hidden, leaf.tokenType, leaf.grammarSource];
            assert.deepEqual(leaves[1]!.map(picture), leaves[0]!.map(picture));
        }), { numRuns: 500, seed: 20261201 });
    });

    it('keeps one kind object per token type, grammar element, hidden flag and length, up to a bound', () => {
        const kinds = new LeafKinds();
        const tokenType = { name: 'ID' } as never;
        const first = kinds.get(tokenType, undefined, true, 4);
        assert.equal(kinds.get(tokenType, undefined, true, 4), first);
        assert.notEqual(kinds.get(tokenType, undefined, false, 4), first);
        assert.notEqual(kinds.get(tokenType, undefined, true, 5), first);
        for (let length = 0; length < 40_000; length++) kinds.get(tokenType, undefined, false, length);
        assert.ok(kinds.size <= 1 << 15, `${kinds.size} kinds remembered`);
        const again = kinds.get(tokenType, undefined, true, 4);
        assert.deepEqual([again.tokenType, again.grammarSource, again.hidden, again.length], [tokenType, undefined, true, 4]);
    });

    it('finds lines as the lexer counts them: \\r\\n, \\n and a lone \\r', () => {
        const text = 'ab\r\ncd\ref\n\ngh';
        const starts = computeLineStarts(text);
        assert.deepEqual([...starts], [0, 4, 7, 10, 11]);
        assert.deepEqual([...text].map((_, offset) => lineOfOffset(starts, offset)), [0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 4, 4]);
        assert.equal(lineOfOffset(starts, text.length), 4);
        assert.equal(lineOfOffset(starts, 8, 2), 2);
        assert.deepEqual([...computeLineStarts('')], [0]);
    });
});

/** Lexer and parser errors as plain data. */
function errors(result: ParseResult<Document>): unknown {
    return {
        lexer: result.lexerErrors,
        parser: result.parserErrors.map((error) => [error.name, error.message, error.token.startOffset, error.token.image])
    };
}

/**
 * Walks two trees together and checks what the snapshots do not: the same grammar elements and token types (by
 * identity), containers pointing at the parent, and nodes of the same AST node in both (`astNodes` pairs them).
 */
function compareInStep(actual: CstNode, expected: CstNode, astNodes: Map<AstNode, AstNode>, path: string): void {
    assert.equal(actual.grammarSource, expected.grammarSource, path);
    assert.equal(actual.hidden, expected.hidden, path);
    assert.equal(isCompositeCstNode(actual), isCompositeCstNode(expected), path);
    const actualAst = astNodeOf(actual);
    const expectedAst = astNodeOf(expected);
    assert.equal(actualAst === undefined, expectedAst === undefined, path);
    if (actualAst && expectedAst) {
        assert.equal(actualAst.$type, expectedAst.$type, path);
        const paired = astNodes.get(actualAst);
        if (paired) assert.equal(paired, expectedAst, path);
        else astNodes.set(actualAst, expectedAst);
    }
    if (!isCompositeCstNode(actual)) {
        assert.equal((actual as LeafCstNode).tokenType, (expected as LeafCstNode).tokenType, path);
        return;
    }
    const children = actual.content;
    const expectedChildren = (expected as CompositeCstNode).content;
    assert.equal(children.length, expectedChildren.length, path);
    children.forEach((child, index) => {
        assert.equal(child.container, actual, `${path}/${index}`);
        assert.equal(child.root, actual.root, `${path}/${index}`);
        compareInStep(child, expectedChildren[index]!, astNodes, `${path}/${index}`);
    });
}

function astNodeOf(node: CstNode): AstNode | undefined {
    try {
        return node.astNode;
    } catch {
        return undefined;
    }
}

function walk(node: CstNode, visit: (node: CstNode) => void): void {
    visit(node);
    if (isCompositeCstNode(node)) for (const child of node.content) walk(child, visit);
}
