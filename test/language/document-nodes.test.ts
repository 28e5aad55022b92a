import * as assert from 'node:assert/strict';
import { AstUtils, type AstNode } from 'langium';
import { describe, it } from 'mocha';
import { generateCore, generateDeal } from '../../bench/generate.js';
import type { Document } from '../../language/generated/ast.js';
import { reparseIncrementally } from '../../language/parsing/lhc-incremental-parse.js';
import { documentNodes } from '../../language/model/document-nodes.js';
import { createTestServices } from '../helpers.js';

// The cached node and reference lists replace Langium's streams in scoping, linking and validation,
// so they must list exactly what the streams do, in the same order.
describe('cached document nodes', () => {
    const { services } = createTestServices();
    const parser = services.parser.LangiumParser;

    function expected(root: AstNode): { nodes: AstNode[]; references: [unknown, AstNode, string, number | undefined][] } {
        const nodes = AstUtils.streamAst(root).toArray();
        const references = nodes.flatMap((node) => AstUtils.streamReferences(node).toArray()
            .map((info) => [info.reference, info.container, info.property, info.index] as [unknown, AstNode, string, number | undefined]));
        return { nodes, references };
    }

    function actual(root: AstNode): { nodes: AstNode[]; references: [unknown, AstNode, string, number | undefined][] } {
        const cached = documentNodes(root);
        return { nodes: [...cached.nodes], references: cached.references.map((info) => [info.reference, info.container, info.property, info.index]) };
    }

    it('lists every node and reference in the order of AstUtils.streamAst and streamReferences', () => {
        const root = parser.parse<Document>(`${generateCore()}\n${generateDeal(3, 42, false)}`).value;
        const want = expected(root);
        assert.ok(want.references.length > 100);
        assert.deepEqual(actual(root).nodes.map((node) => node.$type), want.nodes.map((node) => node.$type));
        assert.ok(actual(root).nodes.every((node, index) => node === want.nodes[index]));
        assert.ok(actual(root).references.every((info, index) => info.every((part, at) => part === want.references[index]![at])));
        assert.equal(actual(root).references.length, want.references.length);
    });

    it('stays exact after an incremental re-parse reuses the unchanged declarations', () => {
        const text = `${generateCore()}\n${generateDeal(3, 42, false)}`;
        const previous = parser.parse<Document>(text);
        documentNodes(previous.value);
        const at = text.indexOf('"Children are a healthy weight') + 1;
        const spliced = reparseIncrementally(previous, `${text.slice(0, at)}Most ${text.slice(at)}`, parser);
        assert.ok(spliced);
        const want = expected(spliced.value);
        const got = actual(spliced.value);
        assert.equal(got.nodes.length, want.nodes.length);
        assert.ok(got.nodes.every((node, index) => node === want.nodes[index]));
        assert.equal(got.references.length, want.references.length);
        assert.ok(got.references.every((info, index) => info.every((part, position) => part === want.references[index]![position])));
    });
});
