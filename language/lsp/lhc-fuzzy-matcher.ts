import { DefaultFuzzyMatcher } from 'langium/lsp';

const DOT = '.'.charCodeAt(0);

/**
 * Clauses and targets are known by qualified names (`MoU2017.Estates`). Typing `Est` in completion or
 * symbol search should find them, so the segment after a dot starts a new word, as after `_` or in camelCase.
 */
export class LhcFuzzyMatcher extends DefaultFuzzyMatcher {
    protected override isWordTransition(previous: number, current: number): boolean {
        return previous === DOT || super.isWordTransition(previous, current);
    }
}
