import type { AstNode } from 'langium';
import { isVariable } from '../generated/ast.js';
import { qualifiedNameOf } from '../linking/lhc-naming.js';
import { isComplete } from '../model/complete-nodes.js';
import { BuildCache } from '../model/build-cache.js';
import { documentNodes } from '../model/document-nodes.js';
import { namedDeclarations, type FactIndex } from '../model/facts.js';
import { defineCheck } from './rule.js';

/** Names declared more than once, keyed by the workspace's fact index so each name is looked up once. */
const duplicatesByIndex = new BuildCache<FactIndex, [], Map<string, AstNode[]>>();

export const duplicateName = defineCheck({
    id: 'duplicate-name',
    severity: 'error',
    category: 'naming',
    scope: 'workspace',
    description: 'Each declaration must have a name no other declaration in the workspace uses.',
    rationale: 'References are by name: with two declarations of one name, a reference could mean either (it is ambiguous).',
    checks: {
        Document: (document, context) => {
            const byName = duplicatesByIndex.get(context.facts, [], () => {
                const map = new Map<string, AstNode[]>();
                for (const node of namedDeclarations(context.facts)) {
                    const name = qualifiedNameOf(node);
                    const list = map.get(name) ?? [];
                    list.push(node);
                    map.set(name, list);
                }
                return map;
            });
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
