import type { CommitmentStatus } from '../model/commitments.js';
import type { StatusLabel } from './summary-labels.js';

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
