import { dayNumber, isBefore, knownDate } from '../model/dates.js';
import { defineCheck } from './rule.js';
import { evidenceLabel, evidenceRelated, progressOf, STALE_AFTER_DAYS } from './target-progress.js';
import { counted, quoted } from './wording.js';

export const staleEvidence = defineCheck({
    id: 'stale-evidence',
    severity: 'info',
    category: 'targets',
    scope: 'workspace',
    description: `The latest measurement of a target must be no older than ${STALE_AFTER_DAYS} days as of the date.`,
    rationale: 'A status judged on old evidence can look on track long after it is not. Most of the 2020 ambitions are measured yearly; evidence more than a year and a month old means a measurement is missing.',
    checks: {
        Target: (target, context) => {
            const progress = progressOf(target, context);
            if (!progress.stale || !progress.latest) return;
            // A target met by its (passed) deadline is closed: it needs no fresh evidence.
            const deadline = knownDate(target.deadline);
            if (progress.status === 'met' && deadline && isBefore(deadline, context.asOf)) return;
            const age = dayNumber(context.asOf) - dayNumber(progress.latest.date);
            context.report(target, `The latest evidence for target ${quoted(target.name)} is ${evidenceLabel(progress.latest)} of ${progress.latest.date}, ${counted(age, 'day')} old as of ${context.asOf} (more than ${context.staleAfterDays}).`, {
                property: 'name',
                related: evidenceRelated(progress.latest, context, `The latest evidence is dated ${progress.latest.date}`)
            });
        }
    }
});
