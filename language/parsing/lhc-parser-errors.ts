import { LangiumParserErrorMessageProvider } from 'langium';
import type { IToken, TokenType } from 'chevrotain';

/** What each terminal looks like, in the words a policy officer would use. */
const TOKEN_DESCRIPTIONS: Record<string, string> = {
    DATE: 'a date like 2017-11-16',
    MONEY: 'an amount like £12.5m or £800,000',
    PERCENT: 'a percentage like 13%',
    NUMBER: 'a number like 50,000',
    ID: 'a name like NHSEngland',
    FINANCIAL_YEAR: 'a financial year like 2015/16',
    STRING: 'quoted text like "Estates Board"',
    EOF: 'the end of the file'
};

export function describeToken(type: TokenType): string {
    if (type.name.endsWith(':KW')) return `'${type.name.slice(0, -3)}'`;
    const description = TOKEN_DESCRIPTIONS[type.name];
    if (description) return description;
    // Langium names keyword tokens by the keyword itself; terminals are upper-case (DATE, ID).
    return /^[A-Z_]+$/.test(type.name) ? type.name : `'${type.name}'`;
}

const DECLARATION_EXPECTED = 'a declaration (agreement, party, area, pilot, …)';

function describeFound(token: IToken): string {
    return token.tokenType?.name === 'EOF' || token.image === '' ? 'the end of the file' : `'${token.image}'`;
}

/** Parse errors that say what was expected in plain words: "Expected a date like 2017-11-16 but found '2017'." */
export class LhcParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    override buildMismatchTokenMessage({ expected, actual }: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        // Text left over after the last declaration: the parser "expected the end of the file".
        const wanted = expected.name === 'EOF' ? DECLARATION_EXPECTED : describeToken(expected);
        return `Expected ${wanted} but found ${describeFound(actual)}.`;
    }

    override buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken; ruleName: string }): string {
        return `Expected ${DECLARATION_EXPECTED} but found ${describeFound(firstRedundant)}.`;
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        const firsts = new Set<string>();
        for (const alternative of options.expectedPathsPerAlt) {
            for (const path of alternative) if (path[0]) firsts.add(describeToken(path[0]));
        }
        const expected = [...firsts].slice(0, 8);
        // A long list is cut short, and says so, rather than pretending to be complete.
        const list = firsts.size > expected.length
            ? `one of ${expected.join(', ')}, …`
            : expected.length <= 1 ? expected.join('') : `${expected.slice(0, -1).join(', ')} or ${expected.at(-1)}`;
        return `Expected ${list} but found ${describeFound(options.actual[0]!)}.`;
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        const expected = [...new Set(options.expectedIterationPaths.map((path) => path[0] ? describeToken(path[0]) : ''))].filter(Boolean);
        return `Expected at least one of ${expected.join(', ')} but found ${describeFound(options.actual[0]!)}.`;
    }
}
