import { evaluateWorkspace } from '../conditions/condition-evaluator.js';
import type { WaiverProblemId } from '../conditions/waivers.js';
import { defineCheck, type BuiltInCheck } from './rule.js';

/**
 * Waiver problems, judged as of the check date against the shared (cached) condition evaluation:
 * a waiver accepts a violation only while it is complete and unexpired, and one that matches nothing is stale.
 */
function waiverCheck(id: WaiverProblemId, description: string, rationale: string): BuiltInCheck {
    return defineCheck({
        id, severity: 'error', category: 'conditions', description, rationale,
        checks: {
            Waiver: (waiver, context) => {
                for (const problem of evaluateWorkspace(context.facts, context.asOf).waiverProblems) {
                    if (problem.waiver !== waiver || problem.id !== id) continue;
                    context.report(waiver, problem.message, { property: problem.property });
                }
            }
        }
    });
}

export const waiverExpired = waiverCheck('waiver-expired',
    'A waiver must not have expired at the date the workspace is checked as of.',
    'Waivers accept a breach for a limited time; after the expiry the breach counts again and the waiver must be renewed or removed.');

export const waiverIncomplete = waiverCheck('waiver-incomplete',
    'A waiver must give a reason, an approver and an expiry date.',
    'An accepted breach needs an audit trail: why it is acceptable, who accepted it, and until when.');

export const waiverUnused = waiverCheck('waiver-unused',
    'A waiver must match a violation: its condition must actually fail on its fact.',
    'A waiver that waives nothing misleads reviewers about what the agreement tolerates, and would silently hide a future breach.');
