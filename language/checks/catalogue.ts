import type { BuiltInCheck, BuiltInDiagnostic } from './rule.js';
import { duplicateName } from './duplicate-name.js';
import { invalidDate } from './invalid-date.js';
import { datedBeforeSigning } from './dated-before-signing.js';
import { endBeforeStart } from './end-before-start.js';
import { percentageOutOfRange } from './percentage-out-of-range.js';
import { numberTooLarge } from './number-too-large.js';
import { nonPositiveMoney } from './non-positive-money.js';
import { leadOutsideArea } from './lead-outside-area.js';
import { pilotPartyNotSignatory } from './pilot-party-not-signatory.js';
import { delegatorLacksPower } from './delegator-lacks-power.js';
import { overlappingDelegation } from './overlapping-delegation.js';
import { unmeasurableTarget } from './unmeasurable-target.js';
import { goalContradictsDirection } from './goal-contradicts-direction.js';
import { targetOverdue } from './target-overdue.js';
import { targetOffTrajectory } from './target-off-trajectory.js';
import { staleEvidence } from './stale-evidence.js';
import { pooledBudgetPartners } from './pooled-budget-partners.js';
import { pooledBudgetTotal } from './pooled-budget-total.js';
import { contributorNotSignatory } from './contributor-not-signatory.js';
import { localityTeamSize } from './locality-team-size.js';
import { governanceCycle } from './governance-cycle.js';
import { governanceNoOversight } from './governance-no-oversight.js';
import { noPublicInvolvement } from './no-public-involvement.js';
import { estateProceedsReinvested } from './estate-proceeds-reinvested.js';
import { agreementAreaInferred } from './agreement-area-inferred.js';
import { commitmentOverdue } from './commitment-overdue.js';
import { commitmentDeliveredLate } from './commitment-delivered-late.js';
import { commitmentWithoutDeadline } from './commitment-without-deadline.js';
import { commitmentEvidenceMissing } from './commitment-evidence-missing.js';
import { commitmentBreached } from './commitment-breached.js';
import { conditionTypeError } from './condition-type-error.js';
import { conditionUnknownField } from './condition-unknown-field.js';
import { conditionNotACollection } from './condition-not-a-collection.js';
import { conditionUnknownArea } from './condition-unknown-area.js';
import { conditionUnknownName } from './condition-unknown-name.js';
import { conditionTooDeep } from './condition-too-deep.js';
import { conditionScopeUnstated } from './condition-scope-unstated.js';
import { conditionVacuous } from './condition-vacuous.js';
import { conditionUndecided } from './condition-undecided.js';
import { suppressionIncomplete } from './suppression-incomplete.js';
import { suppressionUnused } from './suppression-unused.js';
import { waiverExpired } from './waiver-expired.js';
import { waiverIncomplete } from './waiver-incomplete.js';
import { waiverUnused } from './waiver-unused.js';
import { areaCodeMalformed } from './area-code-malformed.js';
import { areaCodeDuplicate } from './area-code-duplicate.js';
import { datasetIncomplete } from './dataset-incomplete.js';
import { datasetUnreadable } from './dataset-unreadable.js';
import { datasetBadRow } from './dataset-bad-row.js';
import { datasetUnknownArea } from './dataset-unknown-area.js';
import { datasetProvenance } from './dataset-provenance.js';
import { evidenceNoRows } from './evidence-no-rows.js';
import { syntaxError } from './syntax-error.js';
import { unresolvedReference } from './unresolved-reference.js';
import { agreementTimeline } from './agreement-timeline.js';
import { areaPopulation } from './area-population.js';
import { successionConflict } from './succession-conflict.js';
import { actsAfterSuccession } from './acts-after-succession.js';

/**
 * Every built-in check, in the order `lhc rules` lists them. Adding a check: write
 * `checks/<id>.ts`, add it here, document it in `docs/rules/<id>.md`, test it in `test/checks/<id>.test.ts`,
 * and add `examples/broken/<id>/`.
 */
export const builtInChecks: readonly BuiltInCheck[] = [
    duplicateName,
    invalidDate,
    datedBeforeSigning,
    endBeforeStart,
    percentageOutOfRange,
    numberTooLarge,
    nonPositiveMoney,
    leadOutsideArea,
    pilotPartyNotSignatory,
    delegatorLacksPower,
    overlappingDelegation,
    unmeasurableTarget,
    goalContradictsDirection,
    targetOverdue,
    targetOffTrajectory,
    staleEvidence,
    areaCodeMalformed,
    areaCodeDuplicate,
    datasetIncomplete,
    datasetUnreadable,
    datasetBadRow,
    datasetUnknownArea,
    datasetProvenance,
    evidenceNoRows,
    pooledBudgetPartners,
    pooledBudgetTotal,
    contributorNotSignatory,
    localityTeamSize,
    governanceCycle,
    governanceNoOversight,
    noPublicInvolvement,
    estateProceedsReinvested,
    agreementAreaInferred,
    // Headline facts of a deal: its timeline, populations, successions
    agreementTimeline,
    areaPopulation,
    successionConflict,
    actsAfterSuccession,
    // Commitments
    commitmentOverdue,
    commitmentDeliveredLate,
    commitmentWithoutDeadline,
    commitmentEvidenceMissing,
    commitmentBreached,
    // Conditions and waivers
    conditionTypeError,
    conditionUnknownField,
    conditionNotACollection,
    conditionUnknownArea,
    conditionUnknownName,
    conditionTooDeep,
    conditionScopeUnstated,
    conditionVacuous,
    conditionUndecided,
    waiverExpired,
    waiverIncomplete,
    waiverUnused
];

/** Findings that Langium itself produces, named and documented like checks. */
export const builtInDiagnostics: readonly BuiltInDiagnostic[] = [
    syntaxError,
    unresolvedReference,
    suppressionIncomplete,
    suppressionUnused
];

/** Every rule id with its metadata: the catalogue `lhc rules`, the config schema and the docs are built from. */
export const allBuiltInRules: readonly BuiltInDiagnostic[] = [...builtInDiagnostics, ...builtInChecks];

/**
 * The ids of the built-in rules a run applies: every rule whose configured severity is not `off`. The summary's
 * Rules verdict counts these beside the workspace's conditions (`3 of 58 rules failing`).
 */
export function builtInRulesInForce(settings: { severityOf(id: string, defaultSeverity: BuiltInDiagnostic['severity']): string }): string[] {
    return allBuiltInRules.filter((rule) => settings.severityOf(rule.id, rule.severity) !== 'off').map((rule) => rule.id);
}

export function findBuiltInRule(id: string): BuiltInDiagnostic | undefined {
    return allBuiltInRules.find((rule) => rule.id === id);
}
