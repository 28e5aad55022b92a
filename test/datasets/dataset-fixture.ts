import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { Document } from '../../language/generated/ast.js';
import type { LhcServices } from '../../language/lhc-module.js';

/** The Fingertips export's columns, in the portal's order. */
export const FINGERTIPS_COLUMNS = [
    'Indicator ID', 'Indicator Name', 'Parent Code', 'Parent Name', 'Area Code', 'Area Name', 'Area Type', 'Sex', 'Age',
    'Category Type', 'Category', 'Time period', 'Value', 'Lower CI 95.0 limit', 'Upper CI 95.0 limit', 'Lower CI 99.8 limit',
    'Upper CI 99.8 limit', 'Count', 'Denominator', 'Value note', 'Recent Trend', 'Compared to England value or percentiles',
    'Compared to London region value or percentiles', 'Compared to goal', 'New data', 'Time period Sortable'
];

export type FingertipsRow = Partial<Record<string, string>>;

/** A Fingertips row with sensible defaults: adult smoking, London, Persons, 18+, headline. */
export function fingertipsRow(values: FingertipsRow): FingertipsRow {
    return {
        'Indicator ID': '92443', 'Indicator Name': 'Smoking Prevalence in adults (18+) - current smokers (APS)', 'Parent Code': 'E92000001',
        'Parent Name': 'England', 'Area Code': 'E12000007', 'Area Name': 'London', 'Area Type': 'Region', 'Sex': 'Persons', 'Age': '18+ yrs',
        'Category Type': '', 'Category': '', 'Time period': '2018', 'Value': '14.0', 'Lower CI 95.0 limit': '13.3', 'Upper CI 95.0 limit': '14.7',
        'Value note': '', ...values
    };
}

const cell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** CSV text of the rows under the given columns (in that order), with `\n` or `\r\n` line ends. */
export function csvText(columns: readonly string[], rows: readonly FingertipsRow[], eol = '\n'): string {
    return [columns.map(cell).join(','), ...rows.map((row) => columns.map((column) => cell(row[column] ?? '')).join(','))].join(eol) + eol;
}

/** The folders `tempWorkspace` made, removed when the test process ends (they were left behind, 25 a run). */
const made: string[] = [];
process.once('exit', () => {
    for (const root of made) rmSync(root, { recursive: true, force: true });
});

/** A fresh folder under the system's temporary folder holding the given files; removed when the tests end. */
export function tempWorkspace(files: Record<string, string | Buffer>): string {
    const root = mkdtempSync(path.join(tmpdir(), 'lhc-data-'));
    made.push(root);
    writeFiles(root, files);
    return root;
}

export function writeFiles(root: string, files: Record<string, string | Buffer>): void {
    for (const [name, content] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
        writeFileSync(path.join(root, name), content);
    }
}

/** Builds `.lhc` texts at real paths under `root` (so datasets resolve against them) and returns their diagnostics. */
export async function buildAt(services: LhcServices, root: string, texts: Record<string, string>): Promise<{ documents: LangiumDocument<Document>[]; diagnostics: Diagnostic[] }> {
    services.lhc.Datasets.roots = [root];
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    const documents = Object.entries(texts).map(([name, text]) => {
        const document = factory.fromString<Document>(text, URI.file(path.join(root, name)));
        langiumDocuments.addDocument(document);
        return document;
    });
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { documents, diagnostics: documents.flatMap((document) => document.diagnostics ?? []) };
}

/** Areas with GSS codes and a smoking target taking evidence from `Phof`. */
export const SMOKING_WORKSPACE = `
as of 2019-06-01
area England "England" country code "E92000001"
area London "London" region within England code "E12000007"
dataset Phof "Public health outcomes" {
    file "data/phof.csv"
    layout fingertips
    publisher "OHID"
    url "https://fingertips.phe.org.uk"
    retrieved 2019-05-01
}
aspiration KickUnhealthyHabits "Kick unhealthy habits" {
    target AdultSmoking "Adult smoking prevalence" {
        unit "% of adults"
        direction decrease
        baseline 16.3% on 2015-03-31
        goal 13%
        by 2020-12-31
        evidence from Phof indicator 92443 area London
    }
}
`;

/** The messages of one rule's findings when `text` (as deal.lhc) is built beside the given files. */
export async function ruleMessages(services: LhcServices, ruleId: string, files: Record<string, string | Buffer>, text = SMOKING_WORKSPACE): Promise<string[]> {
    const root = tempWorkspace(files);
    const { diagnostics } = await buildAt(services, root, { 'deal.lhc': text });
    return diagnostics.filter((d) => d.code === ruleId).map((d) => String(d.message));
}
