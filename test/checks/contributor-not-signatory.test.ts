import { afterEach, describe, it } from 'mocha';
import { expectError, expectNoIssues } from 'langium/test';
import { isPooledBudget } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, named } from './check-helpers.js';

const { services, validate } = checkTestKit();

const CODE = 'contributor-not-signatory';

const PARTIES = `
    area England "England" country
    area Bolton "Bolton" borough within England
    party NHSEngland "NHS England" national-body serves England
    party BoltonCouncil "Bolton Council" council serves Bolton
    party BoltonCCG "NHS Bolton CCG" ccg serves Bolton
    party BoltonTrust "Bolton NHS Foundation Trust" foundation-trust serves Bolton
    party GMICB "NHS Greater Manchester ICB" icb serves Bolton succeeds BoltonCCG on 2022-07-01
    party BoltonPartners "Bolton Partners" partnership members BoltonCouncil, BoltonCCG
`;

describe(CODE, () => {
    afterEach(() => resetWorkspace(services));

    it('reports a contributor that is not a party to the budget\'s agreement, on its contribution', async () => {
        const result = await validate(`${PARTIES}
            agreement Deal "A deal" {
                signed 2017-01-01
                signatories BoltonCouncil, BoltonCCG
                pooled-budget Budget "Intermediate care" {
                    BoltonCouncil contributes £1m
                    BoltonCCG contributes £1m
                    BoltonTrust contributes £1m
                    pooled from 2018-04-01
                }
            }
        `);
        const budget = named(result, isPooledBudget, 'Budget');
        expectError(result, "'BoltonTrust' contributes to pooled budget 'Budget' but is not a party to its agreement 'Deal': it is not among its signatories, nor a member of one, nor a signatory's successor.", {
            node: budget.contributions[2]!, property: 'contributor', code: CODE
        });
        expectNoIssues(result, { node: budget.contributions[0]!, code: CODE });
        expectNoIssues(result, { node: budget.contributions[1]!, code: CODE });
    });

    it('accepts members of a signing partnership, and a signatory\'s successor once it has taken over', async () => {
        expectNoIssues(await validate(`${PARTIES}
            agreement Deal "A deal" {
                signed 2017-01-01
                signatories BoltonPartners
                pooled-budget Before "Before" { BoltonCouncil contributes £1m BoltonCCG contributes £1m pooled from 2018-04-01 }
                pooled-budget After "After" { BoltonCouncil contributes £1m GMICB contributes £1m pooled from 2023-04-01 }
            }
        `), { code: CODE });
    });

    it('reports a successor contributing before it took over, and judges nothing without an agreement or its signatories', async () => {
        const early = await validate(`${PARTIES}
            agreement Deal "A deal" {
                signed 2017-01-01
                signatories BoltonCouncil, BoltonCCG
                pooled-budget Early "Early" { BoltonCouncil contributes £1m GMICB contributes £1m pooled from 2018-04-01 }
            }
        `);
        expectError(early, /'GMICB' contributes to pooled budget 'Early' but is not a party to its agreement 'Deal'/, { node: named(early, isPooledBudget, 'Early').contributions[1]!, property: 'contributor', code: CODE });
        await resetWorkspace(services);
        expectNoIssues(await validate(`${PARTIES}
            agreement Unsigned "No signatories listed" { signed 2017-01-01 }
            pooled-budget Loose "Under no agreement" { BoltonCouncil contributes £1m BoltonTrust contributes £1m }
            pooled-budget Listed "Under an agreement listing no signatories" under Unsigned { BoltonCouncil contributes £1m BoltonTrust contributes £1m }
        `), { code: CODE });
    });
});
