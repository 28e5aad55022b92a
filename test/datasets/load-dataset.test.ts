import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { breakdownHash } from '../../language/datasets/duplicate-rows.js';
import { FINGERTIPS_LAYOUT, columnLayoutOf } from '../../language/datasets/layouts.js';
import { DatasetUnreadable, parseDataset, type DatasetRow } from '../../language/datasets/load-dataset.js';
import { csvText, FINGERTIPS_COLUMNS, fingertipsRow, type FingertipsRow } from './dataset-fixture.js';

const ROWS = [
    fingertipsRow({ 'Time period': '2016', 'Value': '15.2', 'Lower CI 95.0 limit': '14.5', 'Upper CI 95.0 limit': '15.9' }),
    fingertipsRow({ 'Time period': '2017', 'Value': '', 'Lower CI 95.0 limit': '', 'Upper CI 95.0 limit': '', 'Value note': 'Value suppressed: sample too small' }),
    fingertipsRow({ 'Time period': '2018', 'Value': '14.0', 'Category Type': 'Socioeconomic status', 'Category': 'Routine and manual occupations' }),
    fingertipsRow({ 'Indicator ID': '90323', 'Age': '10-11 yrs', 'Time period': '2017/18', 'Value': '23.0', 'Lower CI 95.0 limit': '22.7', 'Upper CI 95.0 limit': '23.3' }),
    fingertipsRow({ 'Indicator ID': '93014', 'Time period': '2016 - 18', 'Value': '61.5', 'Lower CI 95.0 limit': '60.9', 'Upper CI 95.0 limit': '62.1' })
];

function values(rows: readonly DatasetRow[]): unknown[] {
    return rows.map(({ row, indicator, areaCode, sex, age, categoryType, category, period, value, lower, upper, valueNote }) =>
        ({ row, indicator, areaCode, sex, age, categoryType, category, period, value, lower, upper, valueNote }));
}

function load(text: string | Buffer) {
    return parseDataset(Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8'), FINGERTIPS_LAYOUT);
}

describe('datasets: loading a Fingertips export', () => {
    const reference = load(csvText(FINGERTIPS_COLUMNS, ROWS));

    it('reads every row by column name: headline and category rows, empty values with their note, each kind of period', () => {
        assert.deepEqual(reference.problems, []);
        assert.deepEqual(values(reference.rows), [
            { row: 2, indicator: '92443', areaCode: 'E12000007', sex: 'Persons', age: '18+ yrs', categoryType: '', category: '', period: { text: '2016', kind: 'years', start: '2016-01-01', end: '2016-12-31' }, value: 15.2, lower: 14.5, upper: 15.9, valueNote: '' },
            { row: 3, indicator: '92443', areaCode: 'E12000007', sex: 'Persons', age: '18+ yrs', categoryType: '', category: '', period: { text: '2017', kind: 'years', start: '2017-01-01', end: '2017-12-31' }, value: undefined, lower: undefined, upper: undefined, valueNote: 'Value suppressed: sample too small' },
            { row: 4, indicator: '92443', areaCode: 'E12000007', sex: 'Persons', age: '18+ yrs', categoryType: 'Socioeconomic status', category: 'Routine and manual occupations', period: { text: '2018', kind: 'years', start: '2018-01-01', end: '2018-12-31' }, value: 14, lower: 13.3, upper: 14.7, valueNote: '' },
            { row: 5, indicator: '90323', areaCode: 'E12000007', sex: 'Persons', age: '10-11 yrs', categoryType: '', category: '', period: { text: '2017/18', kind: 'financial-years', start: '2017-04-01', end: '2018-03-31' }, value: 23, lower: 22.7, upper: 23.3, valueNote: '' },
            { row: 6, indicator: '93014', areaCode: 'E12000007', sex: 'Persons', age: '18+ yrs', categoryType: '', category: '', period: { text: '2016 - 18', kind: 'multi-year', start: '2016-01-01', end: '2018-12-31' }, value: 61.5, lower: 60.9, upper: 62.1, valueNote: '' }
        ]);
        assert.match(reference.sha256, /^[0-9a-f]{64}$/);
    });

    it('loads the same values with the columns in another order, extra columns, a BOM and CRLF, and a renamed "Compared to <parent>" column', () => {
        const reordered = [...FINGERTIPS_COLUMNS].reverse();
        const extra = [...FINGERTIPS_COLUMNS, 'Time period range', 'Area Type code'];
        const renamed = FINGERTIPS_COLUMNS.map((column) => column.replace('Compared to London region', 'Compared to North Central London ICB'));
        const variants = {
            reordered: csvText(reordered, ROWS),
            extra: csvText(extra, ROWS),
            'BOM and CRLF': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(FINGERTIPS_COLUMNS, ROWS, '\r\n'))]),
            'renamed parent column': csvText(renamed, ROWS)
        };
        for (const [name, text] of Object.entries(variants)) {
            const loaded = load(text);
            assert.deepEqual(loaded.problems, [], name);
            assert.deepEqual(values(loaded.rows), values(reference.rows), name);
        }
    });

    it('stops on a file without a required column, naming it', () => {
        const without = FINGERTIPS_COLUMNS.filter((column) => column !== 'Lower CI 95.0 limit');
        assert.throws(() => load(csvText(without, ROWS)), (error: unknown) => error instanceof DatasetUnreadable
            && error.message === 'has no "Lower CI 95.0 limit" column, which the fingertips layout requires');
        const withoutTwo = without.filter((column) => column !== 'Area Code');
        assert.throws(() => load(csvText(withoutTwo, ROWS)), { message: 'has no "Area Code" or "Lower CI 95.0 limit" column, which the fingertips layout requires' });
    });

    it('stops on text that is not CSV, naming the line of the record at fault, and on an empty file', () => {
        assert.throws(() => load('Indicator ID,Value\n"92443,14\n'), (error: unknown) => error instanceof DatasetUnreadable
            && error.message === 'is not readable as CSV: the quoted field in the record on line 2 is never closed');
        const header = csvText(FINGERTIPS_COLUMNS, [ROWS[0]!]);
        assert.throws(() => load(`${header}"92443"x,Name\n`), { message: 'is not readable as CSV: a quoted field in the record on line 3 has text after its closing quote' });
        assert.throws(() => load(''), { message: 'is empty: it has no header row' });
        assert.throws(() => load('\n\n'), { message: 'is empty: it has no header row' });
    });

    it('numbers each row by the line it starts on: a quoted field holding line breaks, blank lines and any line ends move later rows down', () => {
        const multiline = (eol: string) => fingertipsRow({ 'Time period': '2015', 'Value note': `Estimate revised:${eol}see the${eol}technical note` });
        const rows = (eol: string) => [ROWS[0]!, multiline(eol), ROWS[2]!];
        const rowNumbers = (text: string | Buffer) => {
            const loaded = load(text);
            assert.deepEqual(loaded.problems, []);
            return loaded.rows.map((row) => [row.row, row.period.text]);
        };
        // Line 1 header, line 2 the 2016 row, lines 3-5 the 2015 row, line 6 the 2018 row.
        const expected = [[2, '2016'], [3, '2015'], [6, '2018']];
        assert.deepEqual(rowNumbers(csvText(FINGERTIPS_COLUMNS, rows('\n'))), expected, 'LF');
        assert.deepEqual(rowNumbers(csvText(FINGERTIPS_COLUMNS, rows('\r\n'), '\r\n')), expected, 'CRLF');
        assert.deepEqual(rowNumbers(csvText(FINGERTIPS_COLUMNS, rows('\r'), '\r')), expected, 'CR');
        assert.deepEqual(rowNumbers(csvText(FINGERTIPS_COLUMNS, rows('\r\n'), '\n')), expected, 'CRLF inside a field of a LF file');
        assert.deepEqual(rowNumbers(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(FINGERTIPS_COLUMNS, rows('\n')))])), expected, 'BOM');
        const header = csvText(FINGERTIPS_COLUMNS, []);
        const line = (row: FingertipsRow) => csvText(FINGERTIPS_COLUMNS, [row]).slice(header.length);
        // Line 1 blank, line 2 header, line 3 the 2016 row, lines 4-6 the 2015 row, lines 7-8 blank, line 9 the 2018 row.
        const blankLines = `\n${header}${line(ROWS[0]!)}${line(multiline('\n'))}\n\n${line(ROWS[2]!)}`;
        assert.deepEqual(rowNumbers(blankLines), [[3, '2016'], [4, '2015'], [9, '2018']], 'blank lines');
        assert.equal(load(csvText(FINGERTIPS_COLUMNS, rows('\n'))).rows[1]!.valueNote, 'Estimate revised:\nsee the\ntechnical note');
        const bad = load(csvText(FINGERTIPS_COLUMNS, [multiline('\n'), fingertipsRow({ 'Time period': '2016', 'Value': 'n/a' })]));
        assert.deepEqual(bad.problems, [{ row: 5, column: 'Value', message: '"n/a" is not a number' }]);
    });

    it('reports each bad row by row and column, and leaves it out', () => {
        const loaded = load(csvText(FINGERTIPS_COLUMNS, [
            fingertipsRow({ 'Time period': '2015' }),
            fingertipsRow({ 'Time period': '2016', 'Value': 'n/a' }),
            fingertipsRow({ 'Time period': '2017', 'Lower CI 95.0 limit': '15.1', 'Upper CI 95.0 limit': '13.2' }),
            fingertipsRow({ 'Time period': 'Spring 2018' }),
            fingertipsRow({ 'Time period': '2015' }),
            fingertipsRow({ 'Time period': '2019', 'Upper CI 95.0 limit': '' }),
            fingertipsRow({ 'Time period': '2014', 'Value': '12.0' })
        ]));
        assert.deepEqual(loaded.problems, [
            { row: 3, column: 'Value', message: '"n/a" is not a number' },
            { row: 4, column: 'Lower CI 95.0 limit', message: 'the lower bound 15.1 is above the upper bound 13.2 ("Upper CI 95.0 limit")' },
            { row: 5, column: 'Time period', message: '"Spring 2018" is not a time period (expected 2018, 2017/18, 2016 - 18 or 2018-12-31)' },
            { row: 6, message: 'repeats row 2 (the same indicator, area, period and breakdown)' },
            { row: 7, column: 'Upper CI 95.0 limit', message: 'is empty but the lower bound is given; an interval needs both' },
            { row: 8, column: 'Value', message: 'the value 12 is outside its interval 13.3 to 14.7' }
        ]);
        assert.deepEqual(loaded.rows.map((row) => row.row), [2]);
    });

    it('calls rows duplicates only when every cell of the breakdown is equal, even when their cells hash alike', () => {
        // Two categories whose rows share a hash, found by search: they must not be taken for each other.
        const [first, second] = ['Group 72328', 'Group 682042'].map((category) => fingertipsRow({ 'Category Type': 'Ethnic groups', 'Category': category }));
        const loaded = load(csvText(FINGERTIPS_COLUMNS, [first!, second!, fingertipsRow({}), { ...second!, 'Value': '14.1' }, { ...first!, 'Value': '14.2' }]));
        assert.equal(breakdownHash(loaded.rows[0]!), breakdownHash(loaded.rows[1]!), 'the two categories still share a hash');
        assert.deepEqual(loaded.rows.map((row) => [row.row, row.category]), [[2, 'Group 72328'], [3, 'Group 682042'], [4, '']]);
        assert.deepEqual(loaded.problems, [
            { row: 5, message: 'repeats row 3 (the same indicator, area, period and breakdown)' },
            { row: 6, message: 'repeats row 2 (the same indicator, area, period and breakdown)' }
        ]);
    });

    it('reads a plain CSV through its declared column mapping', () => {
        const layout = columnLayoutOf({
            $type: 'ColumnsLayout',
            columns: [
                { role: 'date', column: 'Quarter end' }, { role: 'value', column: 'Rate' }, { role: 'area', column: 'ONS code' },
                { role: 'lower', column: 'LCI' }, { role: 'upper', column: 'UCI' }
            ]
        } as never)!;
        const loaded = parseDataset(Buffer.from('ONS code,Rate,Quarter end,LCI,UCI,Notes\nE09000007,41.5,2018-06-30,39.9,43.1,provisional\n'), layout);
        assert.deepEqual(loaded.problems, []);
        assert.deepEqual(values(loaded.rows), [{
            row: 2, indicator: '', areaCode: 'E09000007', sex: '', age: '', categoryType: '', category: '',
            period: { text: '2018-06-30', kind: 'date', start: '2018-06-30', end: '2018-06-30' }, value: 41.5, lower: 39.9, upper: 43.1, valueNote: ''
        }]);
        assert.throws(() => parseDataset(Buffer.from('Code,Rate\nE09000007,41.5\n'), layout), { message: 'has no "Quarter end" or "ONS code" column, which the columns layout requires' });
    });
});
