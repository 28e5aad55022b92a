import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { today } from '../../language/model/dates.js';
import { buildWorkspace, createTestServices, resetWorkspace, ruleIds } from '../helpers.js';
import { MOU } from './commitment-fixture.js';

// One date per workspace: a file without its own `as of` is judged at the workspace's date (the first file's `as of`
// by URI), the date conditions and the report use — not at today while the report says another date.
const { services } = createTestServices();
const BOARD = 'commitment SetUpBoard "Set up a board" under MoU { by LondonPartners will "set up a board" due 2020-01-01 }';

describe('the workspace date', () => {
    afterEach(async () => {
        services.lhc.Settings.asOf = '2019-06-01';
        await resetWorkspace(services);
    });

    it('judges a file without `as of` at the first file\'s `as of`, which conditions use too', async () => {
        services.lhc.Settings.asOf = undefined;
        const { documents, diagnostics } = await buildWorkspace(services, `as of 2019-06-01\n${MOU}`, BOARD);
        assert.equal(services.lhc.Conditions.asOf(), '2019-06-01');
        assert.equal(services.lhc.Conditions.asOfFor(documents[1]!.parseResult.value), '2019-06-01');
        // Due 2020-01-01: not yet overdue on the workspace's date (it would be, judged at today).
        assert.deepEqual(ruleIds(diagnostics[1]!).filter((id) => id.startsWith('commitment-')), []);
    });

    it('judges a file with its own `as of` at it, and the settings\' date overrides both', async () => {
        services.lhc.Settings.asOf = undefined;
        const { documents, diagnostics } = await buildWorkspace(services, `as of 2019-06-01\n${MOU}`, `as of 2021-01-01\n${BOARD}`);
        assert.equal(services.lhc.Conditions.asOfFor(documents[1]!.parseResult.value), '2021-01-01');
        assert.deepEqual(ruleIds(diagnostics[1]!).filter((id) => id.startsWith('commitment-')), ['commitment-overdue']);
        services.lhc.Settings.asOf = '2018-01-01';
        assert.equal(services.lhc.Conditions.asOfFor(documents[1]!.parseResult.value), '2018-01-01');
    });

    it('ignores an `as of` that is no real date, and falls back to today without any', async () => {
        services.lhc.Settings.asOf = undefined;
        await buildWorkspace(services, `as of 2019-02-29\n${MOU}`, BOARD);
        assert.equal(services.lhc.Conditions.asOf(), today());
    });
});
