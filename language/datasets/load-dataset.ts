import { createHash } from 'node:crypto';
import { CsvUnreadable, forEachCsvRecord } from './csv-records.js';
import { COLUMN_ROLES, normaliseHeader, type ColumnLayout, type ColumnRole } from './layouts.js';
import { parseTimePeriod, PERIOD_EXAMPLES, type TimePeriod } from './periods.js';

/** One row of a dataset, as the engine reads it. Empty text cells are `''`; a headline row has category `''`. */
export interface DatasetRow {
    /** The row's line in the file, 1-based, the header being row 1: what a spreadsheet shows. */
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

/** A number cell: `undefined` when empty, `NaN` when it is not a plain decimal number (`12,5`, `n/a`, `14%`). */
function numberCell(text: string): number | undefined {
    const trimmed = text.trim();
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
    return { sha256, rows: reader.rows, problems: reader.problems };
}

/** Turns the records after the header into rows and problems, one record at a time. */
class RowReader {
    readonly rows: DatasetRow[] = [];
    readonly problems: RowProblem[] = [];
    private readonly header: string[];
    /** Each role's column index, -1 when the layout or the file has no such column. */
    private readonly at: Record<ColumnRole, number>;
    private readonly firstRowByKey = new Map<string, number>();
    /** A file repeats a few dozen periods across thousands of rows: each is parsed once and shared. */
    private readonly periods = new Map<string, TimePeriod | undefined>();

    /** Why the file cannot be used, when a column the layout requires is not in the header; no row is read then. */
    readonly missingColumns: string | undefined;

    constructor(header: string[], layout: ColumnLayout) {
        this.header = header;
        const indexByName = new Map<string, number>();
        header.forEach((name, index) => {
            const key = normaliseHeader(name);
            if (!indexByName.has(key)) indexByName.set(key, index);
        });
        const at = Object.fromEntries(COLUMN_ROLES.map((role) => [role, -1])) as Record<ColumnRole, number>;
        const missing: string[] = [];
        for (const [role, name] of Object.entries(layout.columns) as [ColumnRole, string][]) {
            const index = indexByName.get(normaliseHeader(name));
            if (index !== undefined) at[role] = index;
            else if (layout.required.includes(role)) missing.push(`"${name}"`);
        }
        const named = missing.length > 1 ? `${missing.slice(0, -1).join(', ')} or ${missing.at(-1)}` : missing[0];
        this.missingColumns = named ? `has no ${named} column, which the ${layout.name} layout requires` : undefined;
        this.at = at;
    }

    read(record: string[], row: number): void {
        const { header, at, problems } = this;
        if (this.missingColumns) return;
        if (record.length !== header.length) {
            problems.push({ row, message: `has ${record.length} cells where the header has ${header.length}` });
            return;
        }
        const cell = (index: number) => (index < 0 ? '' : record[index]!.trim());
        const column = (role: ColumnRole) => header[at[role]]!.trim();
        const failed = problems.length;
        const periodText = cell(at.period);
        const period = this.periodOf(periodText);
        if (!period) {
            problems.push({ row, column: column('period'), message: periodText === '' ? 'is empty; a time period is required' : `"${periodText}" is not a time period (expected ${PERIOD_EXAMPLES})` });
        }
        const figure = (role: 'value' | 'lower' | 'upper') => {
            const written = cell(at[role]);
            const parsed = numberCell(written);
            if (parsed !== undefined && Number.isNaN(parsed)) problems.push({ row, column: column(role), message: `"${written}" is not a number` });
            return parsed === undefined || Number.isNaN(parsed) ? undefined : parsed;
        };
        const value = figure('value');
        const lower = figure('lower');
        const upper = figure('upper');
        if (lower !== undefined && upper !== undefined && lower > upper) {
            problems.push({ row, column: column('lower'), message: `the lower bound ${lower} is above the upper bound ${upper} ("${column('upper')}")` });
        } else if ((lower === undefined) !== (upper === undefined) && problems.length === failed) {
            const given = lower === undefined ? 'upper' : 'lower';
            const absent = lower === undefined ? 'lower' : 'upper';
            problems.push({ row, column: column(absent), message: `is empty but the ${given} bound is given; an interval needs both` });
        } else if (value !== undefined && lower !== undefined && upper !== undefined && (value < lower || value > upper)) {
            problems.push({ row, column: column('value'), message: `the value ${value} is outside its interval ${lower} to ${upper}` });
        }
        if (problems.length > failed || !period) return;
        const parsed: DatasetRow = {
            row,
            indicator: cell(at.indicator),
            areaCode: cell(at.area),
            sex: cell(at.sex),
            age: cell(at.age),
            categoryType: cell(at.categoryType),
            category: cell(at.category),
            period,
            valueNote: cell(at.valueNote)
        };
        if (value !== undefined) parsed.value = value;
        if (lower !== undefined && upper !== undefined) {
            parsed.lower = lower;
            parsed.upper = upper;
        }
        const key = `${parsed.indicator}\u0000${parsed.areaCode}\u0000${period.text}\u0000${parsed.sex}\u0000${parsed.age}\u0000${parsed.categoryType}\u0000${parsed.category}`;
        const first = this.firstRowByKey.get(key);
        if (first !== undefined) {
            problems.push({ row, message: `repeats row ${first} (the same indicator, area, period and breakdown)` });
            return;
        }
        this.firstRowByKey.set(key, row);
        this.rows.push(parsed);
    }

    private periodOf(written: string): TimePeriod | undefined {
        let period = this.periods.get(written);
        if (period === undefined && !this.periods.has(written)) {
            period = parseTimePeriod(written);
            this.periods.set(written, period);
        }
        return period;
    }
}
