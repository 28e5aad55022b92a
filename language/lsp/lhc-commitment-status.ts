import type { Commitment } from '../generated/ast.js';
import type { LhcServices } from '../lhc-module.js';
import { commitmentStateIn, inherited, type JudgedCommitment } from '../model/commitment-states.js';
import { modalityWords } from '../model/commitments.js';
import { COMMITMENT_LABELS } from '../summary/status-labels.js';

/** The commitment's state as of the effective date, from the same cache the checks use. */
export function commitmentStateFor(services: LhcServices, commitment: Commitment): { state: JudgedCommitment; asOf: string } {
    const asOf = services.lhc.Conditions.asOfFor(commitment);
    return { state: commitmentStateIn(commitment, services.lhc.Facts.get(), asOf), asOf };
}

/** The code lens line: `✖ Overdue · due 2018-03-31 · as of 2018-06-01`, `▶ In force · from 2018-04-01 · fulfilled by X`. */
export function commitmentStatusLine(services: LhcServices, commitment: Commitment): string {
    const { state, asOf } = commitmentStateFor(services, commitment);
    const label = COMMITMENT_LABELS[state.status];
    const due = state.due ? (state.deadlineKind === 'continuing' ? `from ${state.due}` : `due ${state.due}`) : 'no deadline';
    const kept = state.delivered ? (state.delivered.fact && !state.delivered.line ? `fulfilled ${state.delivered.date}` : `delivered ${state.delivered.date}`) : '';
    // Only when someone else now owes it: "held by NHSGreaterManchesterICB (inherited)".
    const heldBy = inherited(state) ? `held by ${state.holders.map(({ party, inheritedFrom }) => `${party.name}${inheritedFrom.length > 0 ? ' (inherited)' : ''}`).join(', ')}` : '';
    return [`${label.symbol} ${label.word}`, due, kept, heldBy, `as of ${asOf}`].filter(Boolean).join(' · ');
}

/** Markdown paragraphs for the hover: modality, status and why, the evidence and its source. */
export function commitmentHoverLines(services: LhcServices, commitment: Commitment, plain: (text: string) => string): string[] {
    const { state, asOf } = commitmentStateFor(services, commitment);
    const label = COMMITMENT_LABELS[state.status];
    const lines = [
        `${plain(modalityWords(commitment))} ${plain(commitment.modality?.action ?? '')} (${state.modality})`.trim(),
        `Status as of ${asOf}: **${label.symbol} ${label.word}** — ${plain(state.reason)}`
    ];
    if (inherited(state)) {
        const owed = state.holders.map(({ party, inheritedFrom }) =>
            `${plain(party.name)}${inheritedFrom.length > 0 ? ` (inherited from ${inheritedFrom.map((predecessor) => plain(predecessor.name)).join(', ')}, which it succeeded)` : ''}`);
        lines.push(`Held as of ${asOf} by: ${owed.join(', ')}`);
    }
    const shown = state.breach ?? state.delivered;
    if (shown?.evidence) lines.push(`Evidence: ${plain(shown.evidence)}${shown.source ? ` (source: ${plain(shown.source)})` : ''}`);
    else lines.push('Evidence: none recorded');
    return lines;
}
