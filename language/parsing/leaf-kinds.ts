import type { TokenType } from 'chevrotain';
import type { GrammarAST } from 'langium';

/**
 * What a leaf of the syntax tree has in common with many others: its token type, the grammar element it was
 * parsed from (none for hidden tokens such as comments), whether it is hidden, and its length in UTF-16 code units.
 * Shared between leaves (see `LeafKinds`), so a leaf itself stores only its container and offset.
 */
export class LeafKind {
    constructor(
        readonly tokenType: TokenType,
        readonly grammarSource: GrammarAST.AbstractElement | undefined,
        readonly hidden: boolean,
        readonly length: number
    ) {}
}

/**
 * How many kinds are remembered before the table starts afresh. A text has few distinct kinds (a keyword has one
 * length; names and numbers have a few dozen), so this is only reached by a long-lived language server that has seen
 * many lengths of strings and comments; starting afresh bounds its memory, and costs only a few duplicate kinds.
 */
const MAX_KINDS = 1 << 15;

/** One `LeafKind` object per distinct combination, made on first use. */
export class LeafKinds {
    private readonly byTokenType = new Map<TokenType, Map<GrammarAST.AbstractElement | undefined, Map<number, LeafKind>>>();
    private count = 0;

    /** The kind of a leaf; `length` in UTF-16 code units. Two calls with the same arguments give the same object. */
    get(tokenType: TokenType, grammarSource: GrammarAST.AbstractElement | undefined, hidden: boolean, length: number): LeafKind {
        let bySource = this.byTokenType.get(tokenType);
        if (bySource === undefined) {
            bySource = new Map();
            this.byTokenType.set(tokenType, bySource);
        }
        let byLength = bySource.get(grammarSource);
        if (byLength === undefined) {
            byLength = new Map();
            bySource.set(grammarSource, byLength);
        }
        const key = hidden ? -1 - length : length;
        let kind = byLength.get(key);
        if (kind === undefined) {
            if (this.count >= MAX_KINDS) {
                this.byTokenType.clear();
                this.count = 0;
                return this.get(tokenType, grammarSource, hidden, length);
            }
            kind = new LeafKind(tokenType, grammarSource, hidden, length);
            byLength.set(key, kind);
            this.count++;
        }
        return kind;
    }

    /** How many kinds are remembered now (for tests and measurements). */
    get size(): number {
        return this.count;
    }
}
