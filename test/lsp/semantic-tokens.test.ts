import { strict as assert } from 'node:assert';
import { expectSemanticToken, highlightHelper } from 'langium/test';
import { afterEach, describe, it } from 'mocha';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { createTestServices, resetWorkspace } from '../helpers.js';

const { services } = createTestServices();
const highlight = highlightHelper(services);

describe('semantic highlighting', () => {
    afterEach(() => resetWorkspace(services));

    it('colours declarations by their kind', async () => {
        const tokens = await highlight(`
            area <|London|> "London" region
            party <|Mayor|> "Mayor of London" mayor serves London
            agreement <|A2015|> "Agreement" { clause <|Estates|> "Sell land" }
            power <|Primary|> "Primary care" held by Mayor
            aspiration Smoke "Smoke" { target <|Smoking|> "Smoking" { goal 13% } }
            condition <|Reinvest|> "Reinvest" { every <|s|> in estate-sales: s.proceeds > £0 }
        `);
        const expected = [SemanticTokenTypes.enum, SemanticTokenTypes.class, SemanticTokenTypes.namespace, SemanticTokenTypes.property,
            SemanticTokenTypes.function, SemanticTokenTypes.property, SemanticTokenTypes.macro, SemanticTokenTypes.parameter];
        expected.forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { rangeIndex, tokenType }));
        const mayor = tokens.tokens.filter((token) => token.text === 'Mayor');
        assert.equal(mayor.length, 2);
        assert.notEqual(mayor[0]!.tokenModifiers, 0, 'a declaration carries the declaration modifier');
        assert.equal(mayor[1]!.tokenModifiers, 0, 'a reference does not');
    });

    it('colours references by the kind of what they name, qualified names included', async () => {
        const tokens = await highlight(`
            area London "London" region
            party Mayor "Mayor of London" mayor serves <|London|>
            aspiration Smoke "Smoke" { target Smoking "Smoking" { goal 13% } }
            measurement M of <|Smoke.Smoking|>: 14% on 2019-01-01
            board LHB "London Health Board" { chair <|Mayor|> }
            condition C "c" { every s in estate-sales: <|s|>.<|proceeds|> > £0 }
        `);
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: SemanticTokenTypes.enum });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: SemanticTokenTypes.property });
        expectSemanticToken(tokens, { rangeIndex: 2, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(tokens, { rangeIndex: 3, tokenType: SemanticTokenTypes.parameter });
        expectSemanticToken(tokens, { rangeIndex: 4, tokenType: SemanticTokenTypes.property });
    });

    it('colours dates, money, percentages and counts as numbers, titles and clause texts as strings', async () => {
        const tokens = await highlight(`
            agreement A "<|x|>" { signed <|2015-12-15|> clause C <|"Sell land"|> }
            estate-sale S <|"Site"|> { sold 2018-06-30 for <|£12.5m|> }
            aspiration Smoke "Smoke" { target T "T" { goal <|13%|> } }
            locality-team L "L" { serves <|50,000|> residents }
        `.replace('"<|x|>"', '<|"Agreement"|>'));
        const expected = [SemanticTokenTypes.string, SemanticTokenTypes.number, SemanticTokenTypes.string, SemanticTokenTypes.string,
            SemanticTokenTypes.number, SemanticTokenTypes.number, SemanticTokenTypes.number];
        expected.forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { rangeIndex, tokenType }));
    });
});
