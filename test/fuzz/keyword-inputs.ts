import { AstUtils, GrammarAST, GrammarUtils, type Grammar } from 'langium';
import { LhcGrammar } from '../../language/generated/grammar.js';

/**
 * Partial inputs made from the grammar itself, so a keyword added to any grammar file is covered without touching
 * the tests: every keyword alone and followed by the beginnings of a declaration, and every keyword written inside
 * the body of every declaration that has one (`agreement X "t" {`, `board X "t" {`, `test X "t" {` …).
 */

/** One partial input: its text, and whether it belongs in a scenario test file (`*.test.lhc`). */
export interface PartialInput {
    /** How the input was made, for messages: `commitment X "t" {`, or `board … { commitment }`. */
    label: string;
    text: string;
    testFile: boolean;
}

/** Every keyword of the generated grammar (punctuation included), in a stable order. */
export function grammarKeywords(grammar: Grammar = LhcGrammar()): string[] {
    const keywords = new Set<string>();
    for (const node of AstUtils.streamAllContents(grammar)) if (GrammarAST.isKeyword(node)) keywords.add(node.value);
    return [...keywords].sort();
}

/** The prefixes of a declaration written after a keyword: `k`, `k X`, `k X "t"`, `k X "t" {`, `k X:`, `k X "t" { }`. */
export function keywordForms(keyword: string, name = 'X'): string[] {
    return [keyword, `${keyword} ${name}`, `${keyword} ${name} "t"`, `${keyword} ${name} "t" {`, `${keyword} ${name}:`, `${keyword} ${name} "t" { }`];
}

/** A sample of each terminal, for writing the mandatory parts of a declaration's header. */
const TERMINAL_SAMPLES: Record<string, string> = {
    ID: 'X', STRING: '"t"', DATE: '2019-01-01', MONEY: '£1m', FINANCIAL_YEAR: '2019/20', PERCENT: '5%', NUMBER: '1'
};

/**
 * The shortest text the grammar accepts for `element`, taking every mandatory part and the first of every choice.
 * Throws for a terminal with no sample (a new terminal: add it to TERMINAL_SAMPLES).
 */
function shortest(element: GrammarAST.AbstractElement, name: string, seen: ReadonlySet<GrammarAST.AbstractRule>): string[] {
    if (GrammarUtils.isOptionalCardinality(element.cardinality, element)) return [];
    if (GrammarAST.isKeyword(element)) return [element.value];
    if (GrammarAST.isAssignment(element)) return shortest(element.terminal, name, seen);
    if (GrammarAST.isCrossReference(element)) return [name];
    if (GrammarAST.isAction(element)) return [];
    if (GrammarAST.isGroup(element) || GrammarAST.isUnorderedGroup(element)) return element.elements.flatMap((child) => shortest(child, name, seen));
    if (GrammarAST.isAlternatives(element)) return shortest(element.elements[0]!, name, seen);
    if (GrammarAST.isRuleCall(element)) {
        const rule = element.rule.ref!;
        if (GrammarAST.isTerminalRule(rule)) {
            const sample = rule.name === 'ID' ? name : TERMINAL_SAMPLES[rule.name];
            if (sample === undefined) throw new Error(`No sample text for the terminal ${rule.name}: add one to TERMINAL_SAMPLES`);
            return [sample];
        }
        if (seen.has(rule) || !GrammarAST.isParserRule(rule) || !rule.definition) return [];
        return shortest(rule.definition, name, new Set([...seen, rule]));
    }
    return [];
}

/**
 * The header of every declaration with a `{ … }` body, up to and including its `{`: `agreement X "t" {`. Parser
 * rules whose definition has `{` among its top-level parts; the parts before it are written as `shortest` does.
 */
export function containerHeaders(grammar: Grammar = LhcGrammar(), name = 'X'): { rule: string; header: string }[] {
    const headers: { rule: string; header: string }[] = [];
    for (const rule of grammar.rules) {
        if (!GrammarAST.isParserRule(rule) || !GrammarAST.isGroup(rule.definition)) continue;
        const parts = rule.definition.elements;
        const brace = parts.findIndex((part) => GrammarAST.isKeyword(part) && part.value === '{');
        if (brace < 0) continue;
        const header = parts.slice(0, brace + 1).flatMap((part) => shortest(part, name, new Set([rule])));
        headers.push({ rule: rule.name, header: header.join(' ').replace(/ ([,:])/g, '$1') });
    }
    return headers;
}

/**
 * Every partial input: each keyword's forms at the top level of a file, and each keyword inside the body of each
 * declaration that has one. A test's body goes in a test file. `unique` makes each input's
 * names its own (`X17`), so inputs built together in one workspace do not resolve to each other's declarations.
 */
export function partialInputs(options: { unique?: boolean } = {}): PartialInput[] {
    const keywords = grammarKeywords();
    let counter = 0;
    const name = () => (options.unique ? `X${++counter}` : 'X');
    const inputs: PartialInput[] = [];
    for (const keyword of keywords) {
        for (const text of keywordForms(keyword, name())) inputs.push({ label: text, text, testFile: false });
    }
    for (const { rule, header } of containerHeaders()) {
        const testFile = rule === 'TestCase';
        for (const keyword of keywords) {
            const container = options.unique ? header.replace(/\bX\b/g, name()) : header;
            inputs.push({ label: `${header} ${keyword}`, text: `${container}\n    ${keyword}\n}\n`, testFile });
        }
    }
    return inputs;
}
