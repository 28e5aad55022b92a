import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { summariseWorkspace } from '../../language/engine/summarise.js';

const root = path.resolve(new URL('../../../', import.meta.url).pathname);

describe('summaries of the repository examples (conditions evaluated by the engine)', () => {
    it('lists every condition of the London example with its status, and every pilot and target', async () => {
        const london = path.join(root, 'examples', 'london');
        const { summary } = await summariseWorkspace({ paths: [london], asOf: '2019-06-01', root: london });
        assert.ok(summary.conditions.length >= 6, `conditions: ${summary.conditions.map((c) => c.name).join(', ')}`);
        assert.ok(summary.conditions.every((condition) => condition.status === 'pass' && condition.checked.length > 0));
        assert.equal(summary.pilots.length, 5);
        assert.ok(summary.targets.length >= 10);
        assert.ok(summary.traceability.some((row) => row.conditions.length > 0 && row.result === 'pass'));
        assert.equal(summary.totals.findings.errors, 0);
    });

    it('shows a violated condition with the fact that breaks it and why', async () => {
        const folder = path.join(root, 'examples', 'broken', 'conditions', 'ProceedsReinvestedInLondon');
        const { summary } = await summariseWorkspace({ paths: [folder], asOf: '2019-06-01', root: folder });
        const [condition] = summary.conditions;
        assert.equal(condition?.status, 'fail');
        assert.equal(condition?.violations[0]?.subject.type, 'EstateSale');
        assert.match(condition?.violations[0]?.why ?? '', /the reinvestment of £4\.5m in Surrey is outside London/);
        assert.equal(summary.traceability.find((row) => row.clause.name === 'ProceedsReinvestedInLondon')?.result, 'fail');
        assert.ok(summary.findings.some((finding) => finding.source === 'condition' && finding.ruleId === 'ProceedsReinvestedInLondon'));
    });
});
