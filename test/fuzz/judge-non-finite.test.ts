import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { nonFiniteTextProblems, nonFiniteValueProblems } from './judge-non-finite.js';

// The fuzz judge's number check (issue 23): what it must catch, and what it must leave alone.
describe('fuzz judge: Infinity or NaN in an output', () => {
    it('finds the words in rendered text, outside style and script, unless the workspace wrote them', () => {
        assert.deepEqual(nonFiniteTextProblems('summary (md)', '# Deal\n\nGoal £NaN by 2020-12-31\n', 'goal 13%'), ['summary (md) prints a number that is not finite: Goal £NaN by 2020-12-31']);
        assert.deepEqual(nonFiniteTextProblems('summary (html)', '<circle cx="-Infinity" cy="12"/>', ''), ['summary (html) prints a number that is not finite: <circle cx="-Infinity" cy="12"/>']);
        assert.deepEqual(nonFiniteTextProblems('summary (html)', '<style>.a{width:NaN}</style><p>ok</p>', ''), []);
        assert.deepEqual(nonFiniteTextProblems('check (text)', 'Party \'NaN\' is unknown', 'party NaN "Not a Number"'), []);
    });

    it('finds a number that is not finite in the value a JSON output is written from (JSON.stringify would write null)', () => {
        assert.deepEqual(nonFiniteValueProblems('summary (json)', { targets: [{ latest: { value: Infinity } }, { progress: Number.NaN }] }), [
            'summary (json) holds Infinity at targets[0].latest.value (JSON writes null)',
            'summary (json) holds NaN at targets[1].progress (JSON writes null)'
        ]);
        assert.deepEqual(nonFiniteValueProblems('summary (json)', { targets: [{ latest: { value: 1.7e308 } }] }), []);
    });
});
