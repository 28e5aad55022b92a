import { AstUtils, DefaultValueConverter, GrammarAST, GrammarUtils, isCompositeCstNode, ValueConverter, type CstNode, type ValueType } from 'langium';
import { parseCount, parseMoney } from '../model/money.js';
import { isMalformedToken } from './lhc-lexer.js';

/** Turns `£12.5m`, `13%` and `50,000` into plain numbers (pounds, percent points, counts). */
export class LhcValueConverter extends DefaultValueConverter {
    /** The terminal or datatype rule behind each grammar feature, looked up once instead of for every token. */
    private readonly rules = new Map<GrammarAST.AbstractElement, GrammarAST.AbstractRule | null>();

    override convert(input: string, cstNode: CstNode): ValueType {
        // A malformed date or amount (`2017-06`, `£6 billion`) is reported by the lexer; its value is not known,
        // and is left missing rather than guessed.
        if (isMalformedToken((cstNode as { tokenType?: { name: string } }).tokenType)) {
            // Inside a datatype rule (`Money returns number: MONEY`) the parser appends the text and converts it
            // with the rule: the rule's conversion below leaves it missing.
            return (inDataTypeRule(cstNode) ? input : undefined) as ValueType;
        }
        if (isCompositeCstNode(cstNode) && cstNode.content.some((child) => isMalformedToken((child as { tokenType?: { name: string } }).tokenType))) {
            // Not undefined: the parser takes a datatype rule's undefined for a failed rule. `dropMissingValues`
            // removes the null once the parse is done.
            return null as unknown as ValueType;
        }
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

/** Whether a token is read by a datatype rule (`Money returns number: MONEY`) rather than assigned directly. */
function inDataTypeRule(cstNode: CstNode): boolean {
    const rule = cstNode.grammarSource && AstUtils.getContainerOfType(cstNode.grammarSource, GrammarAST.isParserRule);
    return rule !== undefined && GrammarUtils.isDataTypeRule(rule);
}
