import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import type { Target } from '../../language/generated/ast.js';
import type { EvidencePoint } from '../../language/model/evidence.js';
import { targetProgress } from '../../language/model/targets.js';

/** A target shaped like adult smoking: 16.3% in March 2015 down to 13% by the end of 2020. */
function smoking(direction: 'decrease' | 'increase' | 'maintain' = 'decrease', goal = 13): Target {
    return {
        $type: 'Target', name: 'Smoking', direction, unit: '%',
        baseline: { $type: 'PercentLiteral', value: 16.3 }, baselineDate: '2015-03-31',
        goal: { $type: 'Goal', value: { $type: 'PercentLiteral', value: goal } }, deadline: '2020-12-31', evidence: []
    } as unknown as Target;
}

const point = (value: number, date: string, lower?: number, upper?: number): EvidencePoint => ({ value, date, ...(lower !== undefined ? { lower, upper } : {}) });

describe('datasets: judging with confidence intervals', () => {
    it('against the goal: met when the whole interval reaches it, missed when it all misses, inconclusive when it spans', () => {
        const judge = (p: EvidencePoint) => { const progress = targetProgress(smoking(), [p], '2021-06-01'); return [progress.status, progress.inconclusive]; };
        assert.deepEqual(judge(point(12.5, '2020-12-31', 12.1, 12.9)), ['met', undefined]);
        assert.deepEqual(judge(point(13.6, '2020-12-31', 13.1, 14.1)), ['missed', undefined]);
        assert.deepEqual(judge(point(12.8, '2020-12-31', 12.2, 13.4)), ['inconclusive', 'goal']);
        // Without an interval the value alone decides, as before.
        assert.deepEqual(judge(point(12.8, '2020-12-31')), ['met', undefined]);
    });

    it('against the trajectory: on track, at risk, or inconclusive when the interval spans the line', () => {
        // The line expects 14.15% at the end of 2018.
        const judge = (p: EvidencePoint) => { const progress = targetProgress(smoking(), [p], '2019-06-01'); return [progress.status, progress.inconclusive]; };
        assert.deepEqual(judge(point(13.7, '2018-12-31', 13.3, 14.1)), ['on-track', undefined]);
        assert.deepEqual(judge(point(14.8, '2018-12-31', 14.3, 15.3)), ['at-risk', undefined]);
        assert.deepEqual(judge(point(14.0, '2018-12-31', 13.3, 14.7)), ['inconclusive', 'trajectory']);
    });

    it('for an increase the interval is read the other way up', () => {
        const target = smoking('increase', 70);
        const judge = (p: EvidencePoint) => targetProgress(target, [p], '2021-06-01').status;
        assert.equal(judge(point(71, '2020-12-31', 70.2, 71.8)), 'met');
        assert.equal(judge(point(70.5, '2020-12-31', 69.5, 71.5)), 'inconclusive');
        assert.equal(judge(point(68, '2020-12-31', 67, 69)), 'missed');
    });

    it("dates staleness from the figure's date (a dataset row's period end)", () => {
        const progress = targetProgress(smoking(), [point(14, '2017-12-31', 13.5, 14.5)], '2019-06-01', 400);
        assert.equal(progress.stale, true);
        assert.equal(targetProgress(smoking(), [point(14, '2018-12-31', 13.5, 14.5)], '2019-06-01', 400).stale, false);
    });
});
