import { AstUtils, WorkspaceCache, type AstNode } from 'langium';
import type { LhcServices } from '../lhc-module.js';
import type { LhcSettings } from '../config/lhc-settings.js';
import { BuildCache } from '../model/build-cache.js';
import { today, type IsoDate } from '../model/dates.js';
import { fileAsOf, workspaceAsOf } from '../model/workspace-as-of.js';
import { evaluateConditions, evaluateWorkspace, type ConditionEvaluation, type ConditionOutcome, type ConditionViolation } from './condition-evaluator.js';

/** A violation to report in a document: the outcome it belongs to and the node it points at. */
type DocumentViolation = { outcome: ConditionOutcome; violation: ConditionViolation; target: AstNode };

/**
 * The workspace's condition outcomes, evaluated once per build and shared by the validator, the summary
 * and the editor features (`services.lhc.Conditions.outcomes()`).
 */
export class LhcConditions {
    private readonly settings: LhcSettings;
    private readonly services: LhcServices;
    /** `workspaceAsOf`, once per workspace state (BENCHMARKS.md, change 7). */
    private readonly workspaceDate: WorkspaceCache<'workspaceAsOf', IsoDate | undefined>;

    constructor(services: LhcServices) {
        this.services = services;
        this.settings = services.lhc.Settings;
        this.workspaceDate = new WorkspaceCache(services.shared);
    }

    /**
     * The workspace's date: the settings' as-of (`--as-of`, `lhc.asOf`, `lhc.config.json`), else the first file's
     * `as of` by URI (`workspaceAsOf`), else today. Conditions, the summary and the report are judged at it, and so is
     * every file without an `as of` of its own (`asOfFor`). Found once per workspace state: `asOf()` runs for every
     * document validated, and listing all documents each time made a check quadratic in the number of files.
     */
    asOf(): IsoDate {
        return this.settings.asOf
            ?? this.workspaceDate.get('workspaceAsOf', () => workspaceAsOf(this.services.shared.workspace.LangiumDocuments.all))
            ?? today();
    }

    /** The date a node's checks are judged at: the settings' as-of, else its file's own `as of`, else the workspace's. */
    asOfFor(node: AstNode): IsoDate {
        return this.settings.asOf ?? fileAsOf(node) ?? this.asOf();
    }

    /** The full evaluation (outcomes at declared severities, waiver problems); cached per build and date. */
    evaluation(asOf: IsoDate = this.asOf()): ConditionEvaluation {
        return evaluateWorkspace(this.services.lhc.Facts.get(), asOf);
    }

    /** Outcomes at configured severities; conditions switched off are left out. */
    outcomes(asOf: IsoDate = this.asOf()): ConditionOutcome[] {
        return evaluateConditions(this.services.lhc.Facts.get(), asOf, {
            severityOf: (id, declared) => this.settings.severityOf(id, declared)
        });
    }

    /**
     * The violations to report in one document, at configured severities. Grouped by document once per
     * evaluation, so validating every document stays linear in the violations.
     */
    violationsIn(root: AstNode): DocumentViolation[] {
        const evaluation = this.evaluation();
        const grouped = this.grouped.get(evaluation, [], () => {
            const byRoot = new Map<AstNode, DocumentViolation[]>();
            for (const outcome of evaluation.outcomes) {
                for (const violation of outcome.violations) {
                    const target = violation.node ?? violation.subject;
                    const documentRoot = AstUtils.findRootNode(target);
                    const list = byRoot.get(documentRoot) ?? [];
                    list.push({ outcome, violation, target });
                    byRoot.set(documentRoot, list);
                }
            }
            return byRoot;
        });
        const result: DocumentViolation[] = [];
        for (const entry of grouped.get(root) ?? []) {
            const severity = this.settings.severityOf(entry.outcome.id, entry.outcome.severity);
            if (severity !== 'off') result.push({ ...entry, outcome: { ...entry.outcome, severity } });
        }
        return result;
    }

    private readonly grouped = new BuildCache<ConditionEvaluation, [], Map<AstNode, DocumentViolation[]>>();

    /** The outcome of the condition a node belongs to, for hovers and code lenses. */
    outcomeOf(node: AstNode): ConditionOutcome | undefined {
        return this.outcomes().find((outcome) => outcome.condition === node || AstUtils.hasContainerOfType(node, (container) => container === outcome.condition));
    }
}
