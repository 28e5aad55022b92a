/**
 * The built-in rule ids of the language core that other parts of lhc (quick fixes, docs links, config) rely on.
 * Each has a page in docs/rules/ with failing and passing examples, a test file in test/checks/ and a workspace in
 * examples/broken/<id>/. Other rules (conditions, waivers) keep their tests and examples with their own code.
 */
export const CORE_RULE_IDS = [
    'syntax-error', 'unresolved-reference', 'duplicate-name', 'invalid-date', 'dated-before-signing', 'end-before-start',
    'percentage-out-of-range', 'number-too-large', 'non-positive-money', 'lead-outside-area', 'pilot-party-not-signatory', 'delegator-lacks-power',
    'overlapping-delegation', 'unmeasurable-target', 'goal-contradicts-direction', 'target-overdue', 'target-off-trajectory',
    'stale-evidence', 'pooled-budget-partners', 'pooled-budget-total', 'locality-team-size', 'governance-cycle',
    'governance-no-oversight', 'no-public-involvement', 'estate-proceeds-reinvested', 'agreement-timeline', 'area-population',
    'succession-conflict', 'acts-after-succession', 'contributor-not-signatory', 'agreement-area-inferred', 'commitment-overdue', 'commitment-delivered-late', 'commitment-without-deadline',
    'commitment-evidence-missing', 'commitment-breached'
] as const;
