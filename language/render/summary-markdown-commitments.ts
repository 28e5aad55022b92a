import type { CommitmentSummary, HolderRef } from '../summary/commitment-summary.js';
import type { ComplianceSummary, PartyRef } from '../summary/summary-model.js';
import { COMMITMENT_LABELS, labelText } from '../summary/status-labels.js';
import { escapeMarkdown as escape } from './escape-markdown.js';

/** "NHS England (for London Partners)"; "NHS Greater Manchester ICB (inherited from NHS Bolton CCG)" once succeeded. */
function holders(commitment: CommitmentSummary): string {
    const name = (party: PartyRef) => escape(party.title ?? party.name);
    const who = (commitment.heldBy ?? commitment.holders).map((holder: HolderRef) =>
        `${name(holder)}${holder.inheritedFrom ? ` (inherited from ${holder.inheritedFrom.map(name).join(', ')})` : ''}`).join(', ') || '—';
    return commitment.beneficiary ? `${who} (for ${escape(commitment.beneficiary.title ?? commitment.beneficiary.name)})` : who;
}

/** "from 2018-04-01", "2018-03-31", "—" (no deadline). */
export function dueText(commitment: CommitmentSummary): string {
    if (!commitment.due) return commitment.deadlineKind === 'relative' ? 'after its anchor' : '—';
    return commitment.deadlineKind === 'continuing' ? `from ${commitment.due}` : commitment.due;
}

/** The Commitments section of the Markdown summary: holder, what, due, status, evidence, clause; worst first. */
export function commitmentSection(summary: ComplianceSummary, limit: number): string[] {
    const commitments = summary.commitments ?? [];
    if (commitments.length === 0) return [];
    const shown = limit > 0 ? commitments.slice(0, limit) : commitments.filter((c) => c.status === 'overdue' || c.status === 'breached');
    const rows = shown.map((c) => [
        holders(c),
        `${escape(c.modalityWords)} ${escape(c.what)}`,
        dueText(c),
        labelText(COMMITMENT_LABELS[c.status]),
        c.evidence ? `${escape(c.evidence)}${c.evidenceSource ? ` (${escape(c.evidenceSource)})` : ''}` : '*none*',
        c.clause ? escape(c.clause.name) : '—'
    ]);
    const more = commitments.length - shown.length;
    return [
        '', `### Commitments (${commitments.length})`, '',
        '| holder | what | due | status | evidence | clause |',
        '|---|---|---|---|---|---|',
        ...rows.map((row) => `| ${row.join(' | ')} |`),
        ...(more > 0 ? ['', `…and ${more} more commitments.`] : [])
    ];
}
