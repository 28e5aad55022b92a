import { formatMoney } from '../model/money.js';
import type { TargetStatus } from '../model/targets.js';
import type {
    ConditionStatus, DelegationStatus, PilotStatus, TargetSummary, TraceResult, ValueKind
} from '../summary/summary-model.js';

/**
 * Words and symbols for every status, shared by the Markdown and HTML renderers: a status is always
 * shown as a symbol and a word, so it reads the same in black and white, to a screen reader, and in colour.
 */
export interface StatusLabel {
    symbol: string;
    word: string;
    /** A CSS-friendly tone: good, progress, warn, bad, neutral. */
    tone: 'good' | 'progress' | 'warn' | 'bad' | 'neutral';
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
    waived: { symbol: '⊘', word: 'Waived', tone: 'warn' }
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
    'ended': { symbol: '■', word: 'Ended', tone: 'neutral' }
};

export const TRACE_LABELS: Record<TraceResult, StatusLabel> = {
    pass: { symbol: '✔', word: 'Pass', tone: 'good' },
    fail: { symbol: '✖', word: 'Fail', tone: 'bad' },
    warning: { symbol: '⚠', word: 'Warning', tone: 'warn' },
    waived: { symbol: '⊘', word: 'Waived', tone: 'warn' },
    'not-evidenced': { symbol: '○', word: 'Not evidenced', tone: 'warn' },
    untested: { symbol: '○', word: 'Not checked', tone: 'neutral' }
};

export function labelText(label: StatusLabel): string {
    return `${label.symbol} ${label.word}`;
}

/** A value as an officer would write it: £12.5m, 13%, 50,000 jobs. */
export function formatValue(value: number, kind: ValueKind, unit?: string): string {
    if (typeof value !== 'number') return '?';
    if (kind === 'money') return formatMoney(value);
    // Large counts read better whole (652,198 working days); small values keep two decimals (14.15%).
    const rounded = value.toLocaleString('en-GB', { maximumFractionDigits: Math.abs(value) >= 1000 ? 0 : 2 });
    if (kind === 'percent') return `${rounded}%`;
    return unit ? `${rounded} ${unit}` : rounded;
}

/** The goal as stated (`10% below baseline`) and, when relative, what it resolves to. */
export function formatGoal(target: TargetSummary): string {
    const stated = target.goalStated;
    if (!stated) return '—';
    const value = formatValue(stated.value, stated.kind, stated.kind === 'number' ? target.unit : undefined);
    if (!stated.relative) return value;
    const resolved = target.goal !== undefined ? ` (${formatValue(target.goal, target.valueKind, target.unit)})` : '';
    return `${value} ${stated.relative} baseline${resolved}`;
}

export function plural(count: number, word: string, pluralWord = `${word}s`): string {
    return `${count} ${count === 1 ? word : pluralWord}`;
}
