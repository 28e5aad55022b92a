import type { CommitmentStatus } from '../model/commitments.js';
import type { TargetStatus } from '../model/targets.js';
import type { ConditionStatus, DelegationStatus, PilotStatus, TraceResult } from './summary-model.js';
import type { VerdictTone } from './verdict-model.js';

/**
 * Words and symbols for every status, shared by the verdict, the Markdown and HTML renderers and the editor: a status is always
 * shown as a symbol and a word, so it reads the same in black and white, to a screen reader, and in colour.
 */
export interface StatusLabel {
    symbol: string;
    word: string;
    /** A CSS-friendly tone: good, progress, warn, bad, neutral. */
    tone: VerdictTone;
}

export const TARGET_LABELS: Record<TargetStatus, StatusLabel> = {
    'met': { symbol: '✔', word: 'Met', tone: 'good' },
    'on-track': { symbol: '↗', word: 'On track', tone: 'progress' },
    'at-risk': { symbol: '⚠', word: 'At risk', tone: 'warn' },
    'missed': { symbol: '✖', word: 'Missed', tone: 'bad' },
    'inconclusive': { symbol: '≈', word: 'Inconclusive', tone: 'warn' },
    'no-evidence': { symbol: '○', word: 'No evidence', tone: 'neutral' }
};

export const STALE_LABEL: StatusLabel = { symbol: '◔', word: 'Stale evidence', tone: 'warn' };

export const CONDITION_LABELS: Record<ConditionStatus, StatusLabel> = {
    pass: { symbol: '✔', word: 'Pass', tone: 'good' },
    fail: { symbol: '✖', word: 'Fail', tone: 'bad' },
    waived: { symbol: '⊘', word: 'Waived', tone: 'warn' },
    'nothing-to-judge': { symbol: '○', word: 'Nothing to judge', tone: 'neutral' }
};

export const PILOT_LABELS: Record<PilotStatus, StatusLabel> = {
    planned: { symbol: '◷', word: 'Planned', tone: 'neutral' },
    active: { symbol: '▶', word: 'Active', tone: 'progress' },
    ended: { symbol: '■', word: 'Ended', tone: 'neutral' },
    undated: { symbol: '?', word: 'No start date', tone: 'warn' }
};

export const DELEGATION_LABELS: Record<DelegationStatus, StatusLabel> = {
    'in-force': { symbol: '✔', word: 'In force', tone: 'good' },
    'not-yet': { symbol: '◷', word: 'Not yet in force', tone: 'neutral' },
    'ended': { symbol: '■', word: 'Ended', tone: 'neutral' },
    'void': { symbol: '✖', word: 'Void: made with a succeeded body', tone: 'bad' }
};

export const TRACE_LABELS: Record<TraceResult, StatusLabel> = {
    pass: { symbol: '✔', word: 'Pass', tone: 'good' },
    fail: { symbol: '✖', word: 'Fail', tone: 'bad' },
    warning: { symbol: '⚠', word: 'Warning', tone: 'warn' },
    waived: { symbol: '⊘', word: 'Waived', tone: 'warn' },
    'not-evidenced': { symbol: '○', word: 'Not evidenced', tone: 'warn' },
    'nothing-to-judge': { symbol: '○', word: 'Nothing to judge', tone: 'neutral' },
    untested: { symbol: '○', word: 'Not checked', tone: 'neutral' }
};

export function labelText(label: StatusLabel): string {
    return `${label.symbol} ${label.word}`;
}

/** A symbol and a word for every commitment status, shared by the Markdown and HTML summaries and the editor. */
export const COMMITMENT_LABELS: Record<CommitmentStatus, StatusLabel> = {
    'breached': { symbol: '✖', word: 'Breached', tone: 'bad' },
    'overdue': { symbol: '✖', word: 'Overdue', tone: 'bad' },
    'due': { symbol: '○', word: 'Due, not evidenced', tone: 'warn' },
    'not-yet-due': { symbol: '◷', word: 'Not yet due', tone: 'neutral' },
    'delivered-late': { symbol: '✔', word: 'Delivered late', tone: 'warn' },
    'delivered': { symbol: '✔', word: 'Delivered', tone: 'good' },
    'in-force': { symbol: '▶', word: 'In force', tone: 'progress' },
    'superseded': { symbol: '↷', word: 'Superseded', tone: 'neutral' },
    'withdrawn': { symbol: '■', word: 'Withdrawn', tone: 'neutral' }
};

/** `1 condition`, `3 conditions`, `2 signatories` (with the plural given): `counted`, under the name the renderers use. */
export { counted as plural } from '../model/counted.js';
