import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { expectError, expectIssue, expectNoIssues } from 'langium/test';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { isAgreement, isEstateSale } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, named } from './check-helpers.js';

const { services, validate } = checkTestKit();

const CODE = 'agreement-area-inferred';

/** Greater Manchester's councils, and a CCG whose footprint crosses into Derbyshire (Glossop). */
const PLACES = `
    area England "England" country
    area GreaterManchester "Greater Manchester" city-region within England
    area Derbyshire "Derbyshire" county within England
    area Bolton "Bolton" borough within GreaterManchester
    area Tameside "Tameside" borough within GreaterManchester
    area Glossop "Glossop" locality within Derbyshire
    party BoltonCouncil "Bolton Council" council serves Bolton
    party TamesideCouncil "Tameside Council" council serves Tameside
    party TamesideAndGlossopCCG "NHS Tameside and Glossop CCG" ccg serves Tameside, Glossop
`;

const deal = (covers: string) => `${PLACES}
    mou Deal "Greater Manchester MoU" {
        signed 2015-02-27${covers}
        signatories BoltonCouncil, TamesideCouncil, TamesideAndGlossopCCG
        estate-sale Sale "Former clinic" { sold 2016-06-30 for £1m reinvest £1m in Glossop }
    }
`;

describe(CODE, () => {
    afterEach(() => resetWorkspace(services));

    it('states an area inferred from the signatories, where it comes from and the part beyond the councils\' area, as a note', async () => {
        const result = await validate(deal(''));
        expectIssue(result, {
            message: "'Deal' has no 'covers' line, so its area is inferred from where its local signatories serve: Bolton (BoltonCouncil), Tameside (TamesideCouncil and TamesideAndGlossopCCG) and Glossop (TamesideAndGlossopCCG). Glossop lies outside GreaterManchester, where its councils serve. Estate sale 'Sale' is judged against Bolton, Tameside and Glossop; add 'covers GreaterManchester' to state the area it covers.",
            node: named(result, isAgreement, 'Deal'), property: 'name', code: CODE, severity: DiagnosticSeverity.Information
        });
        const found = result.diagnostics.find((diagnostic) => diagnostic.code === CODE);
        assert.deepEqual((found?.data as { candidates?: unknown }).candidates, ['GreaterManchester', 'England'], 'the quick fix offers the councils\' area first');
    });

    it('is silent once the area is stated, and the reinvestment beyond it is then reported', async () => {
        const result = await validate(deal('\n        covers GreaterManchester'));
        expectNoIssues(result, { code: CODE });
        expectError(result, /reinvests £1m in Glossop, outside GreaterManchester/, { node: named(result, isEstateSale, 'Sale').reinvestments[0]!, property: 'area', code: 'estate-proceeds-reinvested' });
    });

    it('says nothing when no estate sale or condition is judged against the inferred area', async () => {
        const result = await validate(`${PLACES} mou Deal "MoU" { signed 2015-02-27 signatories BoltonCouncil }`);
        expectNoIssues(result, { code: CODE });
        assert.equal(result.diagnostics.length, 0);
    });
});
