import type { AstNode } from 'langium';
import type { FactIndex } from '../model/facts.js';
import { commitmentChanges } from './commitment-changes.js';
import { allFacts, type FactRefs } from './fact-refs.js';
import { dataFileChanges } from './data-change-impact.js';
import type { HalfReadFile } from '../parsing/syntax-errors.js';
import type { ChangeImpact, ComplianceSummary, FactRef, ViolationRef } from './summary-model.js';

export type { ChangeImpact, ViolationRef } from './summary-model.js';

/** A declaration's identity and its text with layout normalised, so re-indenting is not a change. */
export interface DeclarationFingerprint {
    ref: FactRef;
    text: string;
}

const refKey = (ref: FactRef) => `${ref.type}:${ref.id}`;

/** Fingerprints of every named declaration, keyed by kind and qualified name. */
export function declarationFingerprints(facts: FactIndex, refs: FactRefs): DeclarationFingerprint[] {
    return allFacts(facts)
        .filter((node) => typeof (node as AstNode & { name?: unknown }).name === 'string')
        .map((node) => ({ ref: refs.fact(node), text: normalise(node.$cstNode?.text ?? '') }));
}

function normalise(text: string): string {
    return text
        .replace(/\/\*[\s\S]*?\*\//g, ' ')
        .replace(/\/\/[^\n\r]*/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}

/**
 * The violations of `from` that `to` does not have, counted: two identical findings before and one after
 * means one was fixed.
 */
function difference(from: readonly ViolationRef[], to: readonly ViolationRef[]): ViolationRef[] {
    const remaining = new Map<string, number>();
    for (const violation of to) remaining.set(violationKey(violation), (remaining.get(violationKey(violation)) ?? 0) + 1);
    return from.filter((violation) => {
        const key = violationKey(violation);
        const left = remaining.get(key) ?? 0;
        if (left > 0) {
            remaining.set(key, left - 1);
            return false;
        }
        return true;
    });
}

/** Open violations of a summary: unwaived error/warning findings and unwaived condition violations. */
export function openViolations(summary: ComplianceSummary): ViolationRef[] {
    const result: ViolationRef[] = [];
    const keys = new Set<string>();
    for (const finding of summary.findings) {
        if (finding.waived || finding.severity === 'info') continue;
        const violation: ViolationRef = {
            ruleId: finding.ruleId,
            severity: finding.severity,
            message: finding.message,
            ...(finding.subject ? { subject: finding.subject } : {}),
            location: { file: finding.location.file, line: finding.location.line }
        };
        result.push(violation);
        keys.add(violationKey(violation));
    }
    for (const condition of summary.conditions) {
        if (condition.severity === 'info') continue;
        for (const violation of condition.violations) {
            if (violation.waivedBy) continue;
            const ref: ViolationRef = {
                ruleId: condition.id,
                severity: condition.severity,
                message: violation.message,
                subject: violation.subject,
                ...(violation.subject.source ? { location: violation.subject.source } : {})
            };
            // A condition's violation is usually also a finding; count it once.
            if (!keys.has(violationKey(ref))) result.push(ref);
        }
    }
    return result;
}

/** Line numbers move when text is edited above a finding; rule, subject and message identify it. */
function violationKey(violation: ViolationRef): string {
    return `${violation.ruleId}|${violation.subject ? refKey(violation.subject) : violation.location?.file ?? ''}|${violation.message}`;
}

export interface Version {
    summary: ComplianceSummary;
    declarations: readonly DeclarationFingerprint[];
    /** Files of the workspace with syntax errors: the summary is of what could be read of them. */
    halfRead?: readonly HalfReadFile[];
}

/** Compares an earlier version with the current one. */
export function computeChangeImpact(since: string, before: Version, after: Version): ChangeImpact {
    const beforeDeclarations = new Map(before.declarations.map((fingerprint) => [refKey(fingerprint.ref), fingerprint]));
    const afterDeclarations = new Map(after.declarations.map((fingerprint) => [refKey(fingerprint.ref), fingerprint]));
    const added = [...afterDeclarations].filter(([key]) => !beforeDeclarations.has(key)).map(([, fingerprint]) => fingerprint.ref);
    const removed = [...beforeDeclarations].filter(([key]) => !afterDeclarations.has(key)).map(([, fingerprint]) => fingerprint.ref);
    const changed = [...afterDeclarations]
        .filter(([key, fingerprint]) => beforeDeclarations.has(key) && beforeDeclarations.get(key)!.text !== fingerprint.text)
        .map(([, fingerprint]) => fingerprint.ref);

    const [introduced, fixed] = [
        difference(openViolations(after.summary), openViolations(before.summary)),
        difference(openViolations(before.summary), openViolations(after.summary))
    ];

    const beforeTargets = new Map(before.summary.targets.map((target) => [target.id, target]));
    const afterTargets = new Map(after.summary.targets.map((target) => [target.id, target]));
    const targets: ChangeImpact['targets'] = [];
    for (const id of new Set([...beforeTargets.keys(), ...afterTargets.keys()])) {
        const old = beforeTargets.get(id);
        const now = afterTargets.get(id);
        if (old?.status === now?.status && Boolean(old?.stale) === Boolean(now?.stale)) continue;
        const named = (now ?? old)!;
        targets.push({
            id, name: named.name, ...(named.title ? { title: named.title } : {}),
            ...(old ? { before: old.status } : {}), ...(now ? { after: now.status } : {}),
            staleBefore: old?.stale ?? false, staleAfter: now?.stale ?? false
        });
    }

    const beforeConditions = new Map(before.summary.conditions.map((condition) => [condition.id, condition]));
    const afterConditions = new Map(after.summary.conditions.map((condition) => [condition.id, condition]));
    const conditions: ChangeImpact['conditions'] = [];
    for (const id of new Set([...beforeConditions.keys(), ...afterConditions.keys()])) {
        const old = beforeConditions.get(id);
        const now = afterConditions.get(id);
        if (old?.status === now?.status) continue;
        const named = (now ?? old)!;
        conditions.push({
            id, name: named.name, ...(named.title ? { title: named.title } : {}),
            ...(old ? { before: old.status } : {}), ...(now ? { after: now.status } : {})
        });
    }

    return {
        since,
        declarations: { added, removed, changed },
        violations: { introduced, fixed },
        targets,
        conditions,
        dataFiles: dataFileChanges(before.summary, after.summary),
        commitments: commitmentChanges(before.summary, after.summary),
        totals: { before: before.summary.totals, after: after.summary.totals }
    };
}
