import type { Severity } from '../checks/rule.js';
import type { IsoDate } from '../model/dates.js';
import { compareText } from '../model/text-order.js';

/** A 1-based position, as editors and terminals show it. */
export interface Position {
    line: number;
    column: number;
}

export interface Location {
    /** Absolute path of the file. */
    file: string;
    start: Position;
    end: Position;
}

/** One thing wrong with the workspace: the engine's result, independent of any output format. */
export interface Finding {
    ruleId: string;
    severity: Severity;
    message: string;
    location: Location;
    /**
     * The qualified name of the innermost declared fact the finding is on (`DevolutionMoU2017.Estates`), when it is on
     * one: where it is in words that do not move when lines are added above it (SARIF fingerprints use it).
     */
    fact?: string;
    /** Where the finding comes from: the grammar, a built-in check, or one of the agreement's own conditions. */
    source: 'syntax' | 'check' | 'condition';
    /** Other places that explain it: an earlier declaration, the clause behind a condition. */
    related: { location: Location; message: string }[];
    /** Set when a waiver or an inline `lhc-ignore` comment accepts the finding: it is counted but does not fail. */
    waived?: { by: 'waiver' | 'comment'; reason: string; location: Location; approver?: string; until?: string };
}

export interface Totals {
    files: number;
    errors: number;
    warnings: number;
    infos: number;
    waived: number;
}

/** Everything one `lhc check` run found. */
export interface CheckReport {
    asOf: IsoDate;
    files: string[];
    findings: Finding[];
    totals: Totals;
}

export function countTotals(files: number, findings: readonly Finding[]): Totals {
    const totals: Totals = { files, errors: 0, warnings: 0, infos: 0, waived: 0 };
    for (const finding of findings) {
        if (finding.waived) totals.waived++;
        else if (finding.severity === 'error') totals.errors++;
        else if (finding.severity === 'warning') totals.warnings++;
        else totals.infos++;
    }
    return totals;
}

/** Findings sorted by file, then position, so output is stable from run to run. */
export function sortFindings(findings: Finding[]): Finding[] {
    return findings.sort((a, b) =>
        compareText(a.location.file, b.location.file)
        || a.location.start.line - b.location.start.line
        || a.location.start.column - b.location.start.column
        || compareText(a.ruleId, b.ruleId));
}
