import { strict as assert } from 'node:assert';
import { AstUtils, DocumentState, TextDocument, URI, type LangiumDocument } from 'langium';
import { afterEach, describe, it } from 'mocha';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { referenceReadsOf } from '../../language/linking/reference-reads.js';
import { buildWorkspace, createTestServices, resetWorkspace, ruleIds } from '../helpers.js';
import { REPO_ROOT } from '../repo-paths.js';
import { startServer } from './server-harness.js';

// Issue 16: an edit re-validates the documents whose findings it can change, and only those.
const { services } = createTestServices();
const shared = services.shared;

const PILOT_AREA = 'area London "London" region\narea Barnet "Barnet" borough within London';
const LEAD_AREA = (parent: string) => `area Camden "Camden" borough within ${parent}`;
const LEAD = 'party CamdenCouncil "London Borough of Camden" council serves Camden';
const PILOT = `agreement Agreement2015 "Collaboration Agreement" {
    signed 2015-12-15
    signatories CamdenCouncil
    pilot BarnetPrevention "Barnet prevention pilot" {
        areas Barnet
        leads CamdenCouncil
    }
}`;
const UNRELATED = (description: string) => `party Healthwatch "${description}" healthwatch`;

/** The workspace's documents (by their text's role), and which of them each update validates. */
async function pilotWorkspace() {
    const { documents } = await buildWorkspace(services, PILOT_AREA, LEAD_AREA('London'), LEAD, PILOT, UNRELATED('Healthwatch'));
    const [pilotArea, leadArea, lead, pilot, unrelated] = documents as unknown as [LangiumDocument, LangiumDocument, LangiumDocument, LangiumDocument, LangiumDocument];
    const validated: string[] = [];
    const names = new Map(Object.entries({ pilotArea, leadArea, lead, pilot, unrelated }).map(([name, document]) => [document.uri.toString(), name]));
    const listener = shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, (document) => {
        validated.push(names.get(document.uri.toString()) ?? document.uri.toString());
    });
    const edit = async (document: LangiumDocument, text: string): Promise<string[]> => {
        validated.length = 0;
        shared.workspace.TextDocuments.set(TextDocument.create(document.uri.toString(), 'lhc', 2, text));
        await shared.workspace.DocumentBuilder.update([document.uri], []);
        return [...validated].sort();
    };
    // The findings these tests are about (the pilot also lacks a public-involvement partner, which no edit here changes).
    const findings = (document: LangiumDocument): string[] => ruleIds(shared.workspace.LangiumDocuments.getDocument(document.uri)!.diagnostics ?? [])
        .filter((id) => id === 'lead-outside-area' || id === 'duplicate-name');
    return { pilotArea, leadArea, lead, pilot, unrelated, edit, findings, dispose: () => listener.dispose() };
}

describe('language server: dependency-aware re-validation (issue 16)', () => {
    afterEach(async () => {
        await shared.workspace.WorkspaceLock.write(async () => undefined);
        for (const document of shared.workspace.LangiumDocuments.all) shared.workspace.TextDocuments.delete(document.uri);
        await resetWorkspace(services);
    });

    it('re-validates a document whose check reads, two files away, what an edit changed', async () => {
        const workspace = await pilotWorkspace();
        assert.deepEqual(workspace.findings(workspace.pilot), ['lead-outside-area']);
        // The pilot names neither Camden nor its file: its check reaches Camden through the lead's `serves`,
        // a reference held by the lead's file.
        const validated = await workspace.edit(workspace.leadArea, LEAD_AREA('Barnet'));
        assert.deepEqual(workspace.findings(workspace.pilot), [], 'Camden within Barnet: the lead serves the pilot\'s area');
        assert.deepEqual(validated, ['lead', 'leadArea', 'pilot']);
        await workspace.edit(workspace.leadArea, LEAD_AREA('London'));
        assert.deepEqual(workspace.findings(workspace.pilot), ['lead-outside-area']);
        workspace.dispose();
    });

    it('re-validates only the edited document when nothing else reads it', async () => {
        const workspace = await pilotWorkspace();
        assert.deepEqual(await workspace.edit(workspace.unrelated, UNRELATED('Healthwatch England')), ['unrelated']);
        assert.deepEqual(workspace.findings(workspace.pilot), ['lead-outside-area']);
        workspace.dispose();
    });

    it('re-links and re-validates a document spelling a name an edit declares anew, in a file it never referenced', async () => {
        const workspace = await pilotWorkspace();
        // A second `CamdenCouncil` makes the pilot's reference ambiguous: both declarations are duplicates now.
        const validated = await workspace.edit(workspace.unrelated, `${UNRELATED('Healthwatch')}\n${LEAD.replace('serves Camden', 'serves Barnet')}`);
        assert.ok(validated.includes('pilot'), `validated: ${validated.join(', ')}`);
        assert.deepEqual(workspace.findings(workspace.unrelated), ['duplicate-name']);
        assert.deepEqual(workspace.findings(workspace.lead), ['duplicate-name']);
        workspace.dispose();
    });

    it('rebuilds nothing when a file is reported changed with the text it was built from (opened, saved, closed unmodified)', async () => {
        const workspace = await pilotWorkspace();
        assert.deepEqual(await workspace.edit(workspace.leadArea, LEAD_AREA('London')), []);
        workspace.dispose();
    });

    it('resolves a reference left unresolved once a declaration of its name appears, and only re-links the files spelling it', async () => {
        const workspace = await pilotWorkspace();
        const pilot = shared.workspace.LangiumDocuments.getDocument(workspace.pilot.uri)!;
        const withPartner = PILOT.replace('leads CamdenCouncil', 'leads CamdenCouncil\n        partners Healthwatch2');
        await workspace.edit(pilot, withPartner);
        assert.ok(ruleIds(shared.workspace.LangiumDocuments.getDocument(pilot.uri)!.diagnostics ?? []).includes('unresolved-reference'));
        // An unrelated edit leaves the unresolved file alone …
        assert.deepEqual(await workspace.edit(workspace.leadArea, LEAD_AREA('Barnet')), ['lead', 'leadArea', 'pilot']);
        assert.deepEqual(await workspace.edit(workspace.unrelated, UNRELATED('Healthwatch England')), ['unrelated']);
        // … and declaring its name links it.
        const validated = await workspace.edit(workspace.unrelated, `${UNRELATED('Healthwatch')}\nparty Healthwatch2 "Healthwatch Barnet" healthwatch serves Barnet`);
        assert.deepEqual(validated, ['pilot', 'unrelated']);
        assert.ok(!ruleIds(shared.workspace.LangiumDocuments.getDocument(pilot.uri)!.diagnostics ?? []).includes('unresolved-reference'));
        workspace.dispose();
    });

    it("records as a document's dependencies only documents its references reach (London and Greater Manchester)", async () => {
        // A value worked out for the whole workspace by whichever check asks first (the fact index) must not make
        // every document depend on the first one validated: then every edit would re-validate it.
        const server = await startServer([path.join(REPO_ROOT, 'examples', 'london'), path.join(REPO_ROOT, 'examples', 'greater-manchester')]);
        const documents = server.services.shared.workspace.LangiumDocuments.all.toArray();
        const reads = referenceReadsOf(server.services.shared.workspace.DocumentBuilder)!;
        const targets = new Map<string, Set<string>>();
        for (const document of documents) {
            targets.set(document.uri.toString(), new Set(document.references.flatMap((reference) => {
                const target = 'ref' in reference ? reference.ref : undefined;
                return target ? [AstUtils.getDocument(target).uri.toString()] : [];
            })));
        }
        let judged = 0;
        for (const document of documents) {
            const uri = document.uri.toString();
            const reachable = new Set([uri]);
            const queue = [uri];
            while (queue.length > 0) {
                for (const next of targets.get(queue.pop()!) ?? []) {
                    if (reachable.has(next)) continue;
                    reachable.add(next);
                    queue.push(next);
                }
            }
            const recorded = reads.of(uri);
            assert.ok(recorded, `${uri} was validated`);
            for (const read of recorded) assert.ok(reachable.has(read), `${path.basename(uri)} read ${read}, which its references never reach`);
            judged++;
        }
        assert.ok(judged > 20, `${judged} documents judged`);
    });

    it('finishes the first build when the client opens its files, unchanged, while it runs', async function () {
        this.timeout(60_000);
        // The client opens files as soon as it connects; each open is an update that cancels the build under way.
        // Dropping an unchanged file's update must not drop the rest of the build with it.
        const folder = path.join(REPO_ROOT, 'examples', 'london');
        const server = await startServer(folder, { wait: false });
        const builder = server.services.shared.workspace.DocumentBuilder as unknown as { firstBuild: Promise<void> };
        const file = path.join(folder, 'topics.lhc');
        const uri = URI.file(file).toString();
        const opened = server.open(uri, readFileSync(file, 'utf8'));
        await Promise.all([opened, builder.firstBuild]);
        const documents = server.services.shared.workspace.LangiumDocuments.all.toArray();
        assert.ok(documents.length > 10);
        for (const document of documents) assert.equal(document.state, DocumentState.Validated, document.uri.toString());
    });
});
