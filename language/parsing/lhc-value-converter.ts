import { DefaultValueConverter, GrammarAST, GrammarUtils, ValueConverter, type CstNode, type ValueType } from 'langium';
import { parseCount, parseMoney } from '../model/money.js';

/** Turns `£12.5m`, `13%` and `50,000` into plain numbers (pounds, percent points, counts). */
export class LhcValueConverter extends DefaultValueConverter {
    /** The terminal or datatype rule behind each grammar feature, looked up once instead of for every token. */
    private readonly rules = new Map<GrammarAST.AbstractElement, GrammarAST.AbstractRule | null>();

    override convert(input: string, cstNode: CstNode): ValueType {
        const feature = cstNode.grammarSource;
        if (!feature) return super.convert(input, cstNode);
        let rule = this.rules.get(feature);
        if (rule === undefined) {
            const terminal = GrammarAST.isCrossReference(feature) ? GrammarUtils.getCrossReferenceTerminal(feature) : feature;
            rule = GrammarAST.isRuleCall(terminal) ? terminal.rule?.ref ?? null : null;
            if (GrammarAST.isRuleCall(terminal) && !rule) return super.convert(input, cstNode); // Langium's error
            this.rules.set(feature, rule);
        }
        return rule ? this.runConverter(rule, input, cstNode) : input;
    }

    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'MONEY': return parseMoney(input);
            case 'PERCENT': return Number(input.slice(0, -1));
            case 'NUMBER': return parseCount(input);
            // Without escapes a string's value is its text between the quotes: skip the character-by-character copy.
            case 'STRING': return input.includes('\\') ? ValueConverter.convertString(input) : input.slice(1, -1);
            default: return super.runConverter(rule, input, cstNode);
        }
    }
}
