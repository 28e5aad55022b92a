import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { sortFindings, type Finding } from '../../language/engine/results.js';
import { compareText } from '../../language/model/text-order.js';

// Findings, rules and dates are ordered by code unit (model/text-order.ts), never by the machine's locale: a
// report, a SARIF file or a summary must list them the same way on every machine and under every LANG.
describe('the order of findings and names', () => {
    const finding = (file: string, line: number, ruleId: string): Finding => ({
        ruleId, severity: 'error', message: '', source: 'check', related: [],
        location: { file, start: { line, column: 1 }, end: { line, column: 2 } }
    });

    it('sorts findings by file path as `<` does: capitals, then punctuation before letters', () => {
        // Under an ICU locale, localeCompare puts `b.lhc` before `B.lhc` and ignores the `-` and `_`.
        const files = ['/w/b.lhc', '/w/ab.lhc', '/w/a_b.lhc', '/w/B.lhc', '/w/a-b.lhc'];
        const sorted = sortFindings(files.map((file) => finding(file, 1, 'r'))).map((each) => each.location.file);
        assert.deepEqual(sorted, ['/w/B.lhc', '/w/a-b.lhc', '/w/a_b.lhc', '/w/ab.lhc', '/w/b.lhc']);
    });

    it('sorts findings at one place by rule id by code unit', () => {
        const sorted = sortFindings(['target-overdue', 'Target', 'target_x', 'target-off-trajectory'].map((id) => finding('/w/a.lhc', 3, id)));
        assert.deepEqual(sorted.map((each) => each.ruleId), ['Target', 'target-off-trajectory', 'target-overdue', 'target_x']);
    });

    it('compares texts the same whatever the locale, and ISO dates in calendar order', () => {
        assert.ok(compareText('B', 'a') < 0);
        assert.ok(compareText('a-b', 'a_b') < 0);
        assert.equal(compareText('2019-04-01', '2019-04-01'), 0);
        assert.deepEqual(['2019-10-01', '2018-12-31', '2019-02-28'].sort(compareText), ['2018-12-31', '2019-02-28', '2019-10-01']);
    });
});
