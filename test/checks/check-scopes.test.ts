import { strict as assert } from 'node:assert';
import { URI, type AstNode } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { describe, it } from 'mocha';
import * as path from 'node:path';
import { builtInChecks } from '../../language/checks/catalogue.js';
import type { CheckContext, NodeCheck } from '../../language/checks/rule.js';
import { createLhcServices } from '../../language/lhc-module.js';
import { documentNodes } from '../../language/model/document-nodes.js';
import { lhcFiles, readUri } from '../lsp/server-harness.js';
import { REPO_ROOT } from '../repo-paths.js';

/** Every node of the London example and of every broken case, linked, with the checks' view of the workspace. */
async function exampleNodes(): Promise<{ nodes: AstNode[]; facts: CheckContext['facts']; evidence: CheckContext['evidence'] }> {
    const { shared, Lhc } = createLhcServices({ ...NodeFileSystem });
    Lhc.lhc.Settings.asOf = '2019-06-01';
    const uris = [...lhcFiles(path.join(REPO_ROOT, 'examples', 'london')), ...lhcFiles(path.join(REPO_ROOT, 'examples', 'broken'))];
    const documents = uris.map((uri) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(readUri(uri), URI.parse(uri));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, {});
    return { nodes: documents.flatMap((document) => [...documentNodes(document).nodes]), facts: Lhc.lhc.Facts.get(), evidence: Lhc.lhc.Evidence };
}

describe('check scopes: every check declares what its findings depend on, and keeps to it', () => {
    it('declares each check document- or workspace-scoped', () => {
        for (const check of builtInChecks) assert.ok(check.scope === 'document' || check.scope === 'workspace', check.id);
    });

    it('a document-scoped check never reads the workspace\'s facts, nor the date (the workspace\'s, when its file has no `as of`); a workspace-scoped one reads the facts', async function () {
        this.timeout(60_000);
        const { nodes, facts, evidence } = await exampleNodes();
        for (const check of builtInChecks) {
            let readFacts = false;
            const context: CheckContext = {
                // Past every deadline, so the target checks look at the evidence. A file without its own `as of` is
                // judged at the workspace's date, which any file can change: the language server re-checks only the
                // workspace-scoped checks of files an edit did not touch, so a check that reads the date is one.
                get asOf() {
                    if (check.scope === 'document') throw new Error(`${check.id} is declared document-scoped but read the date it is judged at`);
                    return '2030-01-01';
                },
                staleAfterDays: 400,
                evidence,
                get facts() {
                    readFacts = true;
                    if (check.scope === 'document') throw new Error(`${check.id} is declared document-scoped but read the workspace's facts`);
                    return facts;
                },
                report: () => undefined
            };
            for (const node of nodes) {
                const nodeCheck = (check.checks as Record<string, NodeCheck<AstNode> | undefined>)[node.$type];
                nodeCheck?.(node, context);
            }
            if (check.scope === 'workspace') assert.ok(readFacts, `${check.id} is declared workspace-scoped but never read the workspace's facts`);
        }
    });
});
