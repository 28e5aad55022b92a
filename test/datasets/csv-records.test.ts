import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { CsvUnreadable, forEachCsvRecord } from '../../language/datasets/csv-records.js';

function records(text: string): [string[], number][] {
    const found: [string[], number][] = [];
    forEachCsvRecord(Buffer.from(text, 'utf8'), (record, line) => found.push([record, line]));
    return found;
}

// What the CSV reader accepts beyond RFC 4180, and what it still refuses (docs/rules/dataset-unreadable.md).
describe('datasets: reading CSV records', () => {
    it('keeps a quote inside an unquoted cell as written, as spreadsheets do', () => {
        // RFC 4180 asks for such a cell to be quoted ("St Mary""s"); exports often leave it bare.
        assert.deepEqual(records('Area Name,Value\nSt Mary"s,12\nO""Neill,3\n'), [
            [['Area Name', 'Value'], 1], [['St Mary"s', '12'], 2], [['O""Neill', '3'], 3]
        ]);
    });

    it('reads a doubled quote inside a quoted cell as one quote', () => {
        assert.deepEqual(records('Area Name,Value\n"St Mary""s",12\n'), [[['Area Name', 'Value'], 1], [['St Mary"s', '12'], 2]]);
    });

    it('still refuses a quoted cell never closed, or one with text after its closing quote', () => {
        assert.throws(() => records('Area Name,Value\n"St Mary,12\n'),
            (error: unknown) => error instanceof CsvUnreadable && error.message === 'the quoted field in the record on line 2 is never closed');
        assert.throws(() => records('Area Name,Value\nA,1\n"St Mary"s,12\n'),
            (error: unknown) => error instanceof CsvUnreadable && error.message === 'a quoted field in the record on line 3 has text after its closing quote');
    });
});
