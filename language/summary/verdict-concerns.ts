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
 * Rules: the agreements' own conditions and the built-in rules of `lhc check`. Only rules that judged something
 * are counted, each once: failing (a condition fails, or a rule found an open error), with warnings (open warnings
 * and no error), waived, or passing (judged, and nothing open). A rule finding 750 errors is one failing rule of
 * the total, never "750 of 0". Conditions that held over nothing and built-in rules with nothing in the workspace
 * to run on are `nothingToJudge`, apart from every count: a workspace without pilots does not pass 'pilot' rules.
 * The findings phrase leaves out a condition's findings (they are its violations) and findings on declarations
 * another concern reports (a pilot's warning is counted there); the rule counts do not, since a rule that warned is
 * not a passing rule wherever it warned.
 */
export const rulesConcern: VerdictConcern = {
    id: 'conditions',
    judge(summary: ComplianceSummary, context: VerdictContext): ConcernVerdict {
        const { conditions, builtInRules } = summary.totals;
        const openOfRules = summary.findings.filter((finding) => !finding.waived && finding.source !== 'condition');
        const open = openOfRules.filter((finding) => !(finding.subject && context.claimed.has(finding.subject.type)));
        const errors = open.filter((finding) => finding.severity === 'error').length;
        const warnings = open.filter((finding) => finding.severity === 'warning').length;
        const erring = new Set(openOfRules.filter((finding) => finding.severity === 'error').map((finding) => finding.ruleId));
        const warned = new Set(openOfRules.filter((finding) => finding.severity === 'warning' && !erring.has(finding.ruleId)).map((finding) => finding.ruleId));
        const conditionsJudged = conditions.pass + conditions.fail + conditions.waived;
        const total = conditionsJudged + builtInRules.judged;
        const nothingToJudge = conditions['nothing-to-judge'] + builtInRules.nothingToJudge;
        const failing = conditions.fail + erring.size;
        const passing = conditions.pass + builtInRules.judged - erring.size - warned.size;
        const counts: ConcernCount[] = [
            { status: 'fail', word: 'failing', count: failing },
            { status: 'warning', word: 'with warnings', count: warned.size },
            { status: 'waived', word: 'waived', count: conditions.waived },
            { status: 'pass', word: 'passing', count: passing }
        ].filter((entry) => entry.count > 0);
        const subjects = (severity: string) => new Set(open.filter((f) => f.severity === severity).map((f) => `${f.location.file}:${f.location.line}`)).size;
        const findings = { errors, warnings, withErrors: subjects('error'), withWarnings: subjects('warning') };
        const base = { concern: 'conditions', label: 'Rules', total, counts, findings, nothingToJudge };
        const unjudged = nothingToJudge > 0 ? `${nothingToJudge} with nothing to judge` : '';
        const judgedPhrase = `${plural(total, 'rule')} judged`;
        const checkPhrase = findingsPhrase(findings);
        if (failing > 0) {
            const parts = [`${failing} of ${judgedPhrase} failing`, conditions.fail > 0 ? `${conditions.fail} of ${plural(conditionsJudged, 'judged condition')} failing` : '',
                warned.size ? `${warned.size} with warnings` : '', checkPhrase, unjudged];
            return { ...base, state: 'failing', symbol: '✖', word: 'Not compliant', tone: 'bad', count: failing,
                phrase: `not compliant: ${parts.filter(Boolean).join(', ')}` };
        }
        if (total === 0) {
            return { ...base, counts: [], state: 'empty', symbol: '○', word: 'Nothing to judge', tone: 'neutral', count: 0,
                phrase: `nothing to judge${unjudged ? ` (${unjudged})` : ''}` };
        }
        const detail = [
            `${passing} of ${judgedPhrase} passing`,
            warned.size ? `${warned.size} with warnings` : '',
            conditions.waived ? `${conditions.waived} waived` : '',
            conditions.total === 0 ? 'no conditions declared' : '',
            checkPhrase,
            unjudged
        ].filter(Boolean).join(', ');
        if (warned.size > 0) return { ...base, state: 'attention', symbol: '⚠', word: 'Warnings', tone: 'warn', count: warned.size, phrase: `warnings (${detail})` };
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
        const base = { concern: 'targets', label: 'Targets', total, counts, findings, nothingToJudge: 0 };
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
        const base = { concern: 'delegations', label: 'Delegations', total, counts, findings, nothingToJudge: 0 };
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
        const base = { concern: 'pilots', label: 'Pilots', total, counts, findings, nothingToJudge: 0 };
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
