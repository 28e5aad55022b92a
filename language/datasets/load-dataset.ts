import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { normaliseHeader, type ColumnLayout, type ColumnRole } from './layouts.js';
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
 * ignored); a UTF-8 byte-order mark and CRLF line ends are accepted. Throws `DatasetUnreadable` when the text is not
 * CSV or a required column is missing; every bad row (a non-numeric figure, a lower bound above the upper, an
 * unparseable period, a duplicate of an earlier row for the same indicator, area, period and breakdown) is a
 * `RowProblem` and the row is left out of `rows`.
 */
export function parseDataset(bytes: Buffer, layout: ColumnLayout): ParsedDataset {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    let records: { record: string[]; info: { lines: number } }[];
    try {
        records = parse(bytes, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as never;
    } catch (error) {
        throw new DatasetUnreadable(`is not readable as CSV: ${String((error as Error).message).split('\n')[0]}`);
    }
    const header = records[0]?.record;
    if (!header) throw new DatasetUnreadable('is empty: it has no header row');
    const indexByName = new Map<string, number>();
    header.forEach((name, index) => {
        const key = normaliseHeader(name);
        if (!indexByName.has(key)) indexByName.set(key, index);
    });
    const indexOf: Partial<Record<ColumnRole, number>> = {};
    const missing: string[] = [];
    for (const [role, name] of Object.entries(layout.columns) as [ColumnRole, string][]) {
        const index = indexByName.get(normaliseHeader(name));
        if (index !== undefined) indexOf[role] = index;
        else if (layout.required.includes(role)) missing.push(`"${name}"`);
    }
    if (missing.length === 1) throw new DatasetUnreadable(`has no ${missing[0]} column, which the ${layout.name} layout requires`);
    if (missing.length > 1) throw new DatasetUnreadable(`has no ${missing.slice(0, -1).join(', ')} or ${missing.at(-1)} column, which the ${layout.name} layout requires`);

    const rows: DatasetRow[] = [];
    const problems: RowProblem[] = [];
    const firstRowByKey = new Map<string, number>();
    const columnName = (role: ColumnRole) => header[indexOf[role]!]!.trim();
    // A file repeats a few dozen periods across thousands of rows: parse each once and share the result.
    const periods = new Map<string, TimePeriod | undefined>();
    const periodOf = (written: string) => {
        if (!periods.has(written)) periods.set(written, parseTimePeriod(written));
        return periods.get(written);
    };
    let record: string[] = [];
    const text = (role: ColumnRole) => {
        const column = indexOf[role];
        return column === undefined ? '' : record[column]!.trim();
    };
    for (let index = 1; index < records.length; index++) {
        const entry = records[index]!;
        record = entry.record;
        const row = entry.info.lines;
        if (record.length !== header.length) {
            problems.push({ row, message: `has ${record.length} cells where the header has ${header.length}` });
            continue;
        }
        const rowProblems: RowProblem[] = [];
        const periodText = text('period');
        const period = periodOf(periodText);
        if (!period) {
            rowProblems.push({ row, column: columnName('period'), message: periodText === '' ? 'is empty; a time period is required' : `"${periodText}" is not a time period (expected ${PERIOD_EXAMPLES})` });
        }
        const figures: Partial<Record<'value' | 'lower' | 'upper', number>> = {};
        for (const role of ['value', 'lower', 'upper'] as const) {
            const figure = numberCell(text(role));
            if (figure !== undefined && Number.isNaN(figure)) rowProblems.push({ row, column: columnName(role), message: `"${text(role)}" is not a number` });
            else if (figure !== undefined) figures[role] = figure;
        }
        const { value, lower, upper } = figures;
        if (lower !== undefined && upper !== undefined && lower > upper) {
            rowProblems.push({ row, column: columnName('lower'), message: `the lower bound ${lower} is above the upper bound ${upper} ("${columnName('upper')}")` });
        } else if ((lower === undefined) !== (upper === undefined) && !rowProblems.length) {
            const given = lower === undefined ? 'upper' : 'lower';
            const absent = lower === undefined ? 'lower' : 'upper';
            rowProblems.push({ row, column: columnName(absent), message: `is empty but the ${given} bound is given; an interval needs both` });
        } else if (value !== undefined && lower !== undefined && upper !== undefined && (value < lower || value > upper)) {
            rowProblems.push({ row, column: columnName('value'), message: `the value ${value} is outside its interval ${lower} to ${upper}` });
        }
        if (rowProblems.length > 0 || !period) {
            problems.push(...rowProblems);
            continue;
        }
        const parsed: DatasetRow = {
            row,
            indicator: text('indicator'),
            areaCode: text('area'),
            sex: text('sex'),
            age: text('age'),
            categoryType: text('categoryType'),
            category: text('category'),
            period,
            valueNote: text('valueNote')
        };
        if (value !== undefined) parsed.value = value;
        if (lower !== undefined && upper !== undefined) {
            parsed.lower = lower;
            parsed.upper = upper;
        }
        const key = `${parsed.indicator}\u0000${parsed.areaCode}\u0000${period.text}\u0000${parsed.sex}\u0000${parsed.age}\u0000${parsed.categoryType}\u0000${parsed.category}`;
        const first = firstRowByKey.get(key);
        if (first !== undefined) {
            problems.push({ row, message: `repeats row ${first} (the same indicator, area, period and breakdown)` });
            continue;
        }
        firstRowByKey.set(key, row);
        rows.push(parsed);
    }
    return { sha256, rows, problems };
}
