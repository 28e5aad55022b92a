import type { LhcServices } from '../lhc-module.js';
import type { IsoDate } from '../model/dates.js';
import type { ConditionOutcomeLike } from '../summary/condition-outcome.js';

/**
 * Every condition of the workspace evaluated as of a date, at its configured severity: the cached result
 * of `services.lhc.Conditions`, shared with the validator, so the summary and `lhc check` agree.
 */
export function evaluateWorkspaceConditions(services: LhcServices, asOf: IsoDate): ConditionOutcomeLike[] {
    return services.lhc.Conditions.outcomes(asOf);
}
