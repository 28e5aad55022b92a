import type { AstNode } from 'langium';
import { isVariable } from '../generated/ast.js';
import { qualifiedNameOf } from '../linking/lhc-naming.js';
import { isComplete } from '../model/complete-nodes.js';
import { documentNodes } from '../model/document-nodes.js';
import { declarationsNamed } from '../model/facts.js';
import { defineCheck } from './rule.js';

export const duplicateName = defineCheck({
    id: 'duplicate-name',
    severity: 'error',
    category: 'naming',
    scope: 'workspace',
    description: 'Each declaration must have a name no other declaration in the workspace uses.',
    rationale: 'References are by name: with two declarations of one name, a reference could mean either (it is ambiguous).',
    checks: {
        Document: (document, context) => {
            for (const node of documentNodes(document).nodes) {
                if (node === document) continue;
                const name = (node as { name?: unknown }).name;
                if (typeof name !== 'string' || isVariable(node) || !isComplete(node)) continue;
                const same = declarationsNamed(context.facts, qualifiedNameOf(node as AstNode & { name: string }));
                if (same.length < 2) continue;
                const others = same.filter((other) => other !== node);
                context.report(node as AstNode & { name: string }, `'${name}' is declared ${same.length} times; names must be unique across the workspace.`, {
                    property: 'name',
                    related: others.map((other) => ({ node: other, message: `'${name}' is also declared here.` }))
                });
            }
        }
    }
});
