import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import * as ast from '../generated/ast.js';
import { factIndexOf, type FactIndex } from '../model/facts.js';
import { isTestDocument } from './test-files.js';

/**
 * What a `self-contained` test keeps of the workspace: the vocabulary its facts are written in (places,
 * parties, powers, topics, agreements and their clauses) and the conditions under test. Everything else —
 * sales, budgets, teams, pilots, delegations, targets, waivers, and kinds added later — is the test's own.
 */
const VOCABULARY = new Set<string>([
    ast.Agreement.$type, ast.Clause.$type, ast.Area.$type, ast.Organisation.$type, ast.Board.$type, ast.Power.$type,
    ast.Topic.$type, ast.Condition.$type
]);

/** The facts one test runs against, and every node they hold (built-in checks visit them all). */
export interface ScenarioUniverse {
    facts: FactIndex;
    nodes: AstNode[];
}

/**
 * The workspace as one test sees it: the workspace's facts, less those the test replaces (a fact of the same
 * kind and name) or, when self-contained, less every fact that is not vocabulary; plus the test's own facts.
 * Built fresh for every test, so nothing one test declares is seen by another or by the workspace.
 */
export function scenarioUniverse(test: ast.TestCase, documents: Iterable<LangiumDocument>): ScenarioUniverse {
    const replaced = new Map<string, AstNode>();
    for (const fact of test.facts) {
        const name = (fact as { name?: unknown }).name;
        if (typeof name === 'string') replaced.set(`${fact.$type} ${name}`, fact);
    }
    const nodes: AstNode[] = [];
    const overrides = new Map<AstNode, AstNode>();
    for (const document of documents) {
        if (isTestDocument(document)) continue;
        const iterator = AstUtils.streamAst(document.parseResult.value).iterator();
        for (let next = iterator.next(); !next.done; next = iterator.next()) {
            const node = next.value;
            if (ast.isDocument(node)) continue;
            const name = (node as { name?: unknown }).name;
            const replacement = typeof name === 'string' ? replaced.get(`${node.$type} ${name}`) : undefined;
            if (replacement || (test.selfContained && isDeclaration(node) && !VOCABULARY.has(node.$type))) {
                if (replacement) overrides.set(node, replacement);
                iterator.prune();
                continue;
            }
            nodes.push(node);
        }
    }
    for (const fact of test.facts) nodes.push(...AstUtils.streamAst(fact));
    return { facts: { ...factIndexOf(nodes), overrides }, nodes };
}

/** A declaration at top level or among an agreement's members: the unit a test adds, replaces or leaves out. */
function isDeclaration(node: AstNode): boolean {
    return ast.isDocument(node.$container) || ast.isAgreement(node.$container);
}
