import type { EvidencePoint } from '../model/evidence.js';
import type { IsoDate } from '../model/dates.js';
import type { TargetProgress } from '../model/targets.js';
import type { FactRefs } from './fact-refs.js';

/** Where a figure drawn from a dataset comes from, as the summary gives it. */
export interface ProvenanceSummary {
    dataset: string;
    /** The CSV file, relative to the summary's root. */
    file: string;
    /** The row's line in the file (the header is row 1). */
    row: number;
    sha256: string;
    retrieved?: IsoDate;
    /** The time period as the file writes it; the figure is dated at its end. */
    period: string;
}

/** One figure of a target's evidence, with its 95% confidence interval and origin when known. */
export interface EvidenceSummary {
    value: number;
    date: IsoDate;
    lower?: number;
    upper?: number;
    /** The `measurement` declaration, for a typed figure. */
    measurement?: string;
    /** Its `source` text, for a typed figure that gives one. */
    source?: string;
    provenance?: ProvenanceSummary;
}

/** A dataset a target's figures come from: shown under its chart. */
export interface EvidenceSourceSummary {
    dataset: string;
    file: string;
    sha256: string;
    publisher?: string;
    url?: string;
    retrieved?: IsoDate;
    /** The declaration marks the figures illustrative (not a real download). */
    illustrative: boolean;
    /** The rows used, in date order. */
    rows: number[];
}

export function summariseEvidence(point: EvidencePoint, refs: FactRefs): EvidenceSummary {
    const provenance = point.provenance;
    return {
        value: point.value,
        date: point.date,
        ...(point.lower !== undefined && point.upper !== undefined ? { lower: point.lower, upper: point.upper } : {}),
        ...(point.measurement ? { measurement: point.measurement.name } : {}),
        ...(point.measurement?.source ? { source: point.measurement.source } : {}),
        ...(provenance ? {
            provenance: {
                dataset: provenance.dataset,
                file: refs.relative(provenance.file),
                row: provenance.row,
                sha256: provenance.sha256,
                ...(provenance.retrieved ? { retrieved: provenance.retrieved } : {}),
                period: provenance.period
            }
        } : {})
    };
}

/** The datasets behind a target's figures up to the as-of date, in order of first use. */
export function evidenceSources(progress: TargetProgress, refs: FactRefs): EvidenceSourceSummary[] {
    const byDataset = new Map<string, EvidenceSourceSummary>();
    for (const point of progress.evidence) {
        const provenance = point.provenance;
        if (!provenance) continue;
        let source = byDataset.get(provenance.dataset);
        if (!source) {
            source = {
                dataset: provenance.dataset,
                file: refs.relative(provenance.file),
                sha256: provenance.sha256,
                ...(provenance.publisher ? { publisher: provenance.publisher } : {}),
                ...(provenance.url ? { url: provenance.url } : {}),
                ...(provenance.retrieved ? { retrieved: provenance.retrieved } : {}),
                illustrative: provenance.illustrative,
                rows: []
            };
            byDataset.set(provenance.dataset, source);
        }
        source.rows.push(provenance.row);
    }
    return [...byDataset.values()];
}

/** The evidence parts of a target's summary: its latest figure, its history and the datasets behind them. */
export function targetEvidenceFields(progress: TargetProgress, refs: FactRefs): {
    latest?: EvidenceSummary; history: EvidenceSummary[]; sources: EvidenceSourceSummary[]; inconclusive?: 'goal' | 'trajectory';
} {
    return {
        ...(progress.latest ? { latest: summariseEvidence(progress.latest, refs) } : {}),
        history: progress.evidence.map((point) => summariseEvidence(point, refs)),
        sources: evidenceSources(progress, refs),
        ...(progress.inconclusive ? { inconclusive: progress.inconclusive } : {})
    };
}
