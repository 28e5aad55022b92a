import type { LhcServices } from '../lhc-module.js';
import type { IsoDate } from '../model/dates.js';
import type { ConditionOutcomeLike } from '../summary/condition-outcome.js';

/** Every condition of the workspace evaluated as of a date. */
export function evaluateWorkspaceConditions(_services: LhcServices, _asOf: IsoDate): ConditionOutcomeLike[] {
    // Integration point with conditions/condition-evaluator.ts (lands on main separately).
    return [];
}
