import type { AstNode, LangiumDocument } from 'langium';
import { isTestCase, reflection } from '../generated/ast.js';
import { findSuppressions } from '../conditions/suppressions.js';
import { isComplete } from '../model/complete-nodes.js';
import { documentNodes } from '../model/document-nodes.js';
import { isTestDocument } from '../scenarios/test-files.js';
import { builtInChecks } from './catalogue.js';
import type { BuiltInCheck } from './rule.js';
import { suppressionIncomplete } from './suppression-incomplete.js';
import { suppressionUnused } from './suppression-unused.js';
import { syntaxError } from './syntax-error.js';
import { unresolvedReference } from './unresolved-reference.js';

/**
 * Whether a built-in rule had anything to judge: the one answer the validator, the summary's counts and its
 * traceability share. A check judges a node when it checks nodes of that type (or a supertype) and the node is
 * whole (`isComplete`: a node the parser recovered without its required parts is a syntax error, judged once
 * written). The validator runs a check on exactly those nodes, so a rule none of whose nodes exist in a workspace
 * — `pooled-budget-total` in one without pooled budgets — judged nothing and neither passed nor failed.
 */
export function checkJudges(check: BuiltInCheck, node: AstNode): boolean {
    return judgeable(node) && Object.keys(check.checks).some((type) => reflection.isInstance(node, type));
}

/** Whether checks judge this node at all (the validator's own guard, called for every check it runs). */
export function judgeable(node: AstNode): boolean {
    return isComplete(node);
}

/** The ids of the given rules (those in force) that judge this node: the built-in checks that ran on it. */
export function rulesJudging(node: AstNode, inForce: ReadonlySet<string>): string[] {
    return builtInChecks.filter((check) => inForce.has(check.id) && checkJudges(check, node)).map((check) => check.id);
}

/**
 * Of the rules in force, those that had something to judge in these documents (scenario tests left out, as the
 * check leaves them): a check with a node it judges; `syntax-error` with any file (every file is parsed);
 * `unresolved-reference` with any cross-reference; `suppression-incomplete` and `suppression-unused` with any `lhc-ignore` comment.
 */
export function rulesWithSomethingToJudge(documents: Iterable<LangiumDocument>, inForce: readonly string[]): string[] {
    const wanted = new Set(inForce);
    const judged = new Set<string>();
    const checks = builtInChecks.filter((check) => wanted.has(check.id));
    const byType = new Map<string, readonly BuiltInCheck[]>();
    for (const document of documents) {
        if (isTestDocument(document)) continue;
        judged.add(syntaxError.id);
        const { nodes, references } = documentNodes(document);
        if (references.length > 0) judged.add(unresolvedReference.id);
        if (findSuppressions(document.textDocument.getText()).length > 0) judged.add(suppressionIncomplete.id).add(suppressionUnused.id);
        for (const node of nodes) {
            if (isTestCase(node.$container)) continue;
            let candidates = byType.get(node.$type);
            if (!candidates) {
                candidates = checks.filter((check) => Object.keys(check.checks).some((type) => reflection.isSubtype(node.$type, type)));
                byType.set(node.$type, candidates);
            }
            if (candidates.length === 0 || !candidates.some((check) => !judged.has(check.id)) || !judgeable(node)) continue;
            for (const check of candidates) judged.add(check.id);
        }
    }
    return inForce.filter((id) => judged.has(id));
}
