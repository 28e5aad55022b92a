import { counted } from '../model/counted.js';
import { createHash } from 'node:crypto';
import { CsvUnreadable, forEachCsvRecord } from './csv-records.js';
import { FirstRows } from './duplicate-rows.js';
import { COLUMN_ROLES, normaliseHeader, type ColumnLayout, type ColumnRole } from './layouts.js';
import { readTimePeriod, type TimePeriod } from './periods.js';

/** One row of a dataset, as the engine reads it. Empty text cells are `''`; a headline row has category `''`. */
export interface DatasetRow {
    /** The line of the file the row starts on, 1-based, the header being row 1 (what a spreadsheet shows when no cell holds a line break). */
    row: number;
    indicator: string;
    areaCode: string;
    sex: string;
    age: string;
    categoryType: string;
    category: string;
    period: TimePeriod;
    /** Absent when the cell is empty; `valueNote` then usually says why. */
    value?: number;
    /** The 95% confidence interval, when the file gives one. */
    lower?: number;
    upper?: number;
    valueNote: string;
}

/** A row that cannot be used as it stands: reported as a finding, never silently skipped. */
export interface RowProblem {
    row: number;
    /** The column at fault, by its header name; absent for whole-row faults (a duplicate, a short row). */
    column?: string;
    /** What is wrong, one sentence, without the file and row (the caller adds them). */
    message: string;
}

export interface ParsedDataset {
    /** SHA-256 of the file's bytes, hex. */
    sha256: string;
    /** Usable rows, in file order. */
    rows: DatasetRow[];
    /** The usable rows of each area, by its code in capitals, in file order: selections read one area's rows. */
    rowsByArea: Map<string, DatasetRow[]>;
    /** The area code column's name as the file's header writes it, for messages. */
    areaColumn: string;
    problems: RowProblem[];
}

/** The file cannot be used at all (not CSV, a required column missing): `lhc check` stops with exit 2. */
export class DatasetUnreadable extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'DatasetUnreadable';
    }
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/**
 * A trimmed number cell: `undefined` when empty, `NaN` when not a plain decimal number (`12,5`, `n/a`, `14%`),
 * `Infinity` (or `-Infinity`) when it is one too large for a double (`1e400`: past about 1.8 × 10^308).
 */
function numberCell(trimmed: string): number | undefined {
    if (trimmed === '') return undefined;
    return NUMBER.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * Parses a dataset file's bytes with its layout. Columns are found by header name (any order, extra columns
 * ignored); a UTF-8 byte-order mark and CRLF line ends are accepted. Each row's number is the line it starts on
 * (the header is row 1). Throws `DatasetUnreadable` when the text is not CSV or a required column is missing; every
 * bad row (a non-numeric figure, a lower bound above the upper, an unparseable period, a duplicate of an earlier row
 * for the same indicator, area, period and breakdown) is a `RowProblem` and the row is left out of `rows`.
 */
export function parseDataset(bytes: Buffer, layout: ColumnLayout): ParsedDataset {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    let reader: RowReader | undefined;
    try {
        forEachCsvRecord(bytes, (record, line) => {
            if (reader) reader.read(record, line);
            else reader = new RowReader(record, layout);
        });
    } catch (error) {
        if (error instanceof CsvUnreadable) throw new DatasetUnreadable(`is not readable as CSV: ${error.message}`);
        throw error;
    }
    if (!reader) throw new DatasetUnreadable('is empty: it has no header row');
    // Only now, so that text which is not CSV at all is reported as such rather than as a header without columns.
    if (reader.missingColumns) throw new DatasetUnreadable(reader.missingColumns);
    return { sha256, rows: reader.rows, rowsByArea: rowsByArea(reader.rows), areaColumn: reader.areaColumn, problems: reader.problems };
}

/** Turns the records after the header into rows and problems, one record at a time. */
class RowReader {
    readonly rows: DatasetRow[] = [];
    readonly problems: RowProblem[] = [];
    private readonly header: string[];
    /** Each role's column index, -1 when the layout or the file has no such column. */
    private readonly at: Record<ColumnRole, number>;
    private readonly firstRows = new FirstRows();
    /** A file repeats a few dozen periods across thousands of rows: each is read once and shared (or why it is not one). */
    private readonly periods = new Map<string, TimePeriod | string>();

    /** Why the file cannot be used (a column the layout requires is not in the header, or a column it reads is there twice); no row is read then. */
    readonly missingColumns: string | undefined;

    constructor(header: string[], layout: ColumnLayout) {
        this.header = header;
        const indexesByName = new Map<string, number[]>();
        header.forEach((name, index) => {
            const key = normaliseHeader(name);
            const indexes = indexesByName.get(key);
            if (indexes) indexes.push(index);
            else indexesByName.set(key, [index]);
        });
        const at = Object.fromEntries(COLUMN_ROLES.map((role) => [role, -1])) as Record<ColumnRole, number>;
        const missing: string[] = [];
        const repeated: string[] = [];
        const read = new Set<string>();
        for (const [role, name] of Object.entries(layout.columns) as [ColumnRole, string][]) {
            const key = normaliseHeader(name);
            read.add(key);
            const indexes = indexesByName.get(key);
            if (indexes && indexes.length > 1) repeated.push(`two "${header[indexes[0]!]!.trim()}" columns (${columnNumbers(indexes)})`);
            else if (indexes) at[role] = indexes[0]!;
            else if (layout.required.includes(role)) missing.push(`"${name}"`);
        }
        // A repeated header the layout does not read changes nothing, but is said: nothing in the file is passed over unseen.
        for (const [key, indexes] of indexesByName) {
            if (indexes.length < 2 || read.has(key) || key === '') continue;
            const name = header[indexes[0]!]!.trim();
            this.problems.push({ row: 1, column: name, message: `is the header of ${columnNumbers(indexes)}; the ${layout.name} layout does not read "${name}", so all of them are ignored` });
        }
        const named = missing.length > 1 ? `${missing.slice(0, -1).join(', ')} or ${missing.at(-1)}` : missing[0];
        if (repeated.length > 0) {
            this.missingColumns = `has ${listed(repeated)}: which of them holds the figures the ${layout.name} layout reads cannot be told; rename or remove all but one`;
        } else {
            this.missingColumns = named ? `has no ${named} column, which the ${layout.name} layout requires` : undefined;
        }
        this.at = at;
    }

    read(record: string[], row: number): void {
        const { header, at, problems } = this;
        if (this.missingColumns) return;
        if (record.length !== header.length) {
            problems.push({ row, message: `has ${counted(record.length, 'cell')} where the header has ${header.length}` });
            return;
        }
        const failed = problems.length;
        const periodText = cellOf(record, at.period);
        const read = this.periodOf(periodText);
        const period = typeof read === 'string' ? undefined : read;
        if (typeof read === 'string') problems.push({ row, column: this.column('period'), message: periodText === '' ? 'is empty; a time period is required' : read });
        const value = this.figure(record, row, 'value');
        const lower = this.figure(record, row, 'lower');
        const upper = this.figure(record, row, 'upper');
        if (lower !== undefined && upper !== undefined && lower > upper) {
            problems.push({ row, column: this.column('lower'), message: `the lower bound ${lower} is above the upper bound ${upper} ("${this.column('upper')}")` });
        } else if ((lower === undefined) !== (upper === undefined) && problems.length === failed) {
            const given = lower === undefined ? 'upper' : 'lower';
            const absent = lower === undefined ? 'lower' : 'upper';
            problems.push({ row, column: this.column(absent), message: `is empty but the ${given} bound is given; an interval needs both` });
        } else if (value !== undefined && lower !== undefined && upper !== undefined && (value < lower || value > upper)) {
            problems.push({ row, column: this.column('value'), message: `the value ${value} is outside its interval ${lower} to ${upper}` });
        }
        if (problems.length > failed || !period) return;
        const parsed: DatasetRow = {
            row,
            indicator: cellOf(record, at.indicator),
            areaCode: cellOf(record, at.area),
            sex: cellOf(record, at.sex),
            age: cellOf(record, at.age),
            categoryType: cellOf(record, at.categoryType),
            category: cellOf(record, at.category),
            period,
            valueNote: cellOf(record, at.valueNote)
        };
        if (value !== undefined) parsed.value = value;
        if (lower !== undefined && upper !== undefined) {
            parsed.lower = lower;
            parsed.upper = upper;
        }
        const earlier = this.firstRows.earlierOf(parsed);
        if (earlier) {
            const spelled = earlier.period.text === period.text ? '' : `: ${period.text} is ${earlier.period.text}`;
            problems.push({ row, message: `repeats row ${earlier.row} (the same indicator, area, period and breakdown${spelled})` });
            return;
        }
        this.rows.push(parsed);
    }

    /** A number cell's figure; a cell that is not a number is reported and read as empty. */
    private figure(record: string[], row: number, role: 'value' | 'lower' | 'upper'): number | undefined {
        const written = cellOf(record, this.at[role]);
        const figure = numberCell(written);
        if (figure === undefined || Number.isFinite(figure)) return figure;
        this.problems.push({
            row, column: this.column(role),
            message: Number.isNaN(figure) ? `"${written}" is not a number` : `"${written}" is too large a number to read (the largest is about 1.8e308)`
        });
        return undefined;
    }

    /** The area code column's name, as the header writes it. */
    get areaColumn(): string {
        return this.column('area');
    }

    /** A role's column as the header names it, for messages. */
    private column(role: ColumnRole): string {
        return this.header[this.at[role]]!.trim();
    }

    private periodOf(written: string): TimePeriod | string {
        let period = this.periods.get(written);
        if (period === undefined) {
            period = readTimePeriod(written);
            this.periods.set(written, period);
        }
        return period;
    }
}

/** Column numbers as a spreadsheet counts them, from 1: `columns 13 and 27`. */
function columnNumbers(indexes: readonly number[]): string {
    return `columns ${listed(indexes.map((index) => String(index + 1)))}`;
}

function listed(items: readonly string[]): string {
    return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : items[0] ?? '';
}

/** A cell, trimmed; `''` for a column the file does not have (index -1). */
function cellOf(record: string[], index: number): string {
    return index < 0 ? '' : record[index]!.trim();
}

/** Rows by area code in capitals (`e09000007` is `E09000007`), each list in file order. */
function rowsByArea(rows: readonly DatasetRow[]): Map<string, DatasetRow[]> {
    // Grouped by the code as written first, which needs no new string per row; codes differing only in case are few.
    const byWritten = new Map<string, DatasetRow[]>();
    for (const row of rows) {
        const list = byWritten.get(row.areaCode);
        if (list) list.push(row);
        else byWritten.set(row.areaCode, [row]);
    }
    const byCode = new Map<string, DatasetRow[]>();
    for (const [written, list] of byWritten) {
        const code = written.toUpperCase();
        const earlier = byCode.get(code);
        byCode.set(code, earlier ? [...earlier, ...list].sort((a, b) => a.row - b.row) : list);
    }
    return byCode;
}
