/**
 * The concerns the verdict judges, in the order the overall line names them. To add a concern (commitments,
 * for one), write a `VerdictConcern` in its own file and list it here: the renderers and the JSON pick it up.
 */
import type { TargetStatus } from '../model/targets.js';
import type { ComplianceSummary, PilotStatus } from './summary-model.js';
import { DELEGATION_LABELS, PILOT_LABELS, TARGET_LABELS, plural } from './status-labels.js';
import { commitmentsConcern } from './verdict-commitments.js';
import {
    countsPhrase, findingsOn, findingsPhrase, type ConcernCount, type ConcernVerdict, type VerdictConcern, type VerdictContext
} from './verdict.js';

/**
 * Rules: the agreements' own conditions and the built-in rules of `lhc check`. Its count and total are both of
 * rules, so they count the same things: a condition fails, or a built-in rule found an open error (a rule finding
 * 750 errors is one failing rule of the total, never "750 of 0"). A condition's findings are not counted twice
 * (they are its violations), and findings on declarations another concern reports (a pilot's warning) are counted there.
 */
export const rulesConcern: VerdictConcern = {
    id: 'conditions',
    judge(summary: ComplianceSummary, context: VerdictContext): ConcernVerdict {
        const { conditions, builtInRules } = summary.totals;
        const open = summary.findings.filter((finding) => !finding.waived && finding.source !== 'condition'
            && !(finding.subject && context.claimed.has(finding.subject.type)));
        const errors = open.filter((finding) => finding.severity === 'error').length;
        const warnings = open.filter((finding) => finding.severity === 'warning').length;
        const failingRules = new Set(open.filter((finding) => finding.severity === 'error').map((finding) => finding.ruleId)).size;
        const total = conditions.total + builtInRules;
        const failing = conditions.fail + failingRules;
        const passing = total - failing - conditions.waived;
        const counts: ConcernCount[] = [
            { status: 'fail', word: 'failing', count: failing },
            { status: 'waived', word: 'waived', count: conditions.waived },
            { status: 'pass', word: 'passing', count: passing }
        ].filter((entry) => entry.count > 0);
        const subjects = (severity: string) => new Set(open.filter((f) => f.severity === severity).map((f) => `${f.location.file}:${f.location.line}`)).size;
        const findings = { errors, warnings, withErrors: subjects('error'), withWarnings: subjects('warning') };
        const base = { concern: 'conditions', label: 'Rules', total, counts, findings };
        const checkPhrase = findingsPhrase(findings);
        if (failing > 0) {
            const parts = [conditions.fail > 0 ? `${conditions.fail} of ${plural(conditions.total, 'condition')} failing` : '', checkPhrase];
            return { ...base, state: 'failing', symbol: '✖', word: 'Not compliant', tone: 'bad', count: failing,
                phrase: `not compliant: ${parts.filter(Boolean).join(', ')}` };
        }
        if (conditions.total === 0 && summary.files.length === 0) {
            return { ...base, total: 0, counts: [], state: 'empty', symbol: '○', word: 'Nothing to judge', tone: 'neutral', count: 0, phrase: 'nothing to judge' };
        }
        const detail = [
            conditions.total === 0 ? 'no conditions declared' : `${conditions.pass} of ${plural(conditions.total, 'condition')} passing`,
            conditions.waived ? `${conditions.waived} waived` : '',
            checkPhrase
        ].filter(Boolean).join(', ');
        return { ...base, state: 'ok', symbol: '✔', word: 'Compliant', tone: 'good', count: passing, phrase: `compliant (${detail})` };
    }
};

const TARGET_ORDER = [
    { status: 'missed', word: 'missed' },
    { status: 'at-risk', word: 'at risk' },
    { status: 'inconclusive', word: 'inconclusive' },
    { status: 'no-evidence', word: 'with no evidence' },
    { status: 'on-track', word: 'on track' },
    { status: 'met', word: 'met' }
] as const;

/** Targets: missed is failing; at risk, inconclusive or without evidence needs attention; on track and met are fine. */
export const targetsConcern: VerdictConcern = {
    id: 'targets',
    subjects: ['Target', 'Aspiration', 'Measurement'],
    judge(summary: ComplianceSummary): ConcernVerdict {
        const total = summary.targets.length;
        const counts: ConcernCount[] = TARGET_ORDER.map(({ status, word }) => {
            const having = summary.targets.filter((target) => target.status === status);
            const stale = having.filter((target) => target.stale).length;
            return { status, word, count: having.length, ...(stale ? { stale } : {}) };
        }).filter((entry) => entry.count > 0);
        const findings = findingsOn(summary.findings, targetsConcern.subjects!);
        const base = { concern: 'targets', label: 'Targets', total, counts, findings };
        if (total === 0) return { ...base, state: 'empty', symbol: '○', word: 'None declared', tone: 'neutral', count: 0, phrase: 'none declared' };
        const worst = counts[0]!;
        const state = worst.status === 'missed' ? 'failing' : worst.status === 'on-track' || worst.status === 'met' ? 'ok' : 'attention';
        return { ...base, state, ...TARGET_LABELS[worst.status as TargetStatus], count: worst.count, phrase: countsPhrase(counts, total) };
    }
};

/**
 * Errors on a concern's declarations fail it; warnings ask for attention. The count is of declarations, not
 * findings, and only of the concern's own rows (its `subjects` are the type its total counts), so it never exceeds the total.
 */
function withFindings(verdict: ConcernVerdict): ConcernVerdict {
    const { withErrors, withWarnings } = verdict.findings;
    if (verdict.state === 'empty') return verdict;
    const parts = [withErrors ? `${withErrors} with errors` : '', withWarnings ? `${withWarnings} with warnings` : ''].filter(Boolean).join(', ');
    const phrase = parts ? `${verdict.phrase}; ${parts}` : verdict.phrase;
    if (withErrors > 0) return { ...verdict, state: 'failing', symbol: '✖', word: 'Errors', tone: 'bad', count: withErrors, phrase };
    if (withWarnings > 0) return { ...verdict, state: 'attention', symbol: '⚠', word: 'Warnings', tone: 'warn', count: withWarnings, phrase };
    return verdict;
}

/**
 * Delegations: how many are in force; errors or warnings on a delegation count against it. Only delegations are
 * its subjects, so "2 of 5 with errors" counts delegations like its total (a power's errors are the Rules' concern).
 */
export const delegationsConcern: VerdictConcern = {
    id: 'delegations',
    subjects: ['Delegation'],
    judge(summary: ComplianceSummary): ConcernVerdict {
        const total = summary.delegations.length;
        const counts: ConcernCount[] = [
            { status: 'in-force', word: 'in force', count: summary.delegations.filter((d) => d.status === 'in-force').length },
            { status: 'not-yet', word: 'not yet in force', count: summary.delegations.filter((d) => d.status === 'not-yet').length },
            { status: 'ended', word: 'ended', count: summary.delegations.filter((d) => d.status === 'ended').length },
            { status: 'void', word: 'void (made with a succeeded body)', count: summary.delegations.filter((d) => d.status === 'void').length }
        ].filter((entry) => entry.count > 0);
        const findings = findingsOn(summary.findings, delegationsConcern.subjects!);
        const base = { concern: 'delegations', label: 'Delegations', total, counts, findings };
        if (total === 0) return { ...base, state: 'empty', symbol: '○', word: 'None declared', tone: 'neutral', count: 0, phrase: 'none declared' };
        const inForce = counts.find((entry) => entry.status === 'in-force')?.count ?? 0;
        const phrase = `${inForce} of ${total} in force${counts.filter((entry) => entry.status !== 'in-force').map((entry) => `, ${entry.count} ${entry.word}`).join('')}`;
        return withFindings(inForce > 0
            ? { ...base, state: 'ok', ...DELEGATION_LABELS['in-force'], count: inForce, phrase }
            : { ...base, state: 'ok', symbol: '■', word: 'None in force', tone: 'neutral', count: 0, phrase });
    }
};

/** Pilots: where they stand in time; errors or warnings on a pilot (no public involvement…) count against it. */
export const pilotsConcern: VerdictConcern = {
    id: 'pilots',
    subjects: ['Pilot'],
    judge(summary: ComplianceSummary): ConcernVerdict {
        const total = summary.pilots.length;
        const counts: ConcernCount[] = ([
            ['active', 'active'], ['planned', 'planned'], ['ended', 'ended'], ['undated', 'without a start date']
        ] as const).map(([status, word]) => ({ status, word, count: summary.pilots.filter((pilot) => pilot.status === status).length }))
            .filter((entry) => entry.count > 0);
        const findings = findingsOn(summary.findings, pilotsConcern.subjects!);
        const base = { concern: 'pilots', label: 'Pilots', total, counts, findings };
        if (total === 0) return { ...base, state: 'empty', symbol: '○', word: 'None declared', tone: 'neutral', count: 0, phrase: 'none declared' };
        const first = counts[0]!;
        const phrase = countsPhrase(counts, total);
        const undated = counts.find((entry) => entry.status === 'undated');
        return withFindings(undated
            ? { ...base, state: 'attention', ...PILOT_LABELS.undated, count: undated.count, phrase }
            : { ...base, state: 'ok', ...PILOT_LABELS[first.status as PilotStatus], count: first.count, phrase });
    }
};

/** Every concern, in the order the overall line reads. Commitments join after the rules. */
export const VERDICT_CONCERNS: readonly VerdictConcern[] = [rulesConcern, commitmentsConcern, targetsConcern, delegationsConcern, pilotsConcern];
