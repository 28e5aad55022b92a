import { literalValueKind, targetValueKind } from '../model/target-values.js';
import * as ast from '../generated/ast.js';
import type { CheckReport, Finding } from '../engine/results.js';
import { agreementOf } from '../model/agreements.js';
import { succeededActs } from '../model/acting-parties.js';
import { compareDates, isInForce, type IsoDate } from '../model/dates.js';
import type { FactIndex } from '../model/facts.js';
import { DEFAULT_STALE_AFTER_DAYS, targetProgress } from '../model/targets.js';
import { conditionStatusOf, type ConditionOutcomeLike } from './condition-outcome.js';
import {
    SUMMARY_VERSION, type AgreementSummary, type ComplianceSummary, type ConditionSummary, type DelegationStatus,
    type DelegationSummary, type FindingSummary, type PilotStatus, type PilotSummary, type PowerSummary,
    type SummaryTotals, type TargetSummary, type WaiverRef
} from './summary-model.js';
import { FactRefs, uniqueRefs } from './fact-refs.js';
import { buildTraceability } from './traceability.js';
import { targetEvidenceFields } from './evidence-summary.js';
import type { EvidenceAccess } from '../datasets/target-evidence.js';
import { typedEvidence, type EvidencePoint } from '../model/evidence.js';
import { delegationHeldBy, summariseHeadline } from './headline-facts.js';
import { summariseCommitments } from './commitment-summary.js';
import { compareFindings } from './row-findings.js';
import { judgeSummary } from './verdict.js';
import { VERDICT_CONCERNS } from './verdict-concerns.js';

export interface SummaryInput {
    facts: FactIndex;
    /** The findings of the same build (built-in checks, syntax, conditions). */
    report: CheckReport;
    /** Ids of the built-in rules the check applied (`builtInRulesInForce`). */
    rulesInForce: readonly string[];
    /**
     * Of those, the ids of the rules that had something to judge (`rulesWithSomethingToJudge`): only these are
     * counted as passing or failing; the others have nothing to judge.
     */
    rulesJudged: readonly string[];
    /** Every condition of the workspace, evaluated as of the same date. */
    conditions: readonly ConditionOutcomeLike[];
    asOf: IsoDate;
    staleAfterDays?: number;
    /** Paths in the summary are relative to this folder. */
    root: string;
    /** Each target's evidence, typed and from datasets; typed measurements only when absent. */
    evidence?: Pick<EvidenceAccess, 'forTarget'>;
}

/** Computes the compliance summary; pure: the same input gives the same summary. */
export function buildSummary(input: SummaryInput): ComplianceSummary {
    const refs = new FactRefs(input.root);
    const staleAfterDays = input.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS;
    const { facts, asOf } = input;
    const agreements = facts.agreements.map((agreement) => summariseAgreement(agreement, facts, refs));
    const powers: PowerSummary[] = facts.powers.map((power) => ({
        ...refs.fact(power),
        holders: power.holders.flatMap((holder) => refs.partyOf(holder.ref)),
        ...(power.since ? { since: power.since } : {})
    }));
    const delegations = facts.delegations.map((delegation) => summariseDelegation(delegation, asOf, facts, refs));
    const pilots = facts.pilots.map((pilot) => summarisePilot(pilot, asOf, refs));
    const targets = facts.targets.map((target) =>
        summariseTarget(target, input.evidence?.forTarget(target).points ?? typedEvidence(facts.measurementsByTarget.get(target) ?? []), asOf, staleAfterDays, refs));
    const conditions = summariseConditions(facts, input.conditions, refs);
    const findings = input.report.findings.map((finding) => summariseFinding(finding, refs, facts)).sort(compareFindings);
    const traceability = buildTraceability({ facts, conditions, findings, targets, refs, asOf, rulesInForce: new Set(input.rulesInForce) });
    const summary: ComplianceSummary = {
        version: SUMMARY_VERSION,
        asOf,
        staleAfterDays,
        files: input.report.files.map((file) => refs.relative(file)),
        agreements,
        powers,
        delegations,
        pilots,
        targets,
        commitments: summariseCommitments(facts, asOf, refs),
        conditions,
        findings,
        traceability,
        totals: undefined as unknown as SummaryTotals,
        verdict: undefined as unknown as ComplianceSummary['verdict']
    };
    summary.totals = countSummaryTotals(summary, input.report, input.rulesInForce, input.rulesJudged);
    summary.verdict = judgeSummary(summary, VERDICT_CONCERNS);
    return summary;
}

const RELATION: Record<string, AgreementSummary['relations'][number]['kind']> = { builds: 'builds on', amends: 'amends', supersedes: 'supersedes' };

function summariseAgreement(agreement: ast.Agreement, facts: FactIndex, refs: FactRefs): AgreementSummary {
    const headline = summariseHeadline(agreement, facts, refs);
    return {
        ...refs.fact(agreement),
        kind: agreement.kind as 'agreement' | 'mou',
        ...(agreement.signed ? { signed: agreement.signed } : {}),
        ...(agreement.source ? { documentSource: agreement.source } : {}),
        relations: agreement.relations.map((relation) => ({ kind: RELATION[relation.kind] ?? 'builds on', target: relation.target?.$refText })),
        signatories: agreement.signatories.flatMap((signatory) => refs.partyOf(signatory.ref)),
        clauses: agreement.members.filter(ast.isClause).map((clause) => refs.clause(clause)!),
        ...(headline ? { headline } : {})
    };
}

export function delegationStatus(asOf: IsoDate, start: IsoDate | undefined, end: IsoDate | undefined): DelegationStatus {
    if (isInForce(asOf, start, end)) return 'in-force';
    return start && compareDates(asOf, start) < 0 ? 'not-yet' : 'ended';
}

function summariseDelegation(delegation: ast.Delegation, asOf: IsoDate, facts: FactIndex, refs: FactRefs): DelegationSummary {
    // Made with a body already succeeded: void, never in force, and held by no one.
    const isVoid = succeededActs(delegation, facts.successions).length > 0;
    const from = delegation.from?.ref;
    const to = delegation.to?.ref;
    const power = delegation.power?.ref;
    const clause = refs.clause(delegation.clause?.ref);
    const agreement = agreementOf(delegation)?.name;
    return {
        ...refs.fact(delegation),
        kind: delegation.kind as 'delegates' | 'devolves',
        ...(from ? { from: refs.party(from) } : {}),
        ...(to ? { to: refs.party(to) } : {}),
        ...(power ? { power: refs.fact(power) } : {}),
        ...(delegation.start ? { start: delegation.start } : {}),
        ...(delegation.end ? { end: delegation.end } : {}),
        status: isVoid ? 'void' : delegationStatus(asOf, delegation.start, delegation.end),
        ...(clause ? { clause } : {}),
        ...(agreement ? { agreement } : {}),
        ...(isVoid ? {} : delegationHeldBy(delegation, asOf, facts, refs))
    };
}

export function pilotStatus(asOf: IsoDate, start: IsoDate | undefined, end: IsoDate | undefined): PilotStatus {
    if (end && compareDates(asOf, end) > 0) return 'ended';
    if (!start) return 'undated';
    return compareDates(asOf, start) < 0 ? 'planned' : 'active';
}

function summarisePilot(pilot: ast.Pilot, asOf: IsoDate, refs: FactRefs): PilotSummary {
    const clause = refs.clause(pilot.clause?.ref);
    const agreement = agreementOf(pilot)?.name;
    return {
        ...refs.fact(pilot),
        ...(agreement ? { agreement } : {}),
        areas: pilot.areas.flatMap((area) => (area.ref ? [refs.fact(area.ref)] : [])),
        themes: pilot.themes.flatMap((theme) => (theme.ref ? [refs.fact(theme.ref)] : [])),
        leads: pilot.leads.flatMap((lead) => refs.partyOf(lead.ref)),
        partners: pilot.partners.flatMap((partner) => refs.partyOf(partner.ref)),
        aims: [...pilot.aims],
        ...(pilot.start ? { start: pilot.start } : {}),
        ...(pilot.end ? { end: pilot.end } : {}),
        ...(pilot.plansBy ? { plansBy: pilot.plansBy } : {}),
        requests: pilot.requests.map((request) => ({
            ...(request.power?.ref ? { power: refs.fact(request.power?.ref) } : {}),
            ...(request.amount !== undefined ? { amount: request.amount } : {}),
            ...(request.note ? { note: request.note } : {})
        })),
        status: pilotStatus(asOf, pilot.start, pilot.end),
        ...(clause ? { clause } : {})
    };
}

function summariseTarget(target: ast.Target, evidence: readonly EvidencePoint[], asOf: IsoDate, staleAfterDays: number, refs: FactRefs): TargetSummary {
    const progress = targetProgress(target, evidence, asOf, staleAfterDays);
    const aspiration = target.$container;
    const clause = refs.clause(ast.isAspiration(aspiration) ? aspiration.clause?.ref : undefined);
    const agreement = agreementOf(target)?.name;
    const missing: TargetSummary['missing'] = [];
    if (!progress.baseline) missing.push('baseline');
    if (progress.goal === undefined) missing.push('goal');
    if (!progress.deadline) missing.push('deadline');
    return {
        ...refs.fact(target),
        aspiration: refs.fact(aspiration),
        ...(ast.isAspiration(aspiration) && aspiration.ambition ? { ambition: aspiration.ambition } : {}),
        ...(agreement ? { agreement } : {}),
        ...(target.metric ? { metric: target.metric } : {}),
        ...(target.unit ? { unit: target.unit } : {}),
        ...(target.direction ? { direction: target.direction as TargetSummary['direction'] } : {}),
        valueKind: targetValueKind(target),
        ...(progress.baseline ? { baseline: progress.baseline } : {}),
        ...(progress.goal !== undefined ? { goal: progress.goal } : {}),
        ...(target.goal?.value ? {
            goalStated: {
                value: target.goal.value.value,
                kind: literalValueKind(target.goal.value),
                ...(target.goal.relative ? { relative: target.goal.relative as 'below' | 'above' } : {})
            }
        } : {}),
        ...(progress.deadline ? { deadline: progress.deadline } : {}),
        ...(progress.expectedAtLatest !== undefined ? { expectedAtLatest: progress.expectedAtLatest } : {}),
        status: progress.status,
        stale: progress.stale,
        ...targetEvidenceFields(progress, refs),
        missing,
        ...(clause ? { clause } : {})
    };
}

function waiverRef(waiver: ast.Waiver | { comment: string }, refs: FactRefs): WaiverRef {
    if (!ast.isWaiver(waiver)) return { by: 'comment', reason: waiver.comment };
    const source = refs.source(waiver);
    return {
        by: 'waiver',
        ...(waiver.reason ? { reason: waiver.reason } : {}),
        ...(waiver.approver?.ref ? { approver: refs.party(waiver.approver?.ref) } : {}),
        ...(waiver.expiry ? { expiry: waiver.expiry } : {}),
        ...(source ? { source } : {})
    };
}

/** Every evaluated condition, in declaration order, with the facts behind its outcome. */
function summariseConditions(facts: FactIndex, outcomes: readonly ConditionOutcomeLike[], refs: FactRefs): ConditionSummary[] {
    const byCondition = new Map(outcomes.map((outcome) => [outcome.condition, outcome]));
    const result: ConditionSummary[] = [];
    for (const condition of facts.conditions) {
        const outcome = byCondition.get(condition);
        if (!outcome) continue;
        const clause = refs.clause(condition.clause?.ref);
        const agreement = agreementOf(condition)?.name;
        result.push({
            ...refs.fact(condition),
            ...(agreement ? { agreement } : {}),
            ...(clause ? { clause } : {}),
            severity: outcome.severity,
            status: conditionStatusOf(outcome),
            checked: uniqueRefs(outcome.checked.map((node) => refs.fact(node))),
            violations: outcome.violations.map((violation) => ({
                subject: refs.fact(violation.subject),
                message: violation.message,
                ...(violation.why ? { why: violation.why } : {}),
                ...(violation.waivedBy ? { waivedBy: waiverRef(violation.waivedBy, refs) } : {})
            }))
        });
    }
    return result;
}

function summariseFinding(finding: Finding, refs: FactRefs, facts: FactIndex): FindingSummary {
    const subject = refs.factAt(facts, finding.location.file, finding.location.start.line, finding.location.start.column);
    return {
        ruleId: finding.ruleId,
        severity: finding.severity,
        source: finding.source,
        message: finding.message,
        location: { file: refs.relative(finding.location.file), line: finding.location.start.line, column: finding.location.start.column },
        ...(subject ? { subject: refs.fact(subject) } : {}),
        ...(finding.waived ? { waived: { by: finding.waived.by, reason: finding.waived.reason } } : {})
    };
}

function countSummaryTotals(summary: ComplianceSummary, report: CheckReport, rulesInForce: readonly string[], rulesJudged: readonly string[]): SummaryTotals {
    // A rule that reported something was in force and judged something, even if the caller's lists missed it: the
    // count never exceeds the total.
    const reporting = report.findings.filter((finding) => finding.source !== 'condition').map((finding) => finding.ruleId);
    const rules = new Set([...rulesInForce, ...reporting]);
    const judged = new Set([...rulesJudged, ...reporting].filter((id) => rules.has(id)));
    const count = <K extends string>(keys: readonly K[], values: readonly K[]) =>
        Object.fromEntries(keys.map((key) => [key, values.filter((value) => value === key).length])) as Record<K, number>;
    return {
        files: report.files.length,
        agreements: summary.agreements.length,
        signatories: new Set(summary.agreements.flatMap((agreement) => agreement.signatories.map((party) => party.id))).size,
        delegations: { total: summary.delegations.length, inForce: summary.delegations.filter((d) => d.status === 'in-force').length },
        pilots: { total: summary.pilots.length, ...count(['planned', 'active', 'ended', 'undated'] as const, summary.pilots.map((p) => p.status)) },
        targets: {
            total: summary.targets.length,
            stale: summary.targets.filter((target) => target.stale).length,
            ...count(['met', 'on-track', 'at-risk', 'missed', 'inconclusive', 'no-evidence'] as const, summary.targets.map((t) => t.status))
        },
        conditions: { total: summary.conditions.length, ...count(['pass', 'fail', 'waived', 'nothing-to-judge'] as const, summary.conditions.map((c) => c.status)) },
        builtInRules: { inForce: rules.size, judged: judged.size, nothingToJudge: rules.size - judged.size },
        findings: { errors: report.totals.errors, warnings: report.totals.warnings, infos: report.totals.infos, waived: report.totals.waived }
    };
}
