import * as path from 'node:path';
import type { EvidenceAccess } from '../datasets/target-evidence.js';
import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import * as ast from '../generated/ast.js';
import { findBuiltInRule } from '../checks/catalogue.js';
import type { BuiltInCheck } from '../checks/rule.js';
import { computeEvaluation, type ConditionOutcome } from '../conditions/condition-evaluator.js';
import { isNamedFact } from '../conditions/condition-types.js';
import type { EvaluationProbe } from '../conditions/expression-evaluator.js';
import { suppressionFor } from '../conditions/suppressions.js';
import type { IsoDate } from '../model/dates.js';
import { NO_FIGURE } from '../model/money.js';
import { halfReadFiles, type HalfReadFile } from '../parsing/syntax-errors.js';
import { isTestDocument } from './test-files.js';
import { whyNotJudged } from '../conditions/condition-trace.js';
import { runBuiltInCheck, whyCheckNeverJudges } from './rule-findings.js';
import { scenarioUniverse } from './scenario-facts.js';

/** One `expect` line judged: what it asked for and what the rule actually said. */
export interface ExpectationResult {
    expectation: ast.Expectation;
    passed: boolean;
    /** "ProceedsReinvestedInLondon fails on SurreySale" */
    expected: string;
    /** "ProceedsReinvestedInLondon passes on SurreySale" or the failing why. */
    actual: string;
}

/** One test run: its expectations judged against its own facts. */
export interface TestResult {
    test: ast.TestCase;
    name: string;
    /** File of the test (fsPath) and its 1-based line. */
    file: string;
    line: number;
    asOf: IsoDate;
    passed: boolean;
    expectations: ExpectationResult[];
    /** A test that cannot be judged at all (it states no expectation), or not on the whole workspace. */
    problem?: string;
    /**
     * The workspace's files (not test files) that have syntax errors: the test ran against what could be read of
     * them, so it fails, whatever its expectations say.
     */
    halfRead: HalfReadFile[];
    /** How each condition this test names came out (for coverage). */
    outcomes: Map<ast.Condition, ConditionOutcome['status']>;
    durationMs: number;
}

/** What a test runs in: the workspace's documents, its date, and the rules' settings. */
export interface TestEnvironment {
    documents: Iterable<LangiumDocument>;
    /** The workspace's date, used when neither the test nor its file says `as of`. */
    asOf: IsoDate;
    staleAfterDays: number;
    /** Dataset files and each target's evidence, as the built-in checks read them. */
    evidence: EvidenceAccess;
    probe?: EvaluationProbe;
}

/**
 * What a rule said in a test: its verdicts, and why it never judged the expectation's fact (or, with no fact,
 * anything) when it did not — a pass on what was never judged is no pass.
 */
interface Judgement {
    verdicts: Verdict[];
    neverJudged?: string;
}

/** A violation or finding, normalised: the named fact it is on, where exactly, what it says, whether accepted. */
interface Verdict {
    subject: AstNode;
    at: AstNode;
    message: string;
    why: string;
    waived: boolean;
}

/**
 * Runs one scenario test: builds its own facts on top of the workspace, evaluates every condition on them (and
 * each built-in rule it names), and judges each expectation. Nothing it builds outlives the call.
 */
export function runTest(test: ast.TestCase, environment: TestEnvironment): TestResult {
    const started = performance.now();
    const asOf = test.asOf ?? (AstUtils.findRootNode(test) as ast.Document).asOf?.date ?? environment.asOf;
    const universe = scenarioUniverse(test, environment.documents);
    const evaluation = computeEvaluation(universe.facts, asOf, environment.probe);
    const outcomes = new Map<ast.Condition, ConditionOutcome['status']>();
    const judgementOf = (expectation: ast.Expectation): Judgement | string => {
        const subject = expectation.subject?.ref;
        // A fact the test replaces is judged in its replacement.
        const fact = subject ? universe.facts.overrides?.get(subject) ?? subject : undefined;
        const condition = expectation.condition?.ref;
        if (condition) {
            const outcome = evaluation.outcomes.find((candidate) => candidate.condition === condition);
            if (!outcome) return 'cannot be evaluated: the condition has authoring errors (run `lhc check`)';
            outcomes.set(condition, outcome.status);
            const verdicts = outcome.violations.map((violation) => ({
                subject: violation.subject, at: violation.node ?? violation.subject, message: violation.message, why: violation.why, waived: violation.waivedBy !== undefined
            }));
            // Only a pass needs a judgement to stand on (a failure or a waiver has its verdicts).
            const neverJudged = expectation.outcome !== 'passes' ? undefined
                : fact ? whyNotJudged(condition, universe.facts, asOf, fact) : vacuousWhy(outcome);
            return { verdicts, neverJudged };
        }
        const rule = expectation.rule !== undefined ? findBuiltInRule(expectation.rule) : undefined;
        if (!rule || !('checks' in rule)) return 'is not a condition or built-in rule a test can run';
        const verdicts = runBuiltInCheck(rule as BuiltInCheck, universe.nodes, universe.facts, asOf, environment.staleAfterDays, environment.evidence).map((finding) => ({
            subject: namedFactOf(finding.node), at: finding.node, message: finding.message, why: finding.message,
            waived: suppressionFor(rule.id, finding.node) !== undefined
        }));
        return { verdicts, neverJudged: expectation.outcome === 'passes' ? whyCheckNeverJudges(rule as BuiltInCheck, universe.nodes, fact) : undefined };
    };
    const expectations = test.expectations.map((expectation) => judge(expectation, judgementOf(expectation)));
    const halfRead = halfReadFiles([...environment.documents].filter((document) => !isTestDocument(document)));
    const problems = [
        ...test.expectations.length === 0 ? ['states no expectation: add `expect <condition> passes` or `… fails on <fact>`'] : [],
        ...halfRead.length > 0 ? [`ran against a workspace with syntax errors, read only in part: ${halfRead.map((file) => `${path.basename(file.file)}${file.line ? `:${file.line}` : ''}`).join(', ')}`] : []
    ];
    const problem = problems.length > 0 ? problems.join('; it ') : undefined;
    const cst = test.$cstNode;
    return {
        test,
        name: test.name,
        file: AstUtils.getDocument(test).uri.fsPath,
        line: (cst?.range.start.line ?? 0) + 1,
        asOf,
        passed: problem === undefined && expectations.every((result) => result.passed),
        expectations,
        problem,
        halfRead,
        outcomes,
        durationMs: performance.now() - started
    };
}

/** The rule an expectation names, as written. */
export function ruleNameOf(expectation: ast.Expectation): string {
    return expectation.condition?.$refText ?? expectation.rule ?? '?';
}

/** Why a condition's pass is no judgement: a quantifier ranged over nothing, or a `where` could not judge a fact. */
function vacuousWhy(outcome: ConditionOutcome): string | undefined {
    if (outcome.violations.length > 0) return undefined;
    const reasons = [
        ...outcome.vacuous.map((range) => range.why),
        ...outcome.undecided.map((undecided) => `${nameOf(undecided.subject)} could not be judged: ${undecided.why}`)
    ];
    return reasons.length > 0 ? reasons.join('; ') : undefined;
}

function judge(expectation: ast.Expectation, judgement: Judgement | string): ExpectationResult {
    const rule = ruleNameOf(expectation);
    const subject = expectation.subject?.ref;
    const subjectName = expectation.subject?.$refText;
    const phrase = expectation.phrase;
    // An expectation recovered without its outcome reads '?', never 'undefined'.
    const expected = `${rule} ${expectation.outcome === 'waived' ? 'is waived' : expectation.outcome ?? NO_FIGURE}`
        + (subjectName ? ` on ${subjectName}` : '') + (phrase !== undefined ? ` with "${phrase}"` : '');
    if (typeof judgement === 'string') return { expectation, passed: false, expected, actual: `${rule} ${judgement}` };
    const verdicts = judgement.verdicts;
    const on = subject ? verdicts.filter((verdict) => isOn(verdict, subject)) : verdicts;
    const failing = on.filter((verdict) => !verdict.waived);
    const waived = on.filter((verdict) => verdict.waived);
    const where = subjectName ? ` on ${subjectName}` : '';
    const describe = (list: Verdict[], how: string) =>
        `${rule} ${how}${where ? where : ` on ${list.map((verdict) => nameOf(verdict.subject)).filter(unique).join(', ')}`}: ${list.map((verdict) => verdict.why).filter(unique).join('; ')}`;
    // A rule that never judged the fact (or, with no fact, judged nothing) did not pass it: it said nothing.
    const silent = on.length === 0 ? judgement.neverJudged : undefined;
    const never = subjectName ? `${rule} never judged ${subjectName}: ${silent}` : `${rule} passes without a judgement: ${silent}`;
    const actual = failing.length > 0 ? describe(failing, 'fails') : waived.length > 0 ? describe(waived, 'is waived')
        : silent !== undefined ? never : `${rule} passes${where}`;
    let passed: boolean;
    switch (expectation.outcome) {
        case 'passes': passed = failing.length === 0 && silent === undefined; break;
        case 'fails': passed = failing.some((verdict) => phrase === undefined || contains(verdict.message, phrase)); break;
        case 'waived': passed = failing.length === 0 && waived.length > 0; break;
        default: passed = false;
    }
    return { expectation, passed, expected, actual };
}

function isOn(verdict: Verdict, subject: AstNode): boolean {
    if (verdict.subject === subject) return true;
    for (let node: AstNode | undefined = verdict.at; node; node = node.$container) if (node === subject) return true;
    return false;
}

function contains(message: string, phrase: string): boolean {
    return message.toLocaleLowerCase('en-GB').includes(phrase.toLocaleLowerCase('en-GB'));
}

function namedFactOf(node: AstNode): AstNode {
    for (let current: AstNode | undefined = node; current; current = current.$container) if (isNamedFact(current)) return current;
    return node;
}

function nameOf(node: AstNode): string {
    const name = (node as { name?: unknown }).name;
    return typeof name === 'string' ? name : node.$type;
}

function unique<T>(value: T, index: number, all: T[]): boolean {
    return all.indexOf(value) === index;
}
