import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import type { Document } from '../generated/ast.js';
import type { LhcServices } from '../lhc-module.js';
import type { IsoDate } from '../model/dates.js';
import { builtInRulesInForce } from '../checks/catalogue.js';
import { rulesWithSomethingToJudge } from '../checks/rule-judgement.js';
import { buildSummary } from '../summary/build-summary.js';
import { declarationFingerprints, type Version } from '../summary/change-impact.js';
import { FactRefs } from '../summary/fact-refs.js';
import { checkWorkspace, unreadableDataset } from './check.js';
import { InputError } from './errors.js';
import type { CheckReport } from './results.js';
import { evaluateWorkspaceConditions } from './condition-outcomes.js';
import { halfReadFiles } from '../parsing/syntax-errors.js';

export interface SummariseOptions {
    paths: string[];
    asOf?: IsoDate;
    staleAfterDays?: number;
    /** Paths in the summary are relative to this folder. */
    root: string;
    onProgress?: (message: string) => void;
}

/** Summarises an already checked workspace: the same build gives both the findings and the summary. */
export function summariseChecked(checked: { report: CheckReport; services: LhcServices; documents: LangiumDocument<Document>[] }, root: string, staleAfterDays?: number): Version {
    const { report, services } = checked;
    const facts = services.lhc.Facts.get();
    const stale = staleAfterDays ?? services.lhc.Settings.staleAfterDays;
    const rulesInForce = builtInRulesInForce(services.lhc.Settings);
    const summary = buildSummary({
        facts,
        report,
        rulesInForce,
        rulesJudged: rulesWithSomethingToJudge(checked.documents, rulesInForce),
        conditions: evaluateWorkspaceConditions(services, report.asOf),
        asOf: report.asOf,
        staleAfterDays: stale,
        root,
        evidence: services.lhc.Evidence
    });
    return { summary, declarations: declarationFingerprints(facts, new FactRefs(root)), halfRead: halfReadFiles(checked.documents) };
}

/** Loads, checks and summarises a workspace. */
export async function summariseWorkspace(options: SummariseOptions): Promise<Version> {
    const checked = await checkWorkspace({ paths: options.paths, command: 'lhc summary', asOf: options.asOf, staleAfterDays: options.staleAfterDays, onProgress: options.onProgress });
    const unreadable = unreadableDataset(checked.report, process.cwd());
    if (unreadable) throw new InputError(unreadable);
    options.onProgress?.('Summarising…');
    return summariseChecked(checked, path.resolve(options.root), options.staleAfterDays);
}
