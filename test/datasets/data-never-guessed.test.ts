import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { FINGERTIPS_LAYOUT, columnLayoutOf } from '../../language/datasets/layouts.js';
import { DatasetUnreadable, parseDataset } from '../../language/datasets/load-dataset.js';
import { createTestServices, resetWorkspace } from '../helpers.js';
import { csvText, FINGERTIPS_COLUMNS, fingertipsRow, ruleMessages, SMOKING_WORKSPACE, type FingertipsRow } from './dataset-fixture.js';

// Issue 23, D: data is never guessed. Each case is a small file that could be read two ways; it is refused or read
// one way with the reason, and the verdict never depends on the order of columns or rows.

const load = (text: string | Buffer) => parseDataset(Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8'), FINGERTIPS_LAYOUT);
const { services } = createTestServices();

describe('datasets: data is never guessed', () => {
    afterEach(() => resetWorkspace(services));

    it('refuses a file with two columns of a header the layout reads, whichever comes first', () => {
        const columns = [...FINGERTIPS_COLUMNS, 'Value'];
        const rows = [fingertipsRow({ 'Value': '14.0' })];
        // The second Value column holds another figure: which is "the" value cannot be told.
        const text = csvText(columns, rows).replace(/\n(.*)\n$/, (_, row: string) => `\n${row},15.0\n`);
        const message = 'has two "Value" columns (columns 13 and 27): which of them holds the figures the fingertips layout reads cannot be told; rename or remove all but one';
        assert.throws(() => load(text), (error: unknown) => error instanceof DatasetUnreadable && error.message === message);
        const swapped = ['Value', ...FINGERTIPS_COLUMNS];
        assert.throws(() => load(csvText(swapped, rows)), { message: 'has two "Value" columns (columns 1 and 14): which of them holds the figures the fingertips layout reads cannot be told; rename or remove all but one' });
        // A declared mapping reads its column by name just the same.
        const layout = columnLayoutOf({ $type: 'ColumnsLayout', columns: [{ role: 'date', column: 'Year' }, { role: 'value', column: 'Rate' }, { role: 'area', column: 'Code' }] } as never)!;
        assert.throws(() => parseDataset(Buffer.from('Code,Rate,Year,rate \nE09000007,41.5,2018,40.1\n'), layout),
            { message: 'has two "Rate" columns (columns 2 and 4): which of them holds the figures the columns layout reads cannot be told; rename or remove all but one' });
    });

    it('says which repeated header it ignores when the layout does not read it, and reads the rest', () => {
        const columns = [...FINGERTIPS_COLUMNS, 'Count'];
        const loaded = load(csvText(columns, [fingertipsRow({})]));
        assert.deepEqual(loaded.problems, [{ row: 1, column: 'Count', message: 'is the header of columns 18 and 27; the fingertips layout does not read "Count", so all of them are ignored' }]);
        assert.deepEqual(loaded.rows.map((row) => [row.row, row.value]), [[2, 14]]);
    });

    it('refuses a figure too large for a number, rather than read it as Infinity', () => {
        const loaded = load(csvText(FINGERTIPS_COLUMNS, [
            fingertipsRow({ 'Time period': '2016', 'Value': '1e400', 'Lower CI 95.0 limit': '', 'Upper CI 95.0 limit': '' }),
            fingertipsRow({ 'Time period': '2017', 'Lower CI 95.0 limit': '-1E+400' }),
            fingertipsRow({ 'Time period': '2018', 'Value': '1.7e308', 'Lower CI 95.0 limit': '-1.7e308', 'Upper CI 95.0 limit': '1.7976931348623157e308' })
        ]));
        assert.deepEqual(loaded.problems, [
            { row: 2, column: 'Value', message: '"1e400" is too large a number to read (the largest is about 1.8e308)' },
            { row: 3, column: 'Lower CI 95.0 limit', message: '"-1E+400" is too large a number to read (the largest is about 1.8e308)' }
        ]);
        assert.deepEqual(loaded.rows.map((row) => [row.row, row.value, row.lower, row.upper]), [[4, 1.7e308, -1.7e308, Number.MAX_VALUE]]);
    });

    it('reads a CRLF header over LF rows (and any other mix of line ends) row by row', () => {
        const rows = [fingertipsRow({ 'Time period': '2016' }), fingertipsRow({ 'Time period': '2017' }), fingertipsRow({ 'Time period': '2018' })];
        const lf = csvText(FINGERTIPS_COLUMNS, rows);
        const crlfHeader = lf.replace('\n', '\r\n');
        const mixed = lf.replace(/\n/g, (_end: string, at: number) => (at % 3 === 0 ? '\r\n' : at % 3 === 1 ? '\r' : '\n'));
        for (const [name, text] of Object.entries({ 'CRLF header, LF rows': crlfHeader, 'LF header, CRLF rows': lf.replace(/\n(?=.)/g, (end: string, at: number) => (at > lf.indexOf('\n') ? '\r\n' : end)), mixed })) {
            const loaded = load(text);
            assert.deepEqual(loaded.problems, [], name);
            assert.deepEqual(loaded.rows.map((row) => [row.row, row.period.text]), [[2, '2016'], [3, '2017'], [4, '2018']], name);
        }
    });

    it('reads 2017-18 as the financial year 2017/18, and refuses 2016-18 as ambiguous with the reason', () => {
        const loaded = load(csvText(FINGERTIPS_COLUMNS, [fingertipsRow({ 'Time period': '2017-18' }), fingertipsRow({ 'Time period': '2016-18' }), fingertipsRow({ 'Time period': '2016-2018' })]));
        assert.deepEqual(loaded.rows.map((row) => [row.row, row.period.kind, row.period.start, row.period.end]), [[2, 'financial-years', '2017-04-01', '2018-03-31']]);
        assert.deepEqual(loaded.problems, [
            { row: 3, column: 'Time period', message: '"2016-18" is ambiguous: it could be the calendar years 2016 to 2018 pooled or the financial years 2016/17 to 2017/18; write 2016 - 18 or 2016/17 - 17/18' },
            { row: 4, column: 'Time period', message: '"2016-2018" is ambiguous: it could be the calendar years 2016 to 2018 pooled or the financial years 2016/17 to 2017/18; write 2016 - 18 or 2016/17 - 17/18' }
        ]);
    });

    it('takes a 2017-18 row as evidence with `periods financial-years`: no row is dropped in silence', async () => {
        const files = { 'data/phof.csv': csvText(FINGERTIPS_COLUMNS, [fingertipsRow({ 'Time period': '2017-18' })]) };
        const text = SMOKING_WORKSPACE.replace('indicator 92443 area London', 'indicator 92443 area London periods financial-years');
        assert.deepEqual(await ruleMessages(services, 'evidence-no-rows', files, text), []);
        assert.deepEqual(services.lhc.Facts.get().targets.flatMap((target) => services.lhc.Evidence.forTarget(target).points.map((point) => [point.date, point.value])), [['2018-03-31', 14]]);
    });

    it('calls the same period spelled two ways a duplicate: 2017/18 and 2017/2018', () => {
        const rows = (first: string, second: string): FingertipsRow[] => [fingertipsRow({ 'Time period': first, 'Value': '14.0' }), fingertipsRow({ 'Time period': second, 'Value': '14.5' })];
        assert.deepEqual(load(csvText(FINGERTIPS_COLUMNS, rows('2017/18', '2017/2018'))).problems, [
            { row: 3, message: 'repeats row 2 (the same indicator, area, period and breakdown: 2017/2018 is 2017/18)' }
        ]);
        assert.deepEqual(load(csvText(FINGERTIPS_COLUMNS, rows('2017-18', '2017/18'))).problems, [
            { row: 3, message: 'repeats row 2 (the same indicator, area, period and breakdown: 2017/18 is 2017-18)' }
        ]);
    });

    it('takes neither of two rows dated the same day (2018 and 2018-12-31), in either order', async () => {
        const finding = (rows: string) => `The evidence from dataset 'Phof' for target 'AdultSmoking' selects 2 rows dated 2018-12-31, for periods ${rows} (rows 2 and 3): keep one kind of period with \`periods\`, or remove all but one.`;
        for (const [first, second] of [['2018', '2018-12-31'], ['2018-12-31', '2018']] as const) {
            const files = { 'data/phof.csv': csvText(FINGERTIPS_COLUMNS, [fingertipsRow({ 'Time period': first, 'Value': '14.0' }), fingertipsRow({ 'Time period': second, 'Value': '14.5' })]) };
            assert.deepEqual(await ruleMessages(services, 'evidence-no-rows', files), [finding(`${first} and ${second}`)]);
            assert.deepEqual(services.lhc.Facts.get().targets.flatMap((target) => services.lhc.Evidence.forTarget(target).points), [], 'no figure is taken');
            await resetWorkspace(services);
        }
    });
});
