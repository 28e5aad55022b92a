import type { AstNode } from 'langium';
import { isVariable } from '../generated/ast.js';
import { qualifiedNameOf } from '../linking/lhc-naming.js';
import { isComplete } from '../model/complete-nodes.js';
import { documentNodes } from '../model/document-nodes.js';
import { defineCheck } from './rule.js';

/** Names declared more than once, keyed by the workspace's fact index so each name is looked up once. */
const duplicatesByIndex = new WeakMap<object, Map<string, AstNode[]>>();

export const duplicateName = defineCheck({
    id: 'duplicate-name',
    severity: 'error',
    category: 'naming',
    scope: 'workspace',
    description: 'Each declaration must have a name no other declaration in the workspace uses.',
    rationale: 'References are by name: with two declarations of one name, a reference could mean either (it is ambiguous).',
    checks: {
        Document: (document, context) => {
            let byName = duplicatesByIndex.get(context.facts);
            if (!byName) {
                byName = new Map();
                for (const node of allNamedFacts(context.facts)) {
                    const name = qualifiedNameOf(node);
                    const list = byName.get(name) ?? [];
                    list.push(node);
                    byName.set(name, list);
                }
                duplicatesByIndex.set(context.facts, byName);
            }
            for (const node of documentNodes(document).nodes) {
                if (node === document) continue;
                const name = (node as { name?: unknown }).name;
                if (typeof name !== 'string' || isVariable(node) || !isComplete(node)) continue;
                const same = byName.get(qualifiedNameOf(node as AstNode & { name: string }));
                if (!same || same.length < 2) continue;
                const others = same.filter((other) => other !== node);
                context.report(node as AstNode & { name: string }, `'${name}' is declared ${same.length} times; names must be unique across the workspace.`, {
                    property: 'name',
                    related: others.map((other) => ({ node: other, message: `'${name}' is also declared here.` }))
                });
            }
        }
    }
});

function* allNamedFacts(facts: import('../model/facts.js').FactIndex): Iterable<AstNode & { name: string }> {
    const seen = new Set<AstNode>();
    for (const list of Object.values(facts)) {
        if (!Array.isArray(list)) continue;
        for (const node of list as AstNode[]) {
            const name = (node as { name?: unknown }).name;
            if (typeof name === 'string' && !seen.has(node)) {
                seen.add(node);
                yield node as AstNode & { name: string };
            }
        }
    }
}
