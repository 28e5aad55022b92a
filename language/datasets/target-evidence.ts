import { WorkspaceCache, type LangiumSharedCoreServices } from 'langium';
import type { Dataset, DatasetEvidence, Target } from '../generated/ast.js';
import { typedEvidence, type EvidencePoint } from '../model/evidence.js';
import type { FactIndex } from '../model/facts.js';
import { datasetProblem, type DatasetLoad, type LhcDatasets, type LoadedDataset } from './dataset-store.js';
import type { DatasetRow } from './load-dataset.js';
import { compareText } from '../model/text-order.js';

/** The rows one `evidence from …` line selects from its dataset. */
export interface EvidenceSelection {
    evidence: DatasetEvidence;
    dataset?: LoadedDataset;
    /** Rows taken as evidence, oldest period first. */
    rows: DatasetRow[];
    /** Rows that match but have no value (the file's Value note says why): shown, not judged. */
    withoutValue: DatasetRow[];
    /**
     * Periods the filters leave more than one row for: none of them is taken, nothing is guessed. Rows are grouped by
     * the day they are dated at (their period's end), so `2018` and `2018-12-31` are one group; `dated` is that day
     * when the group's periods are written differently (`period` then lists them).
     */
    ambiguous: { period: string; rows: number[]; dated?: string }[];
    /** Why the line selects nothing before any row is looked at (no area code, an unreadable dataset). */
    problem?: string;
}

/** All of a target's evidence: typed measurements and dataset rows, as points, and what each dataset line chose. */
export interface TargetEvidence {
    points: EvidencePoint[];
    selections: EvidenceSelection[];
}

/** What checks and renderers use to reach the data: a dataset's load and a target's evidence. */
export interface EvidenceAccess {
    load(dataset: Dataset): DatasetLoad;
    forTarget(target: Target): TargetEvidence;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Selects the rows of a loaded dataset that one `evidence from …` line asks for: the indicator (when given), the
 * area by its GSS code, the sex and age (when given), the category (headline rows, whose Category is empty, when no
 * category is given) and the kind of time period (`periods`, all kinds by default).
 */
export function selectRows(evidence: DatasetEvidence, dataset: LoadedDataset): EvidenceSelection {
    const selection: EvidenceSelection = { evidence, dataset, rows: [], withoutValue: [], ambiguous: [] };
    const area = evidence.area?.ref;
    if (!area) {
        selection.problem = evidence.area ? `area '${evidence.area.$refText}' is not declared` : 'it names no area';
        return selection;
    }
    if (!area.code) {
        selection.problem = `area '${area.name}' has no code to find its rows by`;
        return selection;
    }
    const indicator = evidence.indicator !== undefined ? String(evidence.indicator) : undefined;
    const periods = evidence.periods && evidence.periods !== 'any' ? evidence.periods : undefined;
    const byDay = new Map<string, DatasetRow[]>();
    for (const row of dataset.rowsByArea.get(area.code.toUpperCase()) ?? []) {
        if (indicator !== undefined && row.indicator !== indicator) continue;
        if (evidence.sex !== undefined && !same(row.sex, evidence.sex)) continue;
        if (evidence.age !== undefined && !same(row.age, evidence.age)) continue;
        if (evidence.category !== undefined ? !same(row.category, evidence.category) : row.category !== '') continue;
        if (evidence.categoryType !== undefined && !same(row.categoryType, evidence.categoryType)) continue;
        if (periods !== undefined && row.period.kind !== periods) continue;
        const list = byDay.get(row.period.end) ?? [];
        list.push(row);
        byDay.set(row.period.end, list);
    }
    for (const [day, rows] of byDay) {
        if (rows.length > 1) {
            const texts = [...new Set(rows.map((row) => row.period.text))];
            selection.ambiguous.push({ period: texts.join(' and '), rows: rows.map((row) => row.row), ...(texts.length > 1 ? { dated: day } : {}) });
        } else if (rows[0]!.value === undefined) selection.withoutValue.push(rows[0]!);
        else selection.rows.push(rows[0]!);
    }
    selection.rows.sort((a, b) => compareText(a.period.end, b.period.end));
    return selection;
}

/** A selected row as evidence, with its provenance. */
export function rowEvidence(row: DatasetRow, dataset: LoadedDataset): EvidencePoint {
    const declaration = dataset.declaration;
    const url = declaration.url ?? declaration.reference;
    return {
        value: row.value!,
        date: row.period.end,
        ...(row.lower !== undefined && row.upper !== undefined ? { lower: row.lower, upper: row.upper } : {}),
        provenance: {
            dataset: declaration.name,
            file: dataset.file,
            row: row.row,
            sha256: dataset.sha256,
            ...(declaration.retrieved ? { retrieved: declaration.retrieved } : {}),
            ...(declaration.publisher ? { publisher: declaration.publisher } : {}),
            ...(url ? { url } : {}),
            period: row.period.text,
            illustrative: declaration.illustrative === true
        }
    };
}

/** Every target's evidence, worked out once per build from the facts and the dataset files. */
export class LhcEvidence implements EvidenceAccess {
    private readonly cache: WorkspaceCache<Target, TargetEvidence>;

    constructor(shared: LangiumSharedCoreServices, private readonly datasets: LhcDatasets, private readonly facts: () => FactIndex) {
        this.cache = new WorkspaceCache(shared);
    }

    load(dataset: Dataset): DatasetLoad {
        return this.datasets.load(dataset);
    }

    forTarget(target: Target): TargetEvidence {
        return this.cache.get(target, () => {
            const points = typedEvidence(this.facts().measurementsByTarget.get(target) ?? []);
            const selections = (target.evidence ?? []).map((evidence) => this.select(evidence));
            for (const selection of selections) {
                for (const row of selection.rows) points.push(rowEvidence(row, selection.dataset!));
            }
            return { points, selections };
        });
    }

    private select(evidence: DatasetEvidence): EvidenceSelection {
        const declaration = evidence.dataset?.ref;
        const empty: EvidenceSelection = { evidence, rows: [], withoutValue: [], ambiguous: [] };
        if (!declaration) return { ...empty, problem: `dataset '${evidence.dataset?.$refText ?? ''}' is not declared` };
        const load = this.datasets.load(declaration);
        if (!('loaded' in load)) return { ...empty, problem: datasetProblem(load) };
        return selectRows(evidence, load.loaded);
    }
}
