import * as assert from 'node:assert/strict';
import { createToken, Lexer, type IToken } from 'chevrotain';
import * as fc from 'fast-check';
import { CstNodeBuilder, isCompositeCstNode, type CompositeCstNode, type CstNode } from 'langium';
import { describe, it } from 'mocha';
import { CompactCompositeCstNode } from '../../language/parsing/compact-composite.js';
import { CompactCstNodeBuilder } from '../../language/parsing/compact-cst.js';

// The parser drives the builder through a handful of calls; whatever order it makes them in, the compact builder
// must build the tree Langium's builder builds. Sequences of calls here go beyond what our grammar produces:
// hidden leaves first or last in a node, nodes that end up empty, actions that re-parent a finished node.
describe('compact CST builder, driven like the parser drives it', () => {
    const lexer = new Lexer([
        createToken({ name: 'Word', pattern: /[a-z]+/ }),
        createToken({ name: 'Comment', pattern: /\/\*[\s\S]*?\*\//, line_breaks: true }),
        createToken({ name: 'Space', pattern: /\s+/, group: Lexer.SKIPPED })
    ], { positionTracking: 'full' });
    const feature = { $type: 'RuleCall' } as never;
    const action = { $type: 'Action' } as never;
    type Step = 'open' | 'leaf' | 'hiddenLeaf' | 'hidden' | 'first' | 'close' | 'action';
    const steps = fc.array(fc.constantFrom<Step>('open', 'open', 'leaf', 'leaf', 'hiddenLeaf', 'hidden', 'first', 'close', 'close', 'action'), { maxLength: 60 });

    it('builds the same tree as Langium\'s builder for any sequence of calls (property)', () => {
        fc.assert(fc.property(steps, fc.boolean(), (program, crlf) => {
            const words = program.map((step, index) => step === 'hidden' || step === 'hiddenLeaf' ? `/* c${index}\n */` : `w${'x'.repeat(index % 4)}`);
            const text = words.join(crlf ? '\r\n' : ' ').replace(/\d/g, 'd');
            const tokens = lexer.tokenize(text).tokens;
            const stock = run(new CstNodeBuilder(), program, tokens, text);
            const compact = run(new CompactCstNodeBuilder(), program, tokens, text);
            assert.deepEqual(compact.pictures, stock.pictures);
            for (const node of compact.closed) {
                if (!(node instanceof CompactCompositeCstNode)) continue;
                // A finished node keeps a lone child without an array, and never an empty array.
                const children = (node as unknown as { _children: unknown })._children;
                assert.ok(!Array.isArray(children) || children.length > 1, `${Array.isArray(children) ? children.length : 'no'} array`);
            }
        }), { numRuns: 500, seed: 20261201 });
    });

    /** Replays `program` on `builder`, a token a step; pictures of the tree and of each finished node, in order. */
    function run(builder: CstNodeBuilder, program: readonly string[], tokens: IToken[], text: string): { pictures: unknown[]; closed: CstNode[] } {
        const root = builder.buildRootNode(text);
        const items: Array<{ $type: string; $cstNode: CstNode }> = [];
        const closed: CstNode[] = [];
        let next = 0;
        for (const step of program) {
            const token = tokens[next++];
            if (!token) break;
            if (step === 'open') {
                builder.buildCompositeNode(feature);
                items.push({ $type: 'Node', $cstNode: undefined as never });
            } else if (step === 'leaf') {
                builder.buildLeafNode(token, feature);
            } else if (step === 'hiddenLeaf') {
                builder.buildLeafNode(token);
            } else if (step === 'hidden') {
                builder.addHiddenNodes([token]);
            } else if (step === 'first') {
                // Not a call the parser makes on an inner node, but the builder offers it: a leaf moved to the front.
                const leaf = builder.buildLeafNode(token, feature);
                builder.removeNode(leaf);
                builder.insertChildren(builder.current, 0, [leaf]);
            } else if (items.length > 0) {
                const item = items.pop()!;
                builder.construct(item);
                closed.push(item.$cstNode);
                if (step === 'action') {
                    // What the parser does for `{infer X.left=current}`: the finished node moves into a new one.
                    builder.removeNode(item.$cstNode);
                    const node = builder.buildCompositeNode(action);
                    builder.appendChild(node, item.$cstNode);
                    items.push({ $type: 'Node', $cstNode: undefined as never });
                }
            }
        }
        return { pictures: [picture(root), ...closed.map(picture)], closed };
    }
});

/** A node and everything under it as plain data, with each child's container checked. */
function picture(node: CstNode): unknown {
    const own = [node.offset, node.length, node.end, node.range, node.hidden, node.grammarSource];
    if (!isCompositeCstNode(node)) return [...own, node.text];
    const content = (node as CompositeCstNode).content;
    return [...own, content.map((child) => [child.container === node, picture(child)])];
}
