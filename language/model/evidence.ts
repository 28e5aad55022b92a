import type { Measurement } from '../generated/ast.js';
import type { IsoDate } from './dates.js';

/** Where a figure drawn from a dataset comes from: enough to find the row again and to tell if the file changed. */
export interface DatasetProvenance {
    /** The `dataset` declaration's name. */
    dataset: string;
    /** Absolute path of the CSV file. */
    file: string;
    /** The row's line in the file, 1-based, the header being row 1. */
    row: number;
    /** SHA-256 of the file's bytes, hex. */
    sha256: string;
    /** When the file was downloaded, as the declaration says. */
    retrieved?: IsoDate;
    publisher?: string;
    /** The declaration's `url`, else its `reference`. */
    url?: string;
    /** The time period as the file writes it (`2017/18`); the evidence is dated at its end. */
    period: string;
    /** The declaration marks the figures illustrative (not a real download). */
    illustrative: boolean;
}

/**
 * One figure of evidence for a target: typed as a `measurement`, or drawn from a dataset row. `lower` and `upper`
 * are its 95% confidence interval, when known; a dataset row is dated at the end of its time period.
 */
export interface EvidencePoint {
    value: number;
    date: IsoDate;
    lower?: number;
    upper?: number;
    /** The `measurement` declaration, for typed evidence. */
    measurement?: Measurement;
    /** The dataset row, for evidence drawn from a dataset. */
    provenance?: DatasetProvenance;
}

/** Typed measurements as evidence points (those without a value or date are left out: they cannot be judged). */
export function typedEvidence(measurements: readonly Measurement[]): EvidencePoint[] {
    return measurements.flatMap((measurement) => {
        // A measurement with no figure (or no date) is no evidence; nor is an interval missing either bound.
        if (!measurement.date || typeof measurement.value?.value !== 'number') return [];
        const point: EvidencePoint = { value: measurement.value.value, date: measurement.date, measurement };
        if (typeof measurement.lower?.value === 'number' && typeof measurement.upper?.value === 'number') {
            point.lower = measurement.lower.value;
            point.upper = measurement.upper.value;
        }
        return [point];
    });
}

/** How a point is named in messages: `measurement "Smoking2018"` or `data/phof.csv row 12`. */
export function describeEvidence(point: EvidencePoint, relative: (file: string) => string = (file) => file): string {
    if (point.measurement) return `measurement "${point.measurement.name}"`;
    if (point.provenance) return `${relative(point.provenance.file)} row ${point.provenance.row}`;
    return 'evidence';
}
