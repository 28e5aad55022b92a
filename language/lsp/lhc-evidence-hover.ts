import { counted } from '../model/counted.js';
import * as path from 'node:path';
import { AstUtils } from 'langium';
import type { Dataset, Target } from '../generated/ast.js';
import type { LhcServices } from '../lhc-module.js';
import { datasetProblem } from '../datasets/dataset-store.js';
import type { DatasetRow } from '../datasets/load-dataset.js';
import { formatInterval, formatTargetValue } from './lhc-target-status.js';
import { compareText } from '../model/text-order.js';

/** Hover lines for a target's dataset evidence: each `evidence from` line's file and the rows it used. */
export function targetEvidenceHover(services: LhcServices, target: Target): string[] {
    const lines: string[] = [];
    for (const selection of services.lhc.Evidence.forTarget(target).selections) {
        const name = selection.evidence.dataset?.$refText ?? '?';
        if (!selection.dataset) {
            lines.push(`Evidence from \`${name}\`: none (${selection.problem ?? 'unreadable'})`);
            continue;
        }
        const dataset = selection.dataset;
        const about = [dataset.written, dataset.retrieved ? `retrieved ${dataset.retrieved}` : undefined, dataset.declaration.illustrative ? 'illustrative' : undefined]
            .filter(Boolean).join(', ');
        const used = selection.rows.length + selection.withoutValue.length;
        lines.push(`Evidence from \`${name}\` (${about}): ${used === 0 ? 'no rows match' : `${counted(used, 'row')}`}`);
        const rows = [...selection.rows, ...selection.withoutValue].sort((a, b) => compareText(a.period.end, b.period.end));
        for (const row of rows) lines.push(`- ${rowLine(target, row)}`);
        if (selection.problem) lines.push(`- ${selection.problem}`);
        for (const ambiguous of selection.ambiguous) lines.push(`- ${ambiguous.period}: not used, rows ${ambiguous.rows.join(', ')} all match`);
    }
    return lines;
}

function rowLine(target: Target, row: DatasetRow): string {
    const figure = row.value === undefined
        ? `no value${row.valueNote ? ` (${row.valueNote})` : ''}`
        : `${formatTargetValue(target, row.value)}${formatInterval(target, row)}`;
    return `${row.period.text}: ${figure}, row ${row.row}`;
}

/** Hover lines for a dataset declaration: its file, provenance, rows and faults. */
export function datasetHover(services: LhcServices, dataset: Dataset): string[] {
    const lines: string[] = [];
    if (dataset.publisher) lines.push(`Publisher: ${dataset.publisher}`);
    if (dataset.url ?? dataset.reference) lines.push(`From: ${dataset.url ?? dataset.reference}`);
    if (dataset.retrieved) lines.push(`Retrieved: ${dataset.retrieved}${dataset.illustrative ? ' (illustrative values)' : ''}`);
    const load = services.lhc.Evidence.load(dataset);
    if (!('loaded' in load)) {
        lines.push(`**${'unreadable' in load ? 'Unreadable' : 'Incomplete'}:** ${datasetProblem(load)}`);
        return lines;
    }
    const { loaded } = load;
    const folder = path.dirname(AstUtils.getDocument(dataset).uri.fsPath);
    lines.push(`File: ${path.relative(folder, loaded.file)}, ${counted(loaded.rows.length, 'usable row')}${loaded.problems.length ? `, ${loaded.problems.length} bad` : ''}`);
    lines.push(`SHA-256: \`${loaded.sha256}\``);
    return lines;
}
