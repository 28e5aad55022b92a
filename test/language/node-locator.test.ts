import * as assert from 'node:assert/strict';
import { AstUtils, DefaultAstNodeLocator } from 'langium';
import { describe, it } from 'mocha';
import { generateDeal } from '../../bench/generate.js';
import type { Document } from '../../language/generated/ast.js';
import { LhcAstNodeLocator } from '../../language/linking/lhc-node-locator.js';
import { createTestServices } from '../helpers.js';

describe('AST node paths', () => {
    const { services, parse } = createTestServices();

    it('are Langium\'s paths for every node of a document, and lead back to the node', async () => {
        const locator = services.workspace.AstNodeLocator;
        assert.ok(locator instanceof LhcAstNodeLocator);
        const langium = new DefaultAstNodeLocator();
        const document = await parse(generateDeal(1, 42, false));
        const root = document.parseResult.value as Document;
        let nodes = 0;
        for (const node of AstUtils.streamAst(root)) {
            const path = locator.getAstNodePath(node);
            assert.equal(path, langium.getAstNodePath(node));
            assert.equal(locator.getAstNode(root, path), node);
            nodes++;
        }
        assert.equal(locator.getAstNodePath(root), '');
        assert.ok(nodes > 100, `${nodes} nodes`);
    });
});
