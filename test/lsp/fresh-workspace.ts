// What a fresh language server reports for a set of texts, computed cheaply enough to ask after every edit.
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { clearDocuments } from 'langium/test';
import type { Diagnostic } from 'vscode-languageserver';
import { createLhcServices, type LhcServices } from '../../language/lhc-module.js';

/**
 * The same services a language server has (`createLhcServices`, Node file system), into which each `diagnostics`
 * call puts brand-new documents for the given texts, built from scratch: nothing of an earlier call's documents is
 * left (they are all removed first), so no node, link or cache of theirs can leak into the answer. Only the parser
 * and the services objects are reused — creating a parser costs about a second, which a thousand edits cannot pay.
 * `verifyAgainstNewServices` checks that reuse against services created for the purpose.
 */
export class FreshWorkspace {
    private readonly services: LhcServices;

    constructor(private readonly live: LhcServices) {
        this.services = createFreshServices(live);
    }

    /**
     * The diagnostics of `validate` (all documents when omitted) in a workspace of exactly these texts, built from
     * scratch: every document is parsed, indexed and linked; those asked for are validated.
     */
    async diagnostics(texts: ReadonlyArray<readonly [string, string]>, validate?: ReadonlySet<string>): Promise<Map<string, Diagnostic[]>> {
        return buildFresh(this.services, this.live, texts, validate);
    }
}

function createFreshServices(live: LhcServices): LhcServices {
    const services = createLhcServices({ ...NodeFileSystem }).Lhc;
    services.lhc.Datasets.roots = [...live.lhc.Datasets.roots];
    return services;
}

async function buildFresh(services: LhcServices, live: LhcServices, texts: ReadonlyArray<readonly [string, string]>, validate?: ReadonlySet<string>): Promise<Map<string, Diagnostic[]>> {
    const shared = services.shared;
    await clearDocuments(shared);
    const settings = services.lhc.Settings;
    settings.asOf = live.lhc.Settings.asOf;
    settings.staleAfterDays = live.lhc.Settings.staleAfterDays;
    settings.severities.clear();
    for (const [id, severity] of live.lhc.Settings.severities) settings.severities.set(id, severity);
    const documents = texts.map(([uri, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(uri));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: false });
    const result = new Map<string, Diagnostic[]>();
    for (const document of documents) {
        const uri = document.uri.toString();
        if (validate && !validate.has(uri)) continue;
        result.set(uri, await validateAlone(services, document));
    }
    return result;
}

/** What the builder's validation phase computes for one document (the workspace around it linked). */
async function validateAlone(services: LhcServices, document: LangiumDocument): Promise<Diagnostic[]> {
    return services.validation.DocumentValidator.validateDocument(document, {});
}

/**
 * Checks that reusing one set of services gives what services created for the purpose give: the same texts, every
 * document validated. Returns the URIs whose diagnostics differ.
 */
export async function verifyAgainstNewServices(fresh: FreshWorkspace, live: LhcServices, texts: ReadonlyArray<readonly [string, string]>,
    same: (a: readonly Diagnostic[] | undefined, b: readonly Diagnostic[] | undefined) => boolean): Promise<string[]> {
    const reused = await fresh.diagnostics(texts);
    const brandNew = await buildFresh(createFreshServices(live), live, texts);
    return [...brandNew.keys()].filter((uri) => !same(reused.get(uri), brandNew.get(uri)));
}
