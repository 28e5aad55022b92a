import { afterEach, describe, it } from 'mocha';
import { expectError, expectNoIssues } from 'langium/test';
import { isOrganisation } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, named } from './check-helpers.js';

const { services, validate } = checkTestKit();

const AREAS = 'area England "England" country\narea Bolton "Bolton" borough within England\n';

describe('succession-conflict', () => {
    afterEach(() => resetWorkspace(services));

    // One workspace for the checks that read the workspace's succession index: two successors, and a loop.
    it('reports a party succeeded by two parties (on the second), and a loop of successions', async () => {
        const result = await validate(`${AREAS}
            party BoltonCCG "NHS Bolton CCG" ccg serves Bolton
            party GMICB "NHS Greater Manchester ICB" icb serves Bolton succeeds BoltonCCG on 2022-07-01
            party NWICB "North West ICB" icb serves Bolton succeeds BoltonCCG on 2022-07-01
            party A "A" ccg succeeds B on 2020-04-01
            party B "B" ccg succeeds A on 2020-04-01
        `);
        expectError(result, "'A' succeeds 'B', which in turn succeeds it: successions must not loop.", { node: named(result, isOrganisation, 'A'), property: { name: 'predecessors', index: 0 }, code: 'succession-conflict' });
        expectError(result, "'BoltonCCG' is succeeded both by 'GMICB' and by 'NWICB': a party has one successor.", {
            node: named(result, isOrganisation, 'NWICB'), property: { name: 'predecessors', index: 0 }, code: 'succession-conflict'
        });
        expectNoIssues(result, { node: named(result, isOrganisation, 'GMICB'), code: 'succession-conflict' });
    });

    it('reports a party succeeding itself', async () => {
        const self = await validate(`${AREAS} party A "A" icb succeeds A on 2022-07-01`);
        expectError(self, "'A' cannot succeed itself.", { node: named(self, isOrganisation, 'A'), property: { name: 'predecessors', index: 0 }, code: 'succession-conflict' });
    });

    it('reports a successor that took over before its predecessor did', async () => {
        const result = await validate(`${AREAS}
            party Old "Old CCG" ccg
            party Merged "Merged CCG" ccg succeeds Old on 2020-04-01
            party ICB "ICB" icb succeeds Merged on 2019-04-01
        `);
        expectError(result, "'ICB' succeeds 'Merged' on 2019-04-01, before 'Merged' itself took over on 2020-04-01.", {
            node: named(result, isOrganisation, 'ICB'), property: 'succeededOn', code: 'succession-conflict'
        });
    });

    it('accepts one successor for several CCGs, and a chain of successions in order', async () => {
        expectNoIssues(await validate(`${AREAS}
            party A "A" ccg
            party B "B" ccg succeeds A on 2018-04-01
            party C "C" ccg
            party ICB "ICB" icb serves Bolton succeeds B, C on 2022-07-01
        `));
    });
});
