import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { buildWorkspace, createTestServices, resetWorkspace } from '../helpers.js';
import { FACTS } from './condition-test-helpers.js';

const { services } = createTestServices();

describe('the conditions service', () => {
    afterEach(() => resetWorkspace(services));

    it('evaluates once per build, shared by every document, and again after a change', async () => {
        await buildWorkspace(services, FACTS, `condition Big "Big sales" { every sale in estate-sales: sale.proceeds > £20m }`);
        const conditions = services.lhc.Conditions;
        const first = conditions.evaluation();
        assert.equal(conditions.evaluation(), first, 'cached within the build');
        assert.equal(first.outcomes[0]!.status, 'fail');
        // Another file arrives, as when the language server opens or changes a document.
        await buildWorkspace(services, `estate-sale BigSale "Big sale" { located in Camden sold 2019-01-01 for £30m }`);
        const second = conditions.evaluation();
        assert.notEqual(second, first, 'a new build evaluates afresh');
        assert.equal(second.outcomes[0]!.violations.length, 1, 'still only Sale fails');
        assert.ok(second.outcomes[0]!.checked.some((fact) => (fact as { name?: string }).name === 'BigSale'), 'the new sale is evaluated');
        assert.ok(!first.outcomes[0]!.checked.some((fact) => (fact as { name?: string }).name === 'BigSale'));
    });

    it('judges as of the files’ own `as of` line unless the settings name a date', async () => {
        services.lhc.Settings.asOf = undefined;
        try {
            await buildWorkspace(services, `as of 2017-01-01\n${FACTS}`,
                `condition Sold "Sales completed by the as-of date" { every sale in estate-sales: not (sale.soldOn after today) }`);
            assert.equal(services.lhc.Conditions.asOf(), '2017-01-01');
            assert.equal(services.lhc.Conditions.outcomes()[0]!.status, 'fail', 'in 2017 the 2018 sale had not completed');
            services.lhc.Settings.asOf = '2019-06-01';
            assert.equal(services.lhc.Conditions.outcomes()[0]!.status, 'pass');
        } finally {
            services.lhc.Settings.asOf = '2019-06-01';
        }
    });

    it('gives the outcome of the condition a node belongs to', async () => {
        const { documents } = await buildWorkspace(services, FACTS, `condition Big "Big sales" { every sale in estate-sales: sale.proceeds > £20m }`);
        const condition = documents[1]!.parseResult.value.declarations[0]!;
        assert.equal(services.lhc.Conditions.outcomeOf(condition)?.id, 'Big');
    });
});
