import type { AstNode, LangiumParser, ParseResult } from 'langium';
import { computeLineStarts, lineOfOffset } from './line-starts.js';

/**
 * How deeply a condition may nest: brackets, `not`, and quantifiers each add a level. The parser is recursive
 * descent (about ten grammar rules per bracket), so a few dozen levels exhaust the JavaScript stack, and
 * everything after it — linking, type checking, evaluation, formatting — recurses over the same tree. No real
 * agreement needs more than a handful of levels; 32 leaves a wide margin below where the parser fails (60–70
 * levels in the CLI).
 */
export const MAX_NESTING = 32;

/**
 * How many operators one `{ … }` body may hold. A chain (`a and b and c …`) nests one level per operator without
 * brackets, and Langium's own tree walks recurse over it, so a body past this is cut off and reported like a
 * deep one.
 */
export const MAX_OPERATORS = 500;

/** A stretch of text nested deeper than `MAX_NESTING`, which was not parsed (offsets into the original text). */
export interface DeepRegion {
    start: number;
    end: number;
}

/** The limits a scan applies (the defaults everywhere but tests, which compare a parse with and without them). */
export interface NestingLimits {
    nesting: number;
    operators: number;
}

export const DEFAULT_LIMITS: NestingLimits = { nesting: MAX_NESTING, operators: MAX_OPERATORS };

const PREFIX_WORDS = new Set(['not', 'every', 'some', 'no', 'least', 'most']);
const OPERATOR_WORDS = new Set(['and', 'or', 'implies', 'of', 'before', 'after', 'in', 'within']);
const OPERATOR_CHARS = new Set(['+', '*', '/', '<', '>', '=']);
/**
 * Keywords that begin a declaration (lhc.langium and the files it imports). Between `condition` and its `{`
 * only the header's own words and names can stand (`per`, `severity`, `under`, `workspace-wide`), and a name is
 * never a keyword, so one of these ends a header that never reached its body.
 */
const DECLARATION_WORDS = new Set(['agreement', 'mou', 'clause', 'delegation', 'pilot', 'aspiration', 'target', 'objective',
    'commitment', 'condition', 'waiver', 'envelope', 'allocation', 'area', 'party', 'board', 'power', 'theme', 'service',
    'estate-asset', 'estate-sale', 'pooled-budget', 'locality-team', 'measurement', 'dataset', 'test', 'expect']);
const deepRegionsByRoot = new WeakMap<AstNode, DeepRegion[]>();

/** Where a scan is: outside any condition, in a condition's header (before its `{`), or in its body. */
const Place = { Outside: 0, Header: 1, Body: 2 } as const;

/**
 * Finds the stretches of condition bodies nested deeper than `limits.nesting`, or past `limits.operators`
 * operators in one body, by a scan of the characters (strings and comments skipped) that costs far less than
 * lexing. Only the expression between a condition's `{` and `}` is counted: expressions are the only recursive
 * part of the grammar, and the same words outside one (`area … within England`, `measurement … of T`, `in 2015/16`)
 * are no operators. A stretch runs from the first token past the limit to the bracket that closes it, or to the
 * body's end — its `}`, or the next `{` (expressions never contain braces); a body left open ends where a
 * declaration begins (a declaration keyword followed by a name, `area Camden`, which no expression holds), or
 * at the end of the text.
 */
export function findDeepRegions(text: string, limits: NestingLimits = DEFAULT_LIMITS): DeepRegion[] {
    const limit = limits.nesting;
    const operatorLimit = limits.operators;
    const regions: DeepRegion[] = [];
    let place: number = Place.Outside;
    // One entry per open level: true for a bracket, false for a prefix word (closed with its enclosing bracket).
    const open: boolean[] = [];
    let regionStart = -1;
    let regionFloor = 0;
    const close = (at: number): void => {
        if (regionStart >= 0 && open.length <= regionFloor) {
            regions.push({ start: regionStart, end: at });
            regionStart = -1;
        }
    };
    const push = (at: number, bracket: boolean): void => {
        open.push(bracket);
        if (regionStart < 0 && open.length > limit) {
            regionStart = at;
            regionFloor = open.length - 1;
        }
    };
    // Operators in the current body; past the limit, the next operand starts a stretch (so what is left parses).
    let operators = 0;
    let operandPending = false;
    const operator = (): void => {
        if (++operators > operatorLimit && regionStart < 0) operandPending = true;
    };
    const endBody = (at: number): void => {
        open.length = 0;
        operators = 0;
        operandPending = false;
        close(at);
        place = Place.Outside;
    };
    const length = text.length;
    let i = 0;
    while (i < length) {
        const c = text.charCodeAt(i);
        if (operandPending && c > 32 && !isCommentStart(text, i)) {
            operandPending = false;
            if (c !== 41 && c !== 93 && c !== 123 && c !== 125) {
                regionStart = i;
                regionFloor = open.length;
            }
        }
        if (c === 34 /* " */) {
            i++;
            while (i < length && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 ? 2 : 1;
            i++;
        } else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
            while (i < length && text.charCodeAt(i) !== 10) i++;
        } else if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
            const end = text.indexOf('*/', i + 2);
            i = end < 0 ? length : end + 2;
        } else if (c === 123 /* { */ || c === 125 /* } */) {
            if (place === Place.Body) endBody(i);
            else place = c === 123 && place === Place.Header ? Place.Body : Place.Outside;
            i++;
        } else if (place !== Place.Body) {
            // Outside a body only the words that begin and end a condition's header matter.
            if (c >= 97 && c <= 122 && (i === 0 || !isWordChar(text.charCodeAt(i - 1)))) {
                const start = i;
                while (i < length && isWordChar(text.charCodeAt(i))) i++;
                const word = text.slice(start, i);
                if (word === 'condition') place = Place.Header;
                else if (DECLARATION_WORDS.has(word)) place = Place.Outside;
            } else {
                i++;
            }
        } else if (c === 40 /* ( */ || c === 91 /* [ */) {
            push(i, true);
            i++;
        } else if (c === 41 /* ) */ || c === 93 /* ] */) {
            while (open.length > 0 && open[open.length - 1] === false) open.pop();
            // A stretch that began with a prefix word ends before the bracket around it; one that began with a
            // bracket ends with its own closing bracket.
            close(i);
            open.pop();
            i++;
            close(i);
        } else if (c >= 97 && c <= 122 /* a-z */) {
            const start = i;
            while (i < length && isWordChar(text.charCodeAt(i))) i++;
            if (start === 0 || !isWordChar(text.charCodeAt(start - 1))) {
                const word = text.slice(start, i);
                if (PREFIX_WORDS.has(word)) push(start, false);
                else if (OPERATOR_WORDS.has(word)) operator();
                else if (DECLARATION_WORDS.has(word) && nameFollows(text, i)) {
                    // `area Camden …`: a body left open (being typed) ends where the next declaration begins.
                    if (operandPending) operandPending = false;
                    endBody(start);
                    if (word === 'condition') place = Place.Header;
                }
            }
        } else {
            if (OPERATOR_CHARS.has(text.charAt(i)) || (c === 45 /* - */ && i > 0 && text.charCodeAt(i - 1) <= 32)) operator();
            i++;
        }
    }
    if (regionStart >= 0) regions.push({ start: regionStart, end: length });
    return regions;
}

/** Words that may follow a name inside an expression (`area in areas`, `a.x is set`, `count(a for a in …)`). */
const AFTER_NAME_WORDS = new Set([...OPERATOR_WORDS, 'is', 'not', 'set', 'where', 'for']);

/**
 * Whether a name (an identifier that is no word an expression continues with) follows `at`, after spaces and
 * comments: `area Camden`, `measurement M1`. In an expression a name is never followed by another, so a
 * declaration keyword followed by one begins a declaration.
 */
function nameFollows(text: string, at: number): boolean {
    let i = at;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c <= 32) i++;
        else if (c === 47 && text.charCodeAt(i + 1) === 47) while (i < text.length && text.charCodeAt(i) !== 10) i++;
        else if (c === 47 && text.charCodeAt(i + 1) === 42) {
            const end = text.indexOf('*/', i + 2);
            i = end < 0 ? text.length : end + 2;
        } else break;
    }
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95)) return false;
    const start = i;
    while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
    return !AFTER_NAME_WORDS.has(text.slice(start, i));
}

function isCommentStart(text: string, i: number): boolean {
    return text.charCodeAt(i) === 47 && (text.charCodeAt(i + 1) === 47 || text.charCodeAt(i + 1) === 42);
}

function isWordChar(c: number): boolean {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

/**
 * Wraps a parser so that text nested deeper than `MAX_NESTING` never reaches it: each deep stretch is parsed as
 * the number `0` (padded with the stretch's own line breaks, so every position after it stays right), and the
 * tree keeps the original text. The stretches are remembered for the tree's root: the condition they fall in
 * reports them (`condition-too-deep`, naming the text not read) and is not evaluated, and the formatter leaves
 * such a file alone; a stretch no condition reports (its header is broken) is reported on its own by the document
 * validator, so none goes unsaid. `limits` is for tests, which compare a parse with and without the guard.
 */
export function guardNesting<P extends LangiumParser>(parser: P, limits: NestingLimits = DEFAULT_LIMITS): P {
    const parse = parser.parse.bind(parser);
    parser.parse = (<T extends AstNode>(input: string, options?: Parameters<LangiumParser['parse']>[1]): ParseResult<T> => {
        const regions = findDeepRegions(input, limits);
        if (regions.length === 0) return parse<T>(input, options);
        let blanked = '';
        let cursor = 0;
        for (const region of regions) {
            // The number stands alone: after a word character (`not(`) it goes one place later, so it lexes on its own.
            const spaced = region.start > 0 && isWordChar(input.charCodeAt(region.start - 1)) && region.end - region.start > 1
                && !/[\r\n]/.test(input.charAt(region.start + 1));
            const kept = input.slice(region.start, region.end).replace(/[^\r\n]/g, ' ').split('');
            kept[spaced ? 1 : 0] = '0';
            blanked += input.slice(cursor, region.start) + kept.join('');
            cursor = region.end;
        }
        blanked += input.slice(cursor);
        const result = parse<T>(blanked, options);
        const root = result.value.$cstNode?.root as { _text?: string } | undefined;
        if (root && '_text' in root) root._text = input;
        deepRegionsByRoot.set(result.value, regions);
        return result;
    }) as P['parse'];
    return parser;
}

/** A stretch of text in words: `line 3, columns 37–1,002` or `lines 3–40 (from line 3, column 37)`, 1-based. */
export function describeRegion(text: string, region: DeepRegion): string {
    const starts = computeLineStarts(text);
    const first = lineOfOffset(starts, region.start);
    const last = lineOfOffset(starts, Math.max(region.start, region.end - 1));
    const column = (offset: number, line: number) => offset - starts[line]! + 1;
    if (first === last) return `the text of line ${first + 1}, columns ${column(region.start, first)}–${column(Math.max(region.start, region.end - 1), last)}`;
    return `the text of lines ${first + 1}–${last + 1} (from line ${first + 1}, column ${column(region.start, first)})`;
}

/** The stretches of a parsed document nested too deeply to parse (empty for almost every document). */
export function deepRegionsOf(root: AstNode): readonly DeepRegion[] {
    return deepRegionsByRoot.get(root) ?? [];
}
