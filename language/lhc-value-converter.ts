import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';
import { parseCount, parseMoney } from './model/money.js';

/** Turns `£12.5m`, `13%` and `50,000` into plain numbers (pounds, percent points, counts). */
export class LhcValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'MONEY': return parseMoney(input);
            case 'PERCENT': return Number(input.slice(0, -1));
            case 'NUMBER': return parseCount(input);
            default: return super.runConverter(rule, input, cstNode);
        }
    }
}
