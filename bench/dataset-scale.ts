// The 50,000-row dataset item of `npm run bench`: the London example checked as it is, and again with a generated
// Fingertips-layout file of `rows` rows (every London area code, 100 indicators, 3 sexes, 2000–2019) declared beside
// it and a target taking evidence from it. Everything is written under the benchmark's folder, never inside the
// repository.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { copyWorkspaceWithLibraries } from '../test/workspace-copy.js';

const COLUMNS = [
    'Indicator ID', 'Indicator Name', 'Parent Code', 'Parent Name', 'Area Code', 'Area Name', 'Area Type', 'Sex', 'Age', 'Category Type',
    'Category', 'Time period', 'Value', 'Lower CI 95.0 limit', 'Upper CI 95.0 limit', 'Lower CI 99.8 limit', 'Upper CI 99.8 limit', 'Count',
    'Denominator', 'Value note', 'Recent Trend', 'Compared to England value or percentiles', 'Compared to London region value or percentiles',
    'Compared to goal', 'New data', 'Time period Sortable'
];

/** England, London and the 33 London local authorities: the codes the London example declares. */
const CODES = ['E92000001', 'E12000007', ...Array.from({ length: 33 }, (_, index) => `E09${String(index + 1).padStart(6, '0')}`)];
const SEXES = ['Persons', 'Male', 'Female'];

/** A Fingertips-layout CSV of exactly `rows` rows (plus the header), deterministic. */
export function fingertipsCsv(rows: number): string {
    const lines = [COLUMNS.join(',')];
    let made = 0;
    for (let indicator = 0; made < rows; indicator++) {
        for (const code of CODES) {
            for (const sex of SEXES) {
                for (let year = 2000; year < 2020 && made < rows; year++) {
                    const value = 10 + ((indicator * 7 + year * 3 + code.charCodeAt(8)) % 300) / 10;
                    const cells = [String(90000 + indicator), `Synthetic indicator ${indicator}`, 'E92000001', 'England', code, code, 'Area', sex,
                        '18+ yrs', '', '', String(year), value.toFixed(1), (value - 0.8).toFixed(1), (value + 0.8).toFixed(1),
                        (value - 1.3).toFixed(1), (value + 1.3).toFixed(1), '', '', '', '', 'Similar', 'Similar', '', '', `${year}0000`];
                    lines.push(cells.join(','));
                    made++;
                }
                if (made >= rows) break;
            }
            if (made >= rows) break;
        }
    }
    return `${lines.join('\n')}\n`;
}

const DECLARATION = `// Generated for the benchmark: a synthetic Fingertips-layout file.
dataset BenchIndicators "Synthetic indicators (benchmark)" {
    file "bench-indicators.csv"
    layout fingertips
    publisher "lhc benchmark"
    reference "generated"
    retrieved 2020-06-01
    illustrative
    only declared areas
}
aspiration BenchAspiration "Benchmark aspiration" {
    target BenchTarget "Synthetic indicator 0 in London" {
        unit "%"
        direction decrease
        baseline 20% on 2000-12-31
        goal 10%
        by 2025-12-31
        evidence from BenchIndicators indicator 90000 area London sex "Persons"
    }
}
`;

/**
 * Two copies of the London example in a new folder under `parent`: as it is, and with the dataset added; each with
 * the libraries London's config names (`../england`) beside it, so both check as the original does.
 */
export function writeDatasetWorkspaces(repository: string, parent: string, rows: number): { without: string; withDataset: string; dispose: () => void } {
    const root = mkdtempSync(path.join(parent, 'dataset-'));
    const source = path.join(repository, 'examples', 'london');
    const without = path.join(root, 'london');
    const withDataset = path.join(root, 'london-with-dataset');
    // Side by side they share one copy of each library (both name `../england`).
    copyWorkspaceWithLibraries(source, without);
    copyWorkspaceWithLibraries(source, withDataset);
    writeFileSync(path.join(withDataset, 'bench-indicators.csv'), fingertipsCsv(rows));
    writeFileSync(path.join(withDataset, 'bench-indicators.lhc'), DECLARATION);
    return { without, withDataset, dispose: () => rmSync(root, { recursive: true, force: true }) };
}
