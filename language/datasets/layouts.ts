import type { DatasetLayout } from '../generated/ast.js';

/** The parts of a row the engine reads; a layout says which column holds each. */
export const COLUMN_ROLES = ['indicator', 'area', 'sex', 'age', 'categoryType', 'category', 'period', 'value', 'lower', 'upper', 'valueNote'] as const;
export type ColumnRole = typeof COLUMN_ROLES[number];

export interface ColumnLayout {
    /** `fingertips` or `columns`, for messages. */
    name: string;
    /** The header name of each role's column; a role left out is not in this layout. */
    columns: Partial<Record<ColumnRole, string>>;
    /** Roles whose column must be in the file. */
    required: readonly ColumnRole[];
}

/**
 * The columns of a Fingertips (OHID public-health data portal) indicator export that the engine reads, found by
 * name, never by position. The rest (Parent Code, Area Name, Count, Denominator, Recent Trend, the "Compared to
 * <parent>" column whose name varies, Compared to goal, New data, …) are not needed and may be in any order or
 * missing. Whether higher is better is not in the file: it comes from the target's `direction`.
 */
export const FINGERTIPS_LAYOUT: ColumnLayout = {
    name: 'fingertips',
    columns: {
        indicator: 'Indicator ID',
        area: 'Area Code',
        sex: 'Sex',
        age: 'Age',
        categoryType: 'Category Type',
        category: 'Category',
        period: 'Time period',
        value: 'Value',
        lower: 'Lower CI 95.0 limit',
        upper: 'Upper CI 95.0 limit',
        valueNote: 'Value note'
    },
    required: ['indicator', 'area', 'sex', 'age', 'categoryType', 'category', 'period', 'value', 'lower', 'upper']
};

/** The `columns { … }` role words and the engine's roles. */
const DECLARED_ROLE: Record<string, ColumnRole> = {
    date: 'period', value: 'value', area: 'area', lower: 'lower', upper: 'upper', indicator: 'indicator', sex: 'sex', age: 'age', category: 'category'
};

/** A plain CSV needs at least its date (or period), value and area-code columns. */
const PLAIN_REQUIRED: readonly ColumnRole[] = ['period', 'value', 'area'];

/** The layout a declaration gives, or `undefined` when it gives none. */
export function columnLayoutOf(layout: DatasetLayout | undefined): ColumnLayout | undefined {
    if (!layout) return undefined;
    if (layout.$type === 'FingertipsLayout') return FINGERTIPS_LAYOUT;
    const columns: Partial<Record<ColumnRole, string>> = {};
    for (const mapping of layout.columns ?? []) {
        const role = DECLARED_ROLE[mapping.role];
        if (role && mapping.column !== undefined) columns[role] = mapping.column;
    }
    return { name: 'columns', columns, required: PLAIN_REQUIRED };
}

/** The words a declaration uses for a role, for messages about a plain CSV's mapping. */
export function declaredRoleWord(role: ColumnRole): string {
    return role === 'period' ? 'date' : role;
}

/** Header names compare without case, surrounding spaces or doubled spaces: `Area code ` is `Area Code`. */
export function normaliseHeader(name: string): string {
    return name.replace(/\s+/g, ' ').trim().toLowerCase();
}
