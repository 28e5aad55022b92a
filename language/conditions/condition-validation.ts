import { AstUtils, type AstNode, type LangiumDocument, type ValidationAcceptor, type ValidationChecks, type ValidationOptions } from 'langium';
import type { CancellationToken, Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Document, LhcAstType } from '../generated/ast.js';
import { isWaiver } from '../generated/ast.js';
import type { LhcServices } from '../lhc-module.js';
import { LhcDocumentValidator } from '../validation/lhc-validator.js';
import { isWorkspaceScopedDiagnostic, WORKSPACE_CATEGORY } from '../validation/check-scopes.js';
import { allBuiltInRules } from '../checks/catalogue.js';
import { closest } from './condition-type-checker.js';
import { clauseLabel, type ConditionOutcome, type ConditionViolation } from './condition-evaluator.js';
import { applySuppressions, SUPPRESSION_INCOMPLETE, SUPPRESSION_UNUSED, unusedSuppressions } from './suppressions.js';
import { describeWaiver, waiverReason } from './waivers.js';

/**
 * Reports each condition violation as a diagnostic in the document of the fact that breaks it, with the
 * condition's name as its code. Evaluation happens once per build (`services.lhc.Conditions`); each
 * document only picks out the violations located in it.
 */
export function registerConditionChecks(services: LhcServices): void {
    const checks: ValidationChecks<LhcAstType> = {
        Document: (document, accept) => reportViolations(document, accept, services)
    };
    services.validation.ValidationRegistry.register(checks, undefined, WORKSPACE_CATEGORY);
}

function reportViolations(document: Document, accept: ValidationAcceptor, services: LhcServices): void {
    for (const { outcome, violation, target } of services.lhc.Conditions.violationsIn(document)) {
        report(outcome, violation, target, accept);
    }
}

function report(outcome: ConditionOutcome, violation: ConditionViolation, target: AstNode, accept: ValidationAcceptor): void {
    const { condition } = outcome;
    const clause = condition.clause?.ref;
    const related: DiagnosticRelatedInformation[] = [];
    const conditionLocation = locationOf(condition);
    if (conditionLocation) related.push({ location: conditionLocation, message: `Condition ${condition.name}: ${condition.title}` });
    const clauseLocation = clause && locationOf(clause);
    if (clause && clauseLocation) related.push({ location: clauseLocation, message: `Clause ${clauseLabel(condition)}: ${clause.text}` });
    const waiver = violation.waivedBy;
    // A violation accepted by an lhc-ignore comment is marked by the document validator, with the comment's place.
    const waived = waiver && isWaiver(waiver)
        ? { by: 'waiver' as const, reason: waiverReason(waiver), approver: waiver.approver?.$refText, until: waiver.expiry, location: engineLocation(waiver) }
        : undefined;
    const named = (target as { name?: unknown }).name !== undefined;
    const message = waiver && isWaiver(waiver) ? `${violation.message} (${describeWaiver(waiver)})` : violation.message;
    accept(waived ? 'info' : outcome.severity, message, {
        node: target,
        property: named ? 'name' as never : undefined,
        code: outcome.id,
        codeDescription: conditionLocation ? { href: `${conditionLocation.uri}#L${conditionLocation.range.start.line + 1}` } : undefined,
        data: {
            ruleId: outcome.id, source: 'condition', condition: condition.name, clause: clauseLabel(condition) || undefined,
            why: violation.why, ...(waived ? { waived } : {})
        },
        relatedInformation: related
    });
}

function locationOf(node: AstNode): { uri: string; range: NonNullable<AstNode['$cstNode']>['range'] } | undefined {
    const range = node.$cstNode?.range;
    return range ? { uri: AstUtils.getDocument(node).uri.toString(), range } : undefined;
}

/** A node's place in the engine's 1-based `Location` shape, as `Finding.waived.location` carries it. */
function engineLocation(node: AstNode): { file: string; start: { line: number; column: number }; end: { line: number; column: number } } | undefined {
    const range = node.$cstNode?.range;
    if (!range) return undefined;
    return {
        file: AstUtils.getDocument(node).uri.fsPath,
        start: { line: range.start.line + 1, column: range.start.character + 1 },
        end: { line: range.end.line + 1, column: range.end.character + 1 }
    };
}

/**
 * The document validator with the condition language's two additions: a name in a condition that does not
 * resolve is reported by the condition type checker (with a suggestion) instead of as a plain linking
 * error, and `// lhc-ignore <id>: reason` comments accept the findings they name.
 */
export class LhcConditionsDocumentValidator extends LhcDocumentValidator {
    private readonly lhcSettings: LhcServices['lhc']['Settings'];
    private readonly facts: LhcServices['lhc']['Facts'];

    constructor(services: LhcServices) {
        super(services);
        this.lhcSettings = services.lhc.Settings;
        this.facts = services.lhc.Facts;
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const found: Diagnostic[] = [];
        super.processLinkingErrors(document, found, options);
        diagnostics.push(...found.filter((diagnostic) => (diagnostic.data as { containerType?: string } | undefined)?.containerType !== 'Reference'));
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const incomplete = this.severity(SUPPRESSION_INCOMPLETE);
        const result = applySuppressions(document.textDocument.getText(), document.uri.fsPath, diagnostics, incomplete);
        // Whether a comment accepts something is known only once every finding of the document is in.
        const workspaceOnly = options?.categories?.length === 1 && options.categories[0] === WORKSPACE_CATEGORY;
        if (!workspaceOnly) result.push(...this.unused(document, result));
        for (const diagnostic of result) {
            if (diagnostic.code === SUPPRESSION_INCOMPLETE || diagnostic.code === SUPPRESSION_UNUSED) diagnostic.codeDescription = { href: this.lhcSettings.docsUrl(String(diagnostic.code)) };
        }
        return result;
    }

    /**
     * Only the workspace-scoped findings (see `CheckScope`), for a document whose own text and references did not
     * change: what another file's edit can change. The comments' own `suppression-incomplete` findings are
     * document-scoped and are kept by the caller; `suppression-unused` is worked out again over the document's
     * findings kept and the fresh ones (a condition's violation a comment accepted may have gone).
     */
    async validateWorkspaceScoped(document: LangiumDocument, cancelToken: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await this.validateDocument(document, { categories: [WORKSPACE_CATEGORY] }, cancelToken);
        const fresh = diagnostics.filter((diagnostic) => diagnostic.code !== SUPPRESSION_INCOMPLETE);
        const kept = (document.diagnostics ?? []).filter((diagnostic) => !isWorkspaceScopedDiagnostic(diagnostic));
        const unused = this.unused(document, [...kept, ...fresh]);
        for (const diagnostic of unused) diagnostic.codeDescription = { href: this.lhcSettings.docsUrl(SUPPRESSION_UNUSED) };
        return [...fresh, ...unused];
    }

    private unused(document: LangiumDocument, diagnostics: readonly Diagnostic[]): Diagnostic[] {
        const severity = this.severity(SUPPRESSION_UNUSED);
        // Most files have no comment to judge: no list of rule names is made for them.
        if (severity === undefined || !document.textDocument.getText().includes('lhc-ignore')) return [];
        const conditions = this.facts.get().conditions.map((condition) => condition.name);
        const ids = new Set([...allBuiltInRules.map((rule) => rule.id), ...conditions]);
        return unusedSuppressions(document.textDocument.getText(), diagnostics, severity, (id) => ids.has(id), (id) => closest(id, [...ids]));
    }

    /** A rule's configured severity as the client's, or undefined when it is off. */
    private severity(id: string): DiagnosticSeverity | undefined {
        const severity = this.lhcSettings.severityOf(id, 'warning');
        return severity === 'off' ? undefined : severity === 'error' ? DiagnosticSeverity.Error : severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information;
    }
}
