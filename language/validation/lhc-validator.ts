import {
    AstUtils, DefaultDocumentValidator, GrammarUtils, interruptAndCheck, WorkspaceCache, type AstNode, type LangiumDocument, type ValidationAcceptor,
    type ValidationChecks, type ValidationOptions
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { CancellationToken, DiagnosticSeverity } from 'vscode-languageserver';
import { isCondition, isExpectation, isTestCase, type LhcAstType } from '../generated/ast.js';
import { builtInChecks } from '../checks/catalogue.js';
import type { BuiltInCheck, CheckContext, NodeCheck, ReportOptions } from '../checks/rule.js';
import { syntaxError } from '../checks/syntax-error.js';
import { conditionTooDeep } from '../checks/condition-too-deep.js';
import { deepRegionsOf, describeRegion, MAX_NESTING, MAX_OPERATORS } from '../parsing/depth-guard.js';
import { unresolvedReference } from '../checks/unresolved-reference.js';
import type { LhcServices } from '../lhc-module.js';
import type { LhcConditions } from '../conditions/condition-service.js';
import { judgeable } from '../checks/rule-judgement.js';
import { brokenDeclarations, declarationAt, lexerMessage } from '../parsing/syntax-errors.js';
import { explainUnresolved, type UnresolvedExplanation } from '../linking/unresolved-names.js';
import { tidyFullStops } from '../checks/wording.js';
import { documentNodes } from '../model/document-nodes.js';
import { attachNameLookup, type FactIndex } from '../model/facts.js';
import { FactIndexAssembler } from '../model/fact-index-assembly.js';
import { compareText } from '../model/text-order.js';
import type { GlobalNameIndex } from '../linking/lhc-global-scope.js';
import type { LhcSettings } from '../config/lhc-settings.js';
import { WORKSPACE_CATEGORY } from './check-scopes.js';
import { isTestDocument } from '../scenarios/test-files.js';
import type { EvidenceAccess } from '../datasets/target-evidence.js';
import { referenceReadsOf, type ReferenceReads } from '../linking/reference-reads.js';
import { attachRunCache, ConditionRunCache, type DocumentStamps } from '../conditions/condition-reuse.js';

/** Registers every check of the catalogue with Langium, each wrapped so its diagnostics carry the rule id. */
export function registerLhcChecks(services: LhcServices): void {
    const registry = services.validation.ValidationRegistry;
    const settings = services.lhc.Settings;
    const facts = services.lhc.Facts;
    const timings = services.lhc.Timings;
    const evidence = services.lhc.Evidence;
    const conditions = services.lhc.Conditions;
    for (const check of builtInChecks) {
        const checks: Record<string, (node: AstNode, accept: ValidationAcceptor) => void> = {};
        for (const [type, nodeCheck] of Object.entries(check.checks)) {
            checks[type] = (node, accept) => {
                if (!timings.enabled) return runCheck(check, nodeCheck as NodeCheck<AstNode>, node, accept, settings, facts.get(), evidence, conditions);
                timings.timeRule(check.id, () => runCheck(check, nodeCheck as NodeCheck<AstNode>, node, accept, settings, facts.get(), evidence, conditions));
            };
        }
        registry.register(checks as ValidationChecks<LhcAstType>, undefined, check.scope === 'workspace' ? WORKSPACE_CATEGORY : 'fast');
    }
}

function runCheck(check: BuiltInCheck, nodeCheck: NodeCheck<AstNode>, node: AstNode, accept: ValidationAcceptor, settings: LhcSettings, facts: FactIndex, evidence: EvidenceAccess, conditions: LhcConditions): void {
    // A node the parser recovered without its required parts is reported as a syntax error, and judged once written.
    if (!judgeable(node)) return;
    const severity = settings.severityOf(check.id, check.severity);
    if (severity === 'off') return;
    const context: CheckContext = {
        asOf: conditions.asOfFor(node),
        staleAfterDays: settings.staleAfterDays,
        facts,
        evidence,
        report: (target, message, options?: ReportOptions<AstNode>) => {
            accept(severity, message, {
                node: target,
                property: options?.property as never,
                index: options?.index,
                code: check.id,
                codeDescription: { href: settings.docsUrl(check.id) },
                data: { ruleId: check.id, ...options?.data },
                relatedInformation: options?.related?.flatMap((related) => {
                    const document = AstUtils.getDocument(related.node);
                    const range = (related.property ? GrammarUtils.findNodeForProperty(related.node.$cstNode, related.property) : undefined)?.range
                        ?? related.node.$cstNode?.range;
                    return range ? [{ location: { uri: document.uri.toString(), range }, message: related.message }] : [];
                })
            });
        }
    };
    nodeCheck(node, context);
}

/** The workspace's fact index, rebuilt lazily after any document changes. */
export class LhcFacts {
    private readonly cache: WorkspaceCache<'facts', FactIndex>;
    private readonly documents: () => Iterable<LangiumDocument>;
    private readonly names: GlobalNameIndex;
    private readonly reads: ReferenceReads | undefined;
    /** Keeps the last build's index, so the next one splices in only the changed documents' facts (issue 16). */
    private readonly assembler = new FactIndexAssembler();
    /** Condition outcomes kept from one build to the next, reused where nothing they read changed (issue 16). */
    readonly conditionRuns: ConditionRunCache | undefined;

    constructor(services: LhcServices) {
        this.cache = new WorkspaceCache(services.shared);
        this.names = services.lhc.Names;
        this.reads = referenceReadsOf(services.shared.workspace.DocumentBuilder);
        const langiumDocuments = services.shared.workspace.LangiumDocuments;
        this.documents = () => langiumDocuments.all;
        const builder = services.shared.workspace.DocumentBuilder as Partial<DocumentStamps & { tracksDependencies: boolean }>;
        // Whether a document is still the workspace's (not deleted or replaced): one set per workspace state, since
        // looking each up by URI costs a URI normalisation per read of every condition's record.
        const current = new WorkspaceCache<'documents', ReadonlySet<LangiumDocument>>(services.shared);
        const reads = this.reads;
        this.conditionRuns = builder.stampOf && reads
            ? new ConditionRunCache(builder as DocumentStamps, (document) => current.get('documents', () => new Set(langiumDocuments.all)).has(document),
                (onFollow, work) => reads.follow(onFollow, work))
            : undefined;
    }

    /**
     * Facts in document-URI order: the order documents were loaded or opened in must not change a result (which of
     * two overlapping delegations is "the later declaration", which duplicate comes first).
     */
    get(): FactIndex {
        // Built by whichever check asks first: its reads of every document's references are the index's, not the
        // asking document's (they would make every document depend on the first one validated).
        return this.cache.get('facts', () => this.reads ? this.reads.pause(() => this.build()) : this.build());
    }

    private build(): FactIndex {
        // Scenario tests' facts belong to their tests, never to the workspace.
        const facts = this.assembler.assemble([...this.documents()].filter((document) => !isTestDocument(document))
            .map((document) => [document.uri.toString(), document] as const)
            .sort(([a], [b]) => compareText(a, b))
            .map(([, document]) => document));
        if (this.conditionRuns) attachRunCache(facts, this.conditionRuns);
        attachNameLookup(facts, (name) => this.names.named(name));
        return facts;
    }
}

/**
 * Gives Langium's own findings (lexing, parsing, linking) rule ids and plain-English messages,
 * so every diagnostic the user sees can be looked up, configured and fixed the same way.
 */
export class LhcDocumentValidator extends DefaultDocumentValidator {
    private readonly settings: LhcSettings;
    private readonly documentBuilder: () => object;
    private readonly names: GlobalNameIndex;

    constructor(services: LhcServices) {
        super(services);
        this.settings = services.lhc.Settings;
        this.names = services.lhc.Names;
        this.documentBuilder = () => services.shared.workspace.DocumentBuilder;
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const diagnostic of diagnostics) {
            const code = (diagnostic.data as { code?: string } | undefined)?.code;
            if (code === 'lexing-error' || code === 'parsing-error') {
                this.name(diagnostic, syntaxError.id);
                diagnostic.message = lexerMessage(String(diagnostic.message));
            } else if (code === 'linking-error') {
                this.name(diagnostic, unresolvedReference.id);
                const data = diagnostic.data as { refText?: string; containerType?: string; property?: string };
                const explanation = this.explainUnresolved(String(diagnostic.message), data.refText);
                diagnostic.message = explanation.message;
                // The quick fix offers the replacements in place of what was written, and near names of the type.
                diagnostic.data = { ...data, referenceType: explanation.referenceType, ...(explanation.replacements.length > 0 ? { replacements: explanation.replacements } : {}) };
            }
            exposeCode(diagnostic);
            diagnostic.message = tidyFullStops(String(diagnostic.message));
            for (const related of diagnostic.relatedInformation ?? []) related.message = tidyFullStops(related.message);
        }
        if (!options?.categories || options.categories.includes(WORKSPACE_CATEGORY)) diagnostics.push(...this.unreportedDeepText(document, diagnostics));
        const shown = new Set<AstNode>();
        return diagnostics.filter((diagnostic) => !this.isSwitchedOff(diagnostic) && !isCascade(diagnostic, document, shown));
    }

    /**
     * Text the depth guard did not read that no condition reported (`condition-too-deep` reports the stretches in
     * a named condition; one whose header is broken holds none): each such stretch gets the finding, naming the
     * text, so nothing the guard skipped goes unsaid. Workspace-scoped, like the condition's own finding.
     */
    private unreportedDeepText(document: LangiumDocument, diagnostics: readonly Diagnostic[]): Diagnostic[] {
        const regions = deepRegionsOf(document.parseResult.value);
        const severity = this.settings.severityOf(conditionTooDeep.id, conditionTooDeep.severity);
        if (regions.length === 0 || severity === 'off') return [];
        const textDocument = document.textDocument;
        const text = textDocument.getText();
        // The conditions that reported: the finding underlines the condition's name, inside the condition's text.
        const findings = diagnostics.filter((diagnostic) => diagnostic.code === conditionTooDeep.id).map((diagnostic) => textDocument.offsetAt(diagnostic.range.start));
        const reported = documentNodes(document.parseResult.value).nodes.filter(isCondition).flatMap((condition) => {
            const cst = condition.$cstNode;
            return cst && findings.some((at) => cst.offset <= at && at < cst.end) ? [{ start: cst.offset, end: cst.end }] : [];
        });
        return regions.filter((region) => !reported.some((span) => span.start < region.end && region.start < span.end)).map((region) => ({
            range: { start: textDocument.positionAt(region.start), end: textDocument.positionAt(region.end) },
            severity: severity === 'error' ? DiagnosticSeverity.Error : severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
            message: `${capitalised(describeRegion(text, region))} was not read: it is nested deeper than ${MAX_NESTING} levels of brackets, 'not' and quantifiers, ` +
                `or longer than ${MAX_OPERATORS} operators, and no condition holds it; split the condition.`,
            code: conditionTooDeep.id,
            codeDescription: { href: this.settings.docsUrl(conditionTooDeep.id) },
            data: { ruleId: conditionTooDeep.id, code: conditionTooDeep.id, scope: 'workspace' },
            source: 'lhc'
        }));
    }

    /**
     * Runs the same checks on the same nodes in the same order as Langium's validator, from the document's cached
     * node list, with each node type's checks looked up once, and awaiting only checks that return a promise.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('validating')) return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        const reads = referenceReadsOf(this.documentBuilder());
        const document = rootNode.$document;
        if (!reads || !document) return this.runChecks(rootNode, options, acceptor, cancelToken);
        // Workspace-scoped checks read the whole workspace by design and are re-run after every edit anyway: only
        // the document-scoped ones say which documents this one's findings depend on.
        return reads.record(document.uri.toString(), () => this.runChecks(rootNode, options, acceptor, cancelToken, reads));
    }

    /**
     * Runs the same checks on the same nodes in the same order as Langium's validator, from the document's cached
     * node list, with each node type's checks looked up once, and awaiting only checks that return a promise.
     */
    private async runChecks(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken: CancellationToken, reads?: ReferenceReads): Promise<void> {
        const local = options.categories?.filter((category) => category !== WORKSPACE_CATEGORY)
            ?? [...this.validationRegistry.getAllValidationCategories(rootNode.$document!)].filter((category) => category !== WORKSPACE_CATEGORY);
        const workspace = !options.categories || options.categories.includes(WORKSPACE_CATEGORY);
        const checksByType = new Map<string, { local: CheckFunction[]; workspace: CheckFunction[] }>();
        const nodes = documentNodes(rootNode).nodes;
        let pruned: AstNode | undefined;
        for (let index = 0; index < nodes.length; index++) {
            const node = nodes[index]!;
            if (index % CHECK_EVERY === 0) await interruptAndCheck(cancelToken);
            if (pruned) {
                if (isWithin(node, pruned)) continue;
                pruned = undefined;
            }
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                let checks = checksByType.get(node.$type);
                if (!checks) {
                    checks = {
                        local: local.length > 0 ? this.validationRegistry.getChecks(node.$type, local).toArray() : [],
                        workspace: workspace ? this.validationRegistry.getChecks(node.$type, [WORKSPACE_CATEGORY]).toArray() : []
                    };
                    checksByType.set(node.$type, checks);
                }
                for (const check of checks.local) {
                    const result = check(node, acceptor, cancelToken);
                    if (result instanceof Promise) await result;
                }
                for (const check of checks.workspace) {
                    const result = reads ? reads.pause(() => check(node, acceptor, cancelToken)) : check(node, acceptor, cancelToken);
                    if (result instanceof Promise) await result;
                }
            }
            if (!nodeOptions.validateChildren) pruned = node;
        }
    }

    /**
     * A test's facts are often broken on purpose — the test says so with `expect` — so built-in checks judge them
     * only when a test asks; the expectations themselves are validated.
     */
    protected override validateSingleNodeOptions(node: AstNode, options: ValidationOptions): { validateNode: boolean; validateChildren: boolean } {
        if (isTestCase(node.$container) && !isExpectation(node)) return { validateNode: false, validateChildren: false };
        return super.validateSingleNodeOptions(node, options);
    }

    private name(diagnostic: Diagnostic, id: string): void {
        diagnostic.code = id;
        diagnostic.codeDescription = { href: this.settings.docsUrl(id) };
        diagnostic.data = { ...(diagnostic.data as object), ruleId: id };
    }

    /**
     * "Could not resolve reference to Clause named 'X'." becomes "Unknown clause 'X': …", saying what the workspace
     * does declare with that name (see `explainUnresolved`).
     */
    private explainUnresolved(original: string, refText: string | undefined): UnresolvedExplanation & { referenceType?: string } {
        const match = /reference to (\w+) named '([^']*)'/.exec(original);
        if (!match) return { message: original, replacements: [] };
        return { ...explainUnresolved(this.names, match[1]!, refText ?? match[2]!), referenceType: match[1]! };
    }

    private isSwitchedOff(diagnostic: Diagnostic): boolean {
        const id = diagnostic.code;
        if (id !== unresolvedReference.id) return false;
        const severity = this.settings.severityOf(id, unresolvedReference.severity);
        if (severity === 'off') return true;
        diagnostic.severity = severity === 'error' ? DiagnosticSeverity.Error : severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information;
        return false;
    }
}

/**
 * Quick fixes find the problem they fix by `data.code` (Langium's convention, used by `testCodeAction`),
 * so it repeats the rule id. A waived finding is accepted and needs no fix: it carries none.
 */
function exposeCode(diagnostic: Diagnostic): void {
    const data = diagnostic.data as { code?: unknown; waived?: unknown } | undefined;
    if (typeof diagnostic.code !== 'string' || data?.waived) return;
    diagnostic.data = { ...data, code: diagnostic.code };
}

/**
 * Whether a syntax error or an unresolved reference follows the first syntax error of the same top-level
 * declaration: the parser's recovery from that error made it (`reinvest £3.5m pounds in Lewisham` gives "Expected
 * 'in'", then reads `pounds` as an area and finds `in` where `}` should be). One mistake, one error: the others
 * go once it is fixed, and any that stay are then reported. `shown`: the declarations whose first error is kept.
 */
function isCascade(diagnostic: Diagnostic, document: LangiumDocument, shown: Set<AstNode>): boolean {
    const id = diagnostic.code;
    if (id !== syntaxError.id && id !== unresolvedReference.id) return false;
    const root = document.parseResult.value;
    const broken = brokenDeclarations(root);
    if (broken.size === 0) return false;
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    const declaration = declarationAt([...broken.keys()], offset);
    const first = declaration && broken.get(declaration);
    if (first === undefined) return false;
    if (id === unresolvedReference.id) return offset >= first;
    // The first syntax error only, once: a lexer and a parser error on the same token (`2015-16` where a financial
    // year goes: not a date, and not a financial year) are one mistake. The lexer's comes first, and says more.
    if (offset > first || shown.has(declaration!)) return true;
    shown.add(declaration!);
    return false;
}

type CheckFunction = (node: AstNode, accept: ValidationAcceptor, token: CancellationToken) => unknown;

/** How many nodes to validate between two cancellation checks. */
const CHECK_EVERY = 256;

function capitalised(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

function isWithin(node: AstNode, ancestor: AstNode): boolean {
    for (let current = node.$container; current; current = current.$container) if (current === ancestor) return true;
    return false;
}

