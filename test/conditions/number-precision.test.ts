import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'mocha';
import type { ConditionOutcome } from '../../language/conditions/condition-evaluator.js';
import { compareMoney, compareQuantities } from '../../language/model/money.js';
import { buildWorkspace, createTestServices, resetWorkspace } from '../helpers.js';

/**
 * Issue 13 fault 7: one tolerance for every number. Money compares exactly in pence; a share (a percentage) and a
 * count compare at the documented relative precision, so £500,040 of £1,000,000 is more than 50% whichever way the
 * condition is written.
 */
const FACTS = `
area London "London" region
board LEB "London Estates Board" { }
service PrimaryCare "Primary care"
estate-sale Sale "A £1m sale" {
    located in London
    approved by LEB on 2019-01-10
    sold 2019-02-28 for £1,000,000
    reinvest £500,040 in London for PrimaryCare
    reinvest £7 in London for PrimaryCare
}
estate-sale Small "A £100 sale" {
    located in London
    approved by LEB on 2019-01-10
    sold 2019-02-28 for £100
    reinvest £7 in London for PrimaryCare
    reinvest £0.01 in London for PrimaryCare
}
`;

const PRIMARY = 'sum(r.amount for r in s.reinvestments where r.amount > £100)';
const CASES: [string, boolean][] = [
    // The fault: both forms agree that 50.004% is more than 50%.
    [`${PRIMARY} / s.proceeds > 50%`, true],
    [`${PRIMARY} > 50% of s.proceeds`, true],
    [`${PRIMARY} / s.proceeds <= 50%`, false],
    [`${PRIMARY} <= 50% of s.proceeds`, false],
    [`${PRIMARY} / s.proceeds = 50%`, false],
    [`${PRIMARY} / s.proceeds > 50.004%`, false],
    [`${PRIMARY} / s.proceeds = 50.004%`, true],
    // Money to the penny, exactly: 4p above £500,040 is more; a penny is a difference.
    [`${PRIMARY} = £500,040`, true],
    [`${PRIMARY} > £500,039.99`, true],
    [`${PRIMARY} < £500,040.01`, true],
    [`${PRIMARY} = £500,040.01`, false]
];
// A share computed in binary floating point (£7 / £100 is 7.000000000000001%) still equals 7%; a penny counts.
const SMALL: [string, boolean][] = [
    ['sum(Small.reinvestments.amount) = £7.01', true],
    ['sum(Small.reinvestments.amount) > £7', true],
    ['sum(Small.reinvestments.amount) / Small.proceeds > 7%', true],
    ['sum(Small.reinvestments.amount) / Small.proceeds = 7.01%', true],
    ['count(Small.reinvestments) > 1', true],
    ['count(Small.reinvestments) = 2', true]
];

describe('one tolerance for every number (issue 13, fault 7)', () => {
    const { services } = createTestServices();
    let outcomes: Map<string, ConditionOutcome>;
    const cases = [
        ...CASES.map(([expression, holds]) => [`every s in estate-sales where s.proceeds = £1,000,000: ${expression}`, holds, expression] as const),
        ...SMALL.map(([expression, holds]) => [expression, holds, expression] as const),
        ['every r in Small.reinvestments where r.amount > £1: r.amount / Small.proceeds = 7%', true, '£7 / £100 = 7%'] as const
    ];

    before(async () => {
        const conditions = cases.map(([expression], index) => `condition C${index} "case ${index}" workspace-wide { ${expression} }`).join('\n');
        const { diagnostics } = await buildWorkspace(services, FACTS, conditions);
        const authoring = diagnostics[1]!.filter((diagnostic) => String(diagnostic.code).startsWith('condition-') || diagnostic.code === 'syntax-error');
        assert.deepEqual(authoring.map((diagnostic) => `${diagnostic.code}: ${diagnostic.message}`), [], 'every case type-checks');
        outcomes = new Map(services.lhc.Conditions.outcomes('2019-06-01').map((outcome) => [outcome.id, outcome]));
    });
    after(() => resetWorkspace(services));

    cases.forEach(([, holds, label], index) => {
        it(`${label} ${holds ? 'holds' : 'fails'}`, () => {
            const outcome = outcomes.get(`C${index}`);
            assert.ok(outcome, 'evaluated');
            assert.equal(outcome.status, holds ? 'pass' : 'fail', outcome.violations.map((violation) => violation.why).join('\n'));
        });
    });

    it('says why with as many decimals as tell the two sides apart, never "50% is not at most 50%"', () => {
        const why = (expression: string) => {
            const index = cases.findIndex(([, , label]) => label === expression);
            return outcomes.get(`C${index}`)!.violations.map((violation) => violation.why).join('\n');
        };
        assert.match(why(`${PRIMARY} / s.proceeds <= 50%`), /50\.004%.*at most 50%/);
        assert.match(why(`${PRIMARY} / s.proceeds = 50%`), /50\.004%, not 50%/);
        assert.match(why(`${PRIMARY} / s.proceeds > 50.004%`), /50\.004%.*more than 50\.004%/);
    });

    it('money compares in whole pence and plain numbers at one part in 10^9', () => {
        assert.equal(compareMoney(4.5e6 + 8e6, 12.5e6), 0);
        assert.equal(compareMoney(0.1 + 0.2, 0.3), 0);
        assert.ok(compareMoney(500_040, 500_000) > 0);
        assert.ok(compareMoney(1e9 + 0.01, 1e9) > 0);
        assert.equal(compareQuantities(7 / 100 * 100, 7), 0);
        assert.ok(compareQuantities(50.004, 50) > 0);
        assert.ok(compareQuantities(50.000001, 50) > 0);
    });
});
