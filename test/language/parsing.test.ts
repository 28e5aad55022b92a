import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { isAgreement, isEstateSale, isPilot, type Agreement, type EstateSale } from '../../language/generated/ast.js';
import { createTestServices, resetWorkspace, ruleIds } from '../helpers.js';

const { services, parse } = createTestServices();

describe('parsing', () => {
    afterEach(() => resetWorkspace(services));

    it('parses an agreement with clauses, relations and typed literals', async () => {
        const document = await parse(`
            area London "London" region
            area Camden "Camden" borough within London
            party NHSEngland "NHS England" national-body
            party CamdenCouncil "London Borough of Camden" council serves Camden
            agreement Agreement2015 "Collaboration Agreement" {
                signed 2015-12-15
                signatories NHSEngland, CamdenCouncil
                covers London
            }
            mou MoU2017 "Devolution MoU" builds on Agreement2015 {
                signed 2017-11-16
                clause Estates "…invest the money in estates…" source "003"
            }
            estate-sale Site "Former clinic site" under MoU2017 {   // illustrative
                located in Camden
                sold 2018-06-30 for £12.5m
                reinvest £8m in Camden
                reinvest £4,500,000 in Camden
                per Estates
            }
        `, { validation: true });
        assert.deepEqual(ruleIds(document.diagnostics ?? []), []);
        const agreement = document.parseResult.value.declarations.find(isAgreement) as Agreement;
        assert.equal(agreement.signed, '2015-12-15');
        const mou = document.parseResult.value.declarations.filter(isAgreement)[1]!;
        assert.equal(mou.relations[0]?.kind, 'builds');
        assert.equal(mou.relations[0]?.target.ref, agreement);
        const sale = document.parseResult.value.declarations.find(isEstateSale) as EstateSale;
        assert.equal(sale.proceeds, 12_500_000);
        assert.deepEqual(sale.reinvestments.map((r) => r.amount), [8_000_000, 4_500_000]);
        assert.equal(sale.clause?.ref?.name, 'Estates', 'a top-level sale under an agreement sees its clauses');
    });

    it('parses pilots nested in an agreement', async () => {
        const document = await parse(`
            party A "A" ccg
            agreement X "X" { signed 2015-12-15 pilot P "Pilot" { leads A starts 2016-04-01 aim "do good" } }
        `);
        const agreement = document.parseResult.value.declarations[1] as Agreement;
        const pilot = agreement.members.find(isPilot);
        assert.equal(pilot?.leads[0]?.ref?.name, 'A');
        assert.deepEqual(pilot?.aims, ['do good']);
    });

    it('says what it expected when a date is malformed', async () => {
        const document = await parse(`agreement X "X" { signed 2017 }`, { validation: true });
        const messages = (document.diagnostics ?? []).map((d) => String(d.message));
        assert.ok(messages.some((m) => m.includes('a date like 2017-11-16') && m.includes("'2017'")), messages.join('\n'));
        assert.ok(ruleIds(document.diagnostics ?? []).every((id) => id === 'syntax-error'));
    });

    it('names an unknown party plainly', async () => {
        const document = await parse(`agreement X "X" { signatories Nobody }`, { validation: true });
        const diagnostic = document.diagnostics?.find((d) => d.code === 'unresolved-reference');
        assert.ok(diagnostic, 'expected an unresolved-reference diagnostic');
        assert.match(String(diagnostic.message), /Unknown party 'Nobody'/);
    });
});
