import type { DatasetRow } from './load-dataset.js';

/**
 * Finds rows that repeat an earlier row's indicator, area, period and breakdown (sex, age, category type and
 * category). Periods are compared by the days they cover, not as written: `2017/18`, `2017/2018` and `2017-18` are
 * one period, so a file spelling it two ways has a duplicate, not two figures whose order would pick the verdict. Rows are filed under a 30-bit hash of those seven cells and compared cell by cell with the rows filed
 * under the same hash, so two rows are only ever called duplicates when every cell is equal. Hashing the cells in
 * place, rather than joining them into one key string per row, keeps no string per row alive: on a 50,000-row file
 * that is most of the cost of duplicate detection (the garbage collector copying 50,000 keys).
 */
export class FirstRows {
    private readonly byHash = new Map<number, DatasetRow | DatasetRow[]>();

    /** The earlier row `row` repeats; `undefined` when it is the first of its kind (and it is then remembered). */
    earlierOf(row: DatasetRow): DatasetRow | undefined {
        const hash = breakdownHash(row);
        const filed = this.byHash.get(hash);
        if (filed === undefined) {
            this.byHash.set(hash, row);
            return undefined;
        }
        if (!Array.isArray(filed)) {
            if (sameBreakdown(filed, row)) return filed;
            this.byHash.set(hash, [filed, row]);
            return undefined;
        }
        const earlier = filed.find((other) => sameBreakdown(other, row));
        if (!earlier) filed.push(row);
        return earlier;
    }
}

function sameBreakdown(a: DatasetRow, b: DatasetRow): boolean {
    return a.indicator === b.indicator && a.areaCode === b.areaCode && a.period.start === b.period.start && a.period.end === b.period.end && a.sex === b.sex
        && a.age === b.age && a.categoryType === b.categoryType && a.category === b.category;
}

/** FNV-1a over the seven cells' UTF-16 code units (the period as its first and last day), each cell closed by a separator, cut to a small integer. */
export function breakdownHash(row: DatasetRow): number {
    let hash = 0x811c9dc5;
    hash = mix(hash, row.indicator);
    hash = mix(hash, row.areaCode);
    hash = mix(hash, row.period.start);
    hash = mix(hash, row.period.end);
    hash = mix(hash, row.sex);
    hash = mix(hash, row.age);
    hash = mix(hash, row.categoryType);
    hash = mix(hash, row.category);
    return hash & 0x3fffffff;
}

function mix(hash: number, cell: string): number {
    for (let index = 0; index < cell.length; index++) hash = Math.imul(hash ^ cell.charCodeAt(index), 0x01000193);
    return Math.imul(hash ^ 0x10000, 0x01000193);
}
