import { AstUtils, type AstNode, type LangiumDocument, type ValidationAcceptor, type ValidationChecks, type ValidationOptions } from 'langium';
import type { CancellationToken, Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Document, LhcAstType } from '../generated/ast.js';
import { isWaiver } from '../generated/ast.js';
import type { LhcServices } from '../lhc-module.js';
import { LhcDocumentValidator } from '../validation/lhc-validator.js';
import { clauseLabel, type ConditionOutcome, type ConditionViolation } from './condition-evaluator.js';
import { applySuppressions, SUPPRESSION_INCOMPLETE } from './suppressions.js';
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
    services.validation.ValidationRegistry.register(checks);
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

    constructor(services: LhcServices) {
        super(services);
        this.lhcSettings = services.lhc.Settings;
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const found: Diagnostic[] = [];
        super.processLinkingErrors(document, found, options);
        diagnostics.push(...found.filter((diagnostic) => (diagnostic.data as { containerType?: string } | undefined)?.containerType !== 'Reference'));
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const severity = this.lhcSettings.severityOf(SUPPRESSION_INCOMPLETE, 'warning');
        const incomplete = severity === 'off' ? undefined : severity === 'error' ? DiagnosticSeverity.Error : severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information;
        const result = applySuppressions(document.textDocument.getText(), document.uri.fsPath, diagnostics, incomplete);
        for (const diagnostic of result) {
            if (diagnostic.code === SUPPRESSION_INCOMPLETE) diagnostic.codeDescription = { href: this.lhcSettings.docsUrl(SUPPRESSION_INCOMPLETE) };
        }
        return result;
    }
}
