import type { CommitmentStatus } from '../model/commitments.js';
import type { ComplianceSummary } from './summary-model.js';
import { COMMITMENT_LABELS } from './status-labels.js';
import { countsPhrase, findingsOn, type ConcernCount, type ConcernVerdict, type VerdictConcern } from './verdict.js';

/** Worst first, with the words the overall line uses. */
const ORDER: readonly { status: CommitmentStatus; word: string }[] = [
    { status: 'breached', word: 'breached' },
    { status: 'overdue', word: 'overdue' },
    { status: 'due', word: 'due, not yet evidenced' },
    { status: 'not-yet-due', word: 'not yet due' },
    { status: 'delivered-late', word: 'delivered late' },
    { status: 'delivered', word: 'delivered' },
    { status: 'in-force', word: 'in force' },
    { status: 'superseded', word: 'superseded' },
    { status: 'withdrawn', word: 'withdrawn' }
];

/**
 * Commitments: breached or overdue is failing; due (binding, nothing shows it kept yet) needs attention; the rest —
 * not yet due, delivered, in force, ended — is fine. "Due" is never read as kept.
 */
export const commitmentsConcern: VerdictConcern = {
    id: 'commitments',
    subjects: ['Commitment'],
    judge(summary: ComplianceSummary): ConcernVerdict | undefined {
        const commitments = summary.commitments ?? [];
        const total = commitments.length;
        const counts: ConcernCount[] = ORDER.map(({ status, word }) => ({ status, word, count: commitments.filter((c) => c.status === status).length }))
            .filter((entry) => entry.count > 0);
        const findings = findingsOn(summary.findings, ['Commitment']);
        const base = { concern: 'commitments', label: 'Commitments', total, counts, findings, nothingToJudge: 0 };
        if (total === 0) return { ...base, state: 'empty', symbol: '○', word: 'None declared', tone: 'neutral', count: 0, phrase: 'none declared' };
        const worst = counts[0]!;
        const phrase = countsPhrase(counts, total);
        switch (worst.status) {
            case 'breached':
            case 'overdue': return { ...base, state: 'failing', ...COMMITMENT_LABELS[worst.status], count: worst.count, phrase };
            // The card says "Not evidenced" beside its count; the table's "Due, not evidenced" names the status.
            case 'due': return { ...base, state: 'attention', ...COMMITMENT_LABELS.due, word: 'Not evidenced', count: worst.count, phrase };
            case 'not-yet-due': return { ...base, state: 'ok', ...COMMITMENT_LABELS['not-yet-due'], count: worst.count, phrase };
            default: {
                const kept = commitments.filter((c) => c.status === 'delivered' || c.status === 'delivered-late' || c.status === 'in-force').length;
                return { ...base, state: 'ok', symbol: '✔', word: 'Kept', tone: 'good', count: kept, phrase };
            }
        }
    }
};
