import { AstUtils, DefaultLexer, DefaultTokenBuilder, type AstNode, type GrammarAST, type LangiumParser, type LexerResult, type ParseResult, type Stream } from 'langium';
import type { TokenType } from 'chevrotain';

/**
 * Tokens that look like a date or an amount but are not written the way the language writes them: `2017-06`
 * (a date known only to its month), `16-11-2017`, `2017/11/16`, `£6 billion`, `£6billion`. Without them the
 * lexer splits such a text into pieces the grammar never expects together (`2017` then `-06`), and the parser's
 * recovery reports one error after another, often far from the mistake, and may lose the rest of the declaration
 * (an agreement's clauses, which other files then fail to find).
 *
 * Each is a token of its own, in the category of the token it imitates, so the parser takes it where a date or
 * an amount goes and carries on. The lexer reports it as one syntax error on the token, saying how the value is
 * written; its value is left missing (see `LhcValueConverter`), and the declaration holding it is not judged
 * (see `isComplete`).
 */
interface MalformedToken {
    name: string;
    /** The terminal it stands in for; the malformed token goes just before it, or after it with `after`. */
    imitates: 'DATE' | 'MONEY';
    after: boolean;
    pattern: RegExp;
    message: (text: string) => string;
}

export const MALFORMED_TOKENS: readonly MalformedToken[] = [
    {
        name: 'MALFORMED_DATE',
        imitates: 'DATE',
        // After DATE, which takes every well-formed YYYY-MM-DD first: 2017-06, 2017-6-1, 16-11-2017, 2017/11/16.
        after: true,
        pattern: /\d{4}-\d+(?:-\d+)*|\d{1,2}-\d{1,2}-\d{2,4}|\d{4}\/\d{1,2}\/\d{1,2}|\d{1,2}\/\d{1,2}\/\d{4}/,
        // `2015-16` may be a financial year written with a dash, or a month (2017-06): both forms are named.
        message: (text) => /^\d{4}-\d{2}$/.test(text)
            ? `'${text}' is not a date or a financial year: a date is written in full, year-month-day (YYYY-MM-DD), like 2017-11-16, and a financial year like 2015/16.`
            : `'${text}' is not a date: a date is written in full, year-month-day (YYYY-MM-DD), like 2017-11-16.`
    },
    {
        name: 'MALFORMED_MONEY',
        imitates: 'MONEY',
        // Before MONEY, which would otherwise take `£6` and leave `billion`: an amount in words or with a unit
        // the language does not know. `£6bn`, `£12.5m` and `£250k` are written without a space, and are MONEY.
        after: false,
        pattern: /£\d[\d,]*(?:\.\d+)?(?:[ \t]*(?:billions?|millions?|thousands?|mn|bil|b|pounds?)(?![\w])|[ \t]+(?:bn|m|k)(?![\w]))/,
        message: (text) => `'${text}' is not an amount: an amount is written in pounds with bn, m or k and no space, like £6bn, £12.5m, £250k or £800,000.`
    }
];

/** The lexing errors that report a malformed token (see `dropMissingValues`). */
const MALFORMED_ERRORS = new WeakSet<object>();

const MALFORMED_BY_NAME = new Map(MALFORMED_TOKENS.map((token) => [token.name, token]));

/** Whether a token type is one of the malformed shapes above. */
export function isMalformedToken(tokenType: { name: string } | undefined): boolean {
    return tokenType !== undefined && MALFORMED_BY_NAME.has(tokenType.name);
}

/** Adds the malformed date and amount tokens next to the terminals they imitate. */
export class LhcTokenBuilder extends DefaultTokenBuilder {
    protected override buildTerminalTokens(rules: Stream<GrammarAST.AbstractRule>): TokenType[] {
        const tokens = super.buildTerminalTokens(rules);
        for (const malformed of MALFORMED_TOKENS) {
            const index = tokens.findIndex((token) => token.name === malformed.imitates);
            if (index < 0) continue;
            const token: TokenType = { name: malformed.name, PATTERN: malformed.pattern, CATEGORIES: [tokens[index]!] };
            tokens.splice(malformed.after ? index + 1 : index, 0, token);
        }
        return tokens;
    }
}

/** Reports each malformed token as a lexing error on the token itself (see `MALFORMED_TOKENS`). */
export class LhcLexer extends DefaultLexer {
    override tokenize(text: string): LexerResult {
        const result = super.tokenize(text);
        for (const token of result.tokens) {
            const malformed = MALFORMED_BY_NAME.get(token.tokenType.name);
            if (!malformed) continue;
            const error = {
                offset: token.startOffset,
                line: token.startLine,
                column: token.startColumn,
                length: token.image.length,
                message: malformed.message(token.image)
            };
            MALFORMED_ERRORS.add(error);
            result.errors.push(error);
        }
        return result;
    }
}

/**
 * After a parse that met a malformed date or amount, removes the values the value converter left `null` (a datatype
 * rule such as `Money` cannot give `undefined`), so the property is missing, as when it is not written.
 */
export function dropMissingValues<P extends LangiumParser>(parser: P): P {
    const parse = parser.parse.bind(parser);
    parser.parse = (<T extends AstNode>(input: string, options?: Parameters<LangiumParser['parse']>[1]): ParseResult<T> => {
        const result = parse<T>(input, options);
        if (!result.lexerErrors.some((error) => MALFORMED_ERRORS.has(error))) return result;
        for (const node of AstUtils.streamAst(result.value)) {
            const values = node as unknown as Record<string, unknown>;
            for (const key of Object.keys(values)) if (values[key] === null) delete values[key];
        }
        return result;
    }) as P['parse'];
    return parser;
}
