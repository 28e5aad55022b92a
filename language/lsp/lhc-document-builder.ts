import {
    Cancellation, DefaultDocumentBuilder, Deferred, DocumentState, isOperationCancelled, OperationCancelled, URI,
    type BuildOptions, type LangiumDocument, type LangiumSharedCoreServices
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
type CancellationToken = Cancellation.CancellationToken;
const CancellationToken = Cancellation.CancellationToken;

import { syntaxError } from '../checks/syntax-error.js';
import { isWorkspaceScopedDiagnostic } from '../validation/check-scopes.js';
import { namesOf, planRevalidation, type DocumentNames } from './revalidation-plan.js';
import { ReferenceReads, type WithReferenceReads } from '../linking/reference-reads.js';

/** Re-checks a document's workspace-scoped findings only; implemented by the document validator. */
export interface WorkspaceScopedValidator {
    validateWorkspaceScoped(document: LangiumDocument, cancelToken: CancellationToken): Promise<Diagnostic[]>;
}

/**
 * Langium's document builder, made dependency-aware and robust:
 * - An edit re-links the documents spelling a name whose declarations the edit added or removed, re-validates in
 *   full the documents whose checks last read a reference of an edited or re-linked one (`ReferenceReads`; see
 *   `planRevalidation`), and
 *   re-checks only the workspace-scoped findings (duplicates, delegation chains, measurements, conditions) of all
 *   others; a document whose findings did not change is not reported again (`onDiagnosticsChanged` fires only
 *   for changed ones). A settings or config change (an update with nothing changed) re-validates everything.
 * - One document whose parse, linking or validation throws gets one error saying so; the rest of the build goes on.
 * - A request about an open document waits until the document is built from the text the client last sent.
 * - `firstBuild` resolves when every document of the workspace has been validated once.
 */
export class LhcDocumentBuilder extends DefaultDocumentBuilder implements WithReferenceReads {
    override updateBuildOptions: BuildOptions = { validation: true };
    readonly referenceReads = new ReferenceReads();
    /** Set by `createLhcServices` (see `LhcServiceOptions`); without it every update re-validates everything. */
    tracksDependencies = false;
    /** Set while an update only finishes a cancelled build (see `update`). */
    private resuming = false;
    private readonly names = new Map<string, DocumentNames>();
    private workspaceOnly: Set<string> | undefined;
    private readonly failures = new Map<string, string>();
    private readonly diagnosticsListeners: ((document: LangiumDocument) => void)[] = [];
    private readonly firstBuildDone = new Deferred<void>();
    private firstBuildFinished = false;
    private readonly stamps = new WeakMap<LangiumDocument, number>();
    private clock = 0;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.onUpdate((changed, deleted) => this.plan(changed, deleted));
        this.onDocumentPhase(DocumentState.Parsed, (document) => {
            if (this.tracksDependencies) this.names.set(document.uri.toString(), namesOf(document));
        });
        this.onDocumentPhase(DocumentState.Validated, (document) => this.fireDiagnosticsChanged(document));
    }

    /** Resolves once every document has been validated (the first full build); never rejects. */
    get firstBuild(): Promise<void> {
        return this.firstBuildDone.promise;
    }

    get isFirstBuildDone(): boolean {
        return this.firstBuildFinished;
    }

    /** Called with each document whose diagnostics are new or changed, after validation or a workspace re-check. */
    onDiagnosticsChanged(listener: (document: LangiumDocument) => void): void {
        this.diagnosticsListeners.push(listener);
    }

    override async build<T extends import('langium').AstNode>(documents: Array<LangiumDocument<T>>, options?: BuildOptions, cancelToken?: CancellationToken): Promise<void> {
        await super.build(documents, options, cancelToken);
        this.checkFirstBuild();
    }

    override async update(changed: URI[], deleted: URI[], cancelToken = CancellationToken.None): Promise<void> {
        if (changed.length > 0 || deleted.length > 0) {
            changed = await this.withoutUnchanged(changed);
            if (changed.length === 0 && deleted.length === 0) {
                // Opening a file, saving it, or closing it unmodified changes nothing. But a build this update's lock
                // cancelled (the first build, while the client opens its files) must still be finished.
                if (this.langiumDocuments.all.every((document) => document.state >= DocumentState.Validated)) {
                    this.checkFirstBuild();
                    return;
                }
                this.resuming = true;
            }
        }
        try {
            await super.update(changed, deleted, cancelToken);
        } finally {
            this.resuming = false;
        }
        const pending = this.workspaceOnly;
        this.workspaceOnly = undefined;
        if (pending) await this.recheckWorkspaceScoped(pending, cancelToken);
        this.checkFirstBuild();
    }

    /**
     * Drops the documents reported changed whose text is the one they were parsed from: the client reports a file it
     * opens, saves (through the file watcher) or closes unmodified, and re-linking every document that references
     * it — for a shared library file, the whole workspace — would change nothing.
     */
    private async withoutUnchanged(changed: URI[]): Promise<URI[]> {
        const result: URI[] = [];
        for (const uri of changed) {
            const document = this.langiumDocuments.getDocument(uri);
            const parsed = document && document.state >= DocumentState.Parsed ? parsedText(document) : undefined;
            if (parsed === undefined || (await this.currentText(uri)) !== parsed) result.push(uri);
        }
        return result;
    }

    /** The client's text of an open document, else the file's; undefined if neither can be read. */
    private async currentText(uri: URI): Promise<string | undefined> {
        const open = this.textDocuments?.get(uri.toString());
        if (open) return open.getText();
        try {
            return await this.fileSystemProvider.readFile(uri);
        } catch {
            return undefined;
        }
    }

    /** Runs inside `update`, after the changed documents were reset and before the rebuild is planned. */
    private async plan(changed: URI[], deleted: URI[]): Promise<void> {
        if (this.resuming) {
            // Nothing changed: the documents a cancelled build left behind are rebuilt, nothing else.
            this.workspaceOnly = undefined;
            return;
        }
        const documents = this.langiumDocuments.all.toArray();
        for (const uri of deleted) {
            this.names.delete(uri.toString());
            this.referenceReads.forget(uri.toString());
        }
        if (changed.length === 0 && deleted.length === 0) {
            // Settings or lhc.config.json changed: every finding may differ.
            for (const document of documents) if (document.state > DocumentState.IndexedReferences) this.resetToState(document, DocumentState.IndexedReferences);
            this.workspaceOnly = undefined;
            return;
        }
        const changedUris = new Set([...changed, ...deleted].map((uri) => uri.toString()));
        if (!this.tracksDependencies) {
            // Nothing recorded to narrow it down: link and validate everything again, as a fresh build would.
            for (const document of documents) {
                if (!changedUris.has(document.uri.toString()) && document.state > DocumentState.ComputedScopes) this.resetToState(document, DocumentState.ComputedScopes);
            }
            this.workspaceOnly = undefined;
            return;
        }
        const before = new Map(this.names);
        // Parse the changed documents now, so the names they declare after the edit are known.
        for (const uri of changed) {
            const document = this.langiumDocuments.getDocument(uri);
            if (!document) continue;
            if (document.state < DocumentState.Parsed) await this.langiumDocumentFactory.update(document, CancellationToken.None);
            this.names.set(uri.toString(), namesOf(document));
        }
        const alreadyReset = new Set(documents.filter((document) => document.state < DocumentState.Validated).map((document) => document.uri.toString()));
        for (const uri of changedUris) alreadyReset.delete(uri);
        const plan = planRevalidation(changedUris, documents, before, this.names, (uri) => this.referenceReads.of(uri), alreadyReset);
        const rest = new Set<string>();
        for (const document of documents) {
            const uri = document.uri.toString();
            if (plan.relink.has(uri)) this.resetToState(document, DocumentState.ComputedScopes);
            else if (plan.revalidate.has(uri)) this.resetToState(document, DocumentState.IndexedReferences);
            else if (!changedUris.has(uri) && !alreadyReset.has(uri)) rest.add(uri);
        }
        this.workspaceOnly = rest;
    }

    /**
     * Langium also relinks every document with an unresolved reference on every update. Such a reference can only
     * resolve now if a declaration of its exact name appeared, and `planRevalidation` relinks the documents spelling
     * those names; without this, one half-typed reference anywhere would re-link and re-validate its file on every
     * keystroke in every other file.
     */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (!this.tracksDependencies) return super.shouldRelink(document, changedUris);
        return this.indexManager.isAffected(document, changedUris);
    }

    /** Workspace-scoped findings of documents the edit did not otherwise touch: recomputed, reported if changed. */
    private async recheckWorkspaceScoped(uris: ReadonlySet<string>, cancelToken: CancellationToken): Promise<void> {
        for (const uri of uris) {
            const document = this.langiumDocuments.getDocument(URI.parse(uri));
            if (!document || document.state !== DocumentState.Validated || !document.diagnostics) continue;
            if (cancelToken.isCancellationRequested) throw OperationCancelled;
            const validator = this.serviceRegistry.getServices(document.uri).validation.DocumentValidator as unknown as Partial<WorkspaceScopedValidator>;
            if (!validator.validateWorkspaceScoped) continue;
            const fresh = await validator.validateWorkspaceScoped(document, cancelToken);
            const kept = document.diagnostics.filter((diagnostic) => !isWorkspaceScopedDiagnostic(diagnostic));
            const merged = [...kept, ...fresh];
            if (sameDiagnostics(document.diagnostics, merged)) continue;
            document.diagnostics = merged;
            this.fireDiagnosticsChanged(document);
        }
    }

    private fireDiagnosticsChanged(document: LangiumDocument): void {
        for (const listener of this.diagnosticsListeners) listener(document);
    }

    private checkFirstBuild(): void {
        if (this.firstBuildFinished) return;
        if (this.langiumDocuments.all.some((document) => document.state < DocumentState.Validated)) return;
        this.firstBuildFinished = true;
        this.firstBuildDone.resolve();
    }

    /** One document's failure is reported on that document; the others are still built. */
    protected override async runCancelable(documents: LangiumDocument[], targetState: DocumentState, cancelToken: CancellationToken,
        callback: (document: LangiumDocument) => void | Promise<unknown>): Promise<void> {
        await super.runCancelable(documents, targetState, cancelToken, async (document) => {
            try {
                await callback(document);
            } catch (error) {
                if (isOperationCancelled(error)) throw error;
                const message = `LHC could not check this file (${DocumentState[targetState]}: ${error instanceof Error ? error.message : String(error)}).`;
                console.error(`${document.uri.toString()}: ${message}`);
                this.failures.set(document.uri.toString(), message);
                if (targetState === DocumentState.Validated) document.diagnostics = [];
            }
        });
    }

    protected override async validate(document: LangiumDocument, cancelToken: CancellationToken): Promise<void> {
        await super.validate(document, cancelToken);
        const failure = this.failures.get(document.uri.toString());
        if (failure === undefined) return;
        this.failures.delete(document.uri.toString());
        (document.diagnostics ??= []).push(failureDiagnostic(failure));
    }

    override resetToState<T extends import('langium').AstNode>(document: LangiumDocument<T>, state: DocumentState): void {
        if (state < DocumentState.Validated && document.state >= state) this.failures.delete(document.uri.toString());
        if (state < DocumentState.Validated) this.stamps.set(document, ++this.clock);
        super.resetToState(document, state);
    }

    /**
     * Changes whenever the document is re-parsed, re-linked or re-validated — the last because something it references
     * changed (`planRevalidation`): a result computed from the document and what it references holds while its stamp
     * does. Condition outcomes are reused by it (conditions/condition-reuse.ts).
     */
    stampOf(document: LangiumDocument): number {
        let stamp = this.stamps.get(document);
        if (stamp === undefined) this.stamps.set(document, stamp = ++this.clock);
        return stamp;
    }

    /**
     * For a document the client has open, waits until it is built from the client's current text: the workspace
     * may still be loading it from disk, or the client's last change may not be built yet. Answering from an older
     * text would give positions in the wrong text (a formatting edit would mangle the buffer).
     */
    protected override async awaitDocumentState(state: DocumentState, uri: URI, cancelToken: CancellationToken): Promise<URI> {
        for (;;) {
            const open = this.textDocuments?.get(uri.toString());
            const document = this.langiumDocuments.getDocument(uri);
            if (!open || (document && document.state >= DocumentState.Parsed && parsedText(document) === open.getText())) {
                return super.awaitDocumentState(state, uri, cancelToken);
            }
            await this.nextPhaseOf(uri, cancelToken);
        }
    }

    private nextPhaseOf(uri: URI, cancelToken: CancellationToken): Promise<void> {
        if (cancelToken.isCancellationRequested) return Promise.reject(OperationCancelled);
        return new Promise((resolve, reject) => {
            const key = uri.toString();
            const phase = this.onDocumentPhase(DocumentState.IndexedContent, (document) => {
                if (document.uri.toString() !== key) return;
                phase.dispose();
                cancel.dispose();
                resolve();
            });
            const cancel = cancelToken.onCancellationRequested(() => {
                phase.dispose();
                cancel.dispose();
                reject(OperationCancelled);
            });
        });
    }
}

function parsedText(document: LangiumDocument): string | undefined {
    return document.parseResult.value.$cstNode?.root.fullText;
}

function failureDiagnostic(message: string): Diagnostic {
    return {
        severity: DiagnosticSeverity.Error,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        message,
        code: syntaxError.id,
        source: 'lhc',
        data: { ruleId: syntaxError.id, code: syntaxError.id }
    };
}

/** Same findings, in any order (a workspace re-check appends its findings after the kept ones). */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
    if (a.length !== b.length) return false;
    const key = (diagnostic: Diagnostic) => JSON.stringify(diagnostic);
    const left = a.map(key).sort();
    const right = b.map(key).sort();
    return left.every((value, index) => value === right[index]);
}
