import { AstUtils, CstUtils, GrammarUtils, isReference, type AstNode, type CstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeActionProvider, LangiumServices } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { LhcServices } from '../lhc-module.js';
import { qualifiedNameOf } from '../linking/lhc-naming.js';
import { nearName } from '../linking/unresolved-names.js';
import { agreementOf } from '../model/agreements.js';
import { servesArea } from '../model/areas.js';
import { addDuration, compareDates, isValidIsoDate } from '../model/dates.js';
import { addCoversFix } from './lhc-area-fixes.js';
import { markDeliveredFix } from './lhc-commitment-fixes.js';

const INDENT = '    ';

/** An edit in some document of the workspace (a fix may change another file than the one with the finding). */
interface WorkspaceTextEdit {
    document: LangiumDocument;
    edit: TextEdit;
}

/**
 * A fix's edits. `snippet`, when given, is the same single insertion written as a snippet with tab stops: clients
 * that support snippet edits (VS Code) let the author tab through what only they can supply.
 */
interface FixResult {
    title: string; edits: WorkspaceTextEdit[]; preferred?: boolean; snippet?: { document: LangiumDocument; offset: number; value: string };
}
/** One fix, or several to choose from (most likely first). */
type Fix = (diagnostic: Diagnostic, document: LangiumDocument) => FixResult | FixResult[] | undefined;

/**
 * Quick fixes, chosen by the finding's rule id (`diagnostic.code`, also in `data.ruleId`), or for a
 * condition violation by `data.source === 'condition'`. Each fix writes text a policy officer can read and
 * finish: names come from the workspace, placeholders are plain (`because "…"`).
 */
export class LhcCodeActionProvider implements CodeActionProvider {
    private readonly services: LhcServices;
    private readonly fixes: Readonly<Record<string, Fix>>;

    constructor(services: LangiumServices) {
        this.services = services as LhcServices;
        this.fixes = {
            'pilot-party-not-signatory': (diagnostic) => this.addSignatory(diagnostic),
            'no-public-involvement': (diagnostic, document) => this.addHealthwatchPartner(diagnostic, document),
            'end-before-start': (diagnostic, document) => this.swapDates(diagnostic, document),
            'unresolved-reference': (diagnostic, document) => replaceWithDeclared(diagnostic, document) ?? this.replaceOrDeclare(diagnostic, document),
            'commitment-overdue': (diagnostic, document) => markDeliveredFix(this.services, diagnostic, document),
            'commitment-without-deadline': (diagnostic, document) => markDeliveredFix(this.services, diagnostic, document),
            'agreement-area-inferred': (diagnostic, document) => addCoversFix(diagnostic, document),
            'suppression-unused': (diagnostic, document) => removeComment(diagnostic, document)
        };
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const data = diagnostic.data as { ruleId?: string; source?: string; waived?: unknown } | undefined;
            const ruleId = typeof diagnostic.code === 'string' ? diagnostic.code : data?.ruleId;
            const fix = data?.source === 'condition'
                ? (data.waived ? undefined : this.waiveCondition.bind(this))
                : ruleId ? this.fixes[ruleId] : undefined;
            const results = fix?.(diagnostic, document);
            for (const result of Array.isArray(results) ? results : results ? [results] : []) {
                if (result.edits.length > 0) actions.push(toCodeAction(result, diagnostic));
            }
        }
        return actions.length > 0 ? actions : undefined;
    }

    /** `pilot-party-not-signatory` (data `{ party, agreement }`): add the party to the agreement's signatories. */
    private addSignatory(diagnostic: Diagnostic): FixResult | undefined {
        const { party, agreement: agreementName } = (diagnostic.data ?? {}) as { party?: string; agreement?: string };
        const agreement = this.services.lhc.Facts.get().agreements.find((candidate) => candidate.name === agreementName);
        if (!party || !agreement?.$cstNode) return undefined;
        const document = AstUtils.getDocument(agreement);
        const last = agreement.signatories.at(-1)?.$refNode;
        const title = `Add ${party} to the signatories of ${agreement.name}`;
        if (last) return { title, preferred: true, edits: [insertAt(document, last.end, `, ${party}`)] };
        const open = GrammarUtils.findNodeForKeyword(agreement.$cstNode, '{');
        if (!open) return undefined;
        return { title, preferred: true, edits: [insertAt(document, open.end, `\n${indentOf(document, agreement.$cstNode)}${INDENT}signatories ${party}`)] };
    }

    /**
     * `no-public-involvement`: make the local Healthwatch a partner of the pilot — one serving the pilot's
     * area if the workspace declares one, else a new Healthwatch party declared just before the pilot.
     */
    private addHealthwatchPartner(diagnostic: Diagnostic, document: LangiumDocument): FixResult | undefined {
        const pilot = nodeAt(document, diagnostic, ast.isPilot);
        if (!pilot?.$cstNode) return undefined;
        const areas = pilot.areas.map((reference) => reference.ref).filter((area): area is ast.Area => area !== undefined);
        const existing = this.services.lhc.Facts.get().parties.find((party): party is ast.Organisation =>
            ast.isOrganisation(party) && party.kind === 'healthwatch'
            && areas.some((area) => servesArea(party.areas.map((served) => served.ref).filter((served): served is ast.Area => served !== undefined), area)));
        if (existing) {
            return { title: `Add ${existing.name} as a partner of ${pilot.name}`, preferred: true, edits: [addPartner(document, pilot, existing.name)] };
        }
        const area = areas[0];
        const name = this.unusedName(area ? `Healthwatch${area.name}` : `${pilot.name}Healthwatch`);
        const title = area ? `Healthwatch ${area.title}` : `Healthwatch for ${pilot.title}`;
        const declaration = `party ${name} ${JSON.stringify(title)} healthwatch${area ? ` serves ${area.name}` : ''}`;
        return {
            title: `Declare ${name} and add it as a partner of ${pilot.name}`,
            edits: [this.declarePartyBesideOthers(document, pilot, declaration), addPartner(document, pilot, name)]
        };
    }

    /**
     * Inserts a party declaration where a reader looks for it: after the last Healthwatch declared anywhere, else
     * after the last party of this file, else after the last party of the workspace, else just before the fact
     * that needs it.
     */
    private declarePartyBesideOthers(document: LangiumDocument, beside: AstNode, declaration: string, fallback: 'before' | 'end' = 'before'): WorkspaceTextEdit {
        const organisations = this.services.lhc.Facts.get().parties.filter((party): party is ast.Organisation => ast.isOrganisation(party) && party.$cstNode !== undefined && ast.isDocument(party.$container));
        const inThisFile = organisations.filter((party) => AstUtils.getDocument(party) === document);
        const anchor = organisations.filter((party) => party.kind === 'healthwatch').at(-1) ?? inThisFile.at(-1) ?? organisations.at(-1);
        if (anchor) {
            const anchorDocument = AstUtils.getDocument(anchor);
            const lineEnd = anchorDocument.textDocument.offsetAt({ line: anchor.$cstNode!.range.end.line + 1, character: 0 });
            const text = anchorDocument.textDocument.getText();
            const atEnd = lineEnd >= text.length && !text.endsWith('\n');
            return insertAt(anchorDocument, atEnd ? text.length : lineEnd, atEnd ? `\n${declaration}` : `${declaration}\n`);
        }
        if (fallback === 'end') {
            const text = document.textDocument.getText();
            return insertAt(document, text.length, `${text.length === 0 || text.endsWith('\n') ? '' : '\n'}${declaration}\n`);
        }
        const topLevel = topLevelOf(beside);
        return insertAt(document, document.textDocument.offsetAt({ line: topLevel.$cstNode!.range.start.line, character: 0 }), `${declaration}\n`);
    }

    /** `end-before-start`: swap the two dates that are the wrong way round. */
    private swapDates(diagnostic: Diagnostic, document: LangiumDocument): FixResult | undefined {
        const node = nodeAt(document, diagnostic, (candidate): candidate is AstNode => DATE_PAIRS.some(([type]) => type === candidate.$type));
        if (!node?.$cstNode) return undefined;
        const values = node as unknown as Record<string, string | undefined>;
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        for (const [type, first, second] of DATE_PAIRS) {
            if (node.$type !== type) continue;
            const firstNode = GrammarUtils.findNodeForProperty(node.$cstNode, first);
            const secondNode = GrammarUtils.findNodeForProperty(node.$cstNode, second);
            const firstDate = values[first];
            const secondDate = values[second];
            if (!firstNode || !secondNode || !firstDate || !secondDate || secondNode.offset !== offset) continue;
            if (!isValidIsoDate(firstDate) || !isValidIsoDate(secondDate) || compareDates(secondDate, firstDate) >= 0) continue;
            return {
                title: `Swap the dates ${firstDate} and ${secondDate}`,
                preferred: true,
                edits: [replace(document, firstNode, secondNode.text), replace(document, secondNode, firstNode.text)]
            };
        }
        return undefined;
    }

    /**
     * A violated condition: a waiver after the fact, with tab stops on the reason, the approver and the expiry. The
     * reason is left as the placeholder `…`, which `waiver-incomplete` rejects: the finding stays until the author
     * writes why the breach is acceptable.
     */
    private waiveCondition(diagnostic: Diagnostic, document: LangiumDocument): FixResult | undefined {
        const fact = nodeAt(document, diagnostic, ast.isFact);
        const data = diagnostic.data as { condition?: string } | undefined;
        const conditionName = data?.condition ?? (typeof diagnostic.code === 'string' ? diagnostic.code : undefined);
        const condition = this.services.lhc.Facts.get().conditions.find((candidate) => candidate.name === conditionName);
        if (!fact || !condition?.name || typeof (fact as { name?: unknown }).name !== 'string') return undefined;
        const factName = qualifiedNameOf(fact as ast.Fact & { name: string });
        const approvers = this.approversFor(condition);
        const expiry = addDuration(this.services.lhc.Conditions.asOfFor(fact), 1, 'year');
        const offset = topLevelOf(fact).$cstNode!.end;
        const head = `waiver for ${condition.name} on ${factName}`;
        const approverStop = approvers.length > 1 ? `\${2|${approvers.join(',')}|}` : `\${2:${approvers[0] ?? 'Approver'}}`;
        return {
            title: `Waive ${condition.name} for ${factName}…`,
            edits: [insertAt(document, offset, `\n${head} because "…" approved by ${approvers[0] ?? 'Approver'} until ${expiry}`)],
            snippet: { document, offset, value: `\n${head} because "\${1:…}" approved by ${approverStop} until \${3:${expiry}}$0` }
        };
    }

    /** Who may approve a waiver, most likely first: the boards among the agreement's signatories, its other signatories, else any board or party. */
    private approversFor(condition: ast.Condition): string[] {
        const signatories = agreementOf(condition)?.signatories.map((reference) => reference.ref).filter((party): party is ast.Party => party !== undefined) ?? [];
        const facts = this.services.lhc.Facts.get();
        const ordered = [...signatories.filter(ast.isBoard), ...signatories.filter((party) => !ast.isBoard(party))];
        const fallback = facts.boards[0] ?? facts.parties[0];
        const names = (ordered.length > 0 ? ordered : fallback ? [fallback] : []).map((party) => party.name).filter((name): name is string => Boolean(name));
        return [...new Set(names)];
    }

    /** `unresolved-reference` to a party: declare the party at the end of the file, for the user to complete. */
    /** A typo's near name of the right kind, worked out now (findings leave it out: it could be stale), then "declare". */
    private replaceOrDeclare(diagnostic: Diagnostic, document: LangiumDocument): FixResult[] {
        const data = diagnostic.data as { referenceType?: unknown; refText?: unknown } | undefined;
        const near = typeof data?.referenceType === 'string' && typeof data.refText === 'string'
            ? nearName(this.services.lhc.Names, data.referenceType, data.refText) : undefined;
        const declare = this.declareParty(diagnostic, document);
        return [
            ...(near ? [{ title: `Replace with ${near}`, edits: [{ document, edit: { range: diagnostic.range, newText: near } }] }] : []),
            ...(declare ? [declare] : [])
        ];
    }

    private declareParty(diagnostic: Diagnostic, document: LangiumDocument): FixResult | undefined {
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
        if (!leaf) return undefined;
        for (let node: AstNode | undefined = leaf.astNode; node; node = node.$container) {
            for (const { reference, property, index } of AstUtils.streamReferences(node)) {
                if (!isReference(reference) || reference.$refNode?.offset !== offset || reference.ref) continue;
                const type = this.services.shared.AstReflection.getReferenceType({ container: node, property, index, reference });
                const name = reference.$refText;
                if (!this.services.shared.AstReflection.isSubtype(ast.Organisation.$type, type) || !/^[_a-zA-Z]\w*$/.test(name)) return undefined;
                // A pilot's lead or partner must serve the pilot's areas (lead-outside-area): declare it so.
                const pilot = AstUtils.getContainerOfType(node, ast.isPilot);
                const areas = pilot?.areas.map((area) => area.$refText).filter((area) => area.length > 0) ?? [];
                const declaration = `party ${name} ${JSON.stringify(titleFromName(name))} ${kindFromName(name)}${areas.length > 0 ? ` serves ${areas.join(', ')}` : ''}`;
                return { title: `Declare party ${name}`, preferred: true, edits: [this.declarePartyBesideOthers(document, node, declaration, 'end')] };
            }
        }
        return undefined;
    }

    private unusedName(base: string): string {
        const taken = new Set(this.services.lhc.Facts.get().parties.map((party) => party.name));
        let name = base;
        for (let counter = 2; taken.has(name); counter++) name = `${base}${counter}`;
        return name;
    }
}

/** A fix as the client receives it: its edits by document, and its snippet when the fix has one. */
function toCodeAction(result: FixResult, diagnostic: Diagnostic): CodeAction {
    const changes: Record<string, TextEdit[]> = {};
    for (const { document: target, edit } of result.edits) (changes[target.uri.toString()] ??= []).push(edit);
    const edit: WorkspaceEdit = { changes };
    if (result.snippet) {
        const { document: target, offset, value } = result.snippet;
        const position = target.textDocument.positionAt(offset);
        // Clients with snippet edit support (LSP 3.18) use documentChanges and ignore changes.
        edit.documentChanges = [{
            textDocument: { uri: target.uri.toString(), version: target.textDocument.version },
            edits: [{ range: { start: position, end: position }, snippet: { kind: 'snippet', value } }]
        }];
    }
    return { title: result.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: result.preferred, edit };
}

/**
 * `unresolved-reference` whose message offers names of the right kind (`data.replacements`: a clause's qualified
 * name, a near name): one fix per name, writing it in place of what was written.
 */
function replaceWithDeclared(diagnostic: Diagnostic, document: LangiumDocument): FixResult[] | undefined {
    const replacements = (diagnostic.data as { replacements?: unknown } | undefined)?.replacements;
    if (!Array.isArray(replacements) || replacements.length === 0) return undefined;
    return replacements.filter((name): name is string => typeof name === 'string').map((name, index) => ({
        title: `Replace with ${name}`,
        preferred: index === 0 && replacements.length === 1,
        edits: [{ document, edit: { range: diagnostic.range, newText: name } }]
    }));
}

/** `CamdenCouncil` → `Camden Council`: a title to start from, which the author can correct. */
function titleFromName(name: string): string {
    return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').replace(/_/g, ' ');
}

/** The party kind a name suggests (`…CCG` → `ccg`, `Healthwatch…` → `healthwatch`), else `council`. */
function kindFromName(name: string): string {
    const kinds: Array<[RegExp, string]> = [
        [/CCG$/, 'ccg'], [/^Healthwatch|Healthwatch$/, 'healthwatch'], [/FoundationTrust$|FT$/, 'foundation-trust'],
        [/Trust$/, 'nhs-trust'], [/Partnership$/, 'partnership'], [/Alliance$/, 'provider-alliance']
    ];
    return kinds.find(([pattern]) => pattern.test(name))?.[1] ?? 'council';
}

/** Which dates must come in which order, per declaration type: `end-before-start` reports the second. */
const DATE_PAIRS: ReadonlyArray<readonly [string, string, string]> = [
    [ast.Delegation.$type, 'start', 'end'],
    [ast.Pilot.$type, 'start', 'end'],
    [ast.Pilot.$type, 'plansBy', 'end'],
    [ast.PooledBudget.$type, 'start', 'fullyPooled'],
    [ast.Target.$type, 'baselineDate', 'deadline']
];

function nodeAt<T extends AstNode>(document: LangiumDocument, diagnostic: Diagnostic, is: (node: AstNode) => node is T): T | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(diagnostic.range.start));
    return leaf ? AstUtils.getContainerOfType(leaf.astNode, is) : undefined;
}

function topLevelOf(node: AstNode): AstNode {
    let current = node;
    while (current.$container && !ast.isDocument(current.$container)) current = current.$container;
    return current;
}

function insertAt(document: LangiumDocument, offset: number, text: string): WorkspaceTextEdit {
    const position = document.textDocument.positionAt(offset);
    return { document, edit: { range: { start: position, end: position }, newText: text } };
}

function replace(document: LangiumDocument, node: CstNode, text: string): WorkspaceTextEdit {
    return { document, edit: { range: node.range, newText: text } };
}

function indentOf(document: LangiumDocument, node: CstNode): string {
    const line = document.textDocument.getText({ start: { line: node.range.start.line, character: 0 }, end: node.range.start });
    return /^\s*/.exec(line)?.[0] ?? '';
}

/** Appends a partner to the pilot's `partners` list, or adds a `partners` line to its block. */
function addPartner(document: LangiumDocument, pilot: ast.Pilot, name: string): WorkspaceTextEdit {
    const last = pilot.partners.at(-1)?.$refNode;
    if (last) return insertAt(document, last.end, `, ${name}`);
    const close = GrammarUtils.findNodeForKeyword(pilot.$cstNode, '}') ?? pilot.$cstNode!;
    const text = document.textDocument.getText();
    const before = text.slice(0, close.offset);
    const closeOnOwnLine = /\n[ \t]*$/.test(before);
    if (closeOnOwnLine) {
        const lineStart = before.lastIndexOf('\n') + 1;
        return insertAt(document, lineStart, `${indentOf(document, pilot.$cstNode!)}${INDENT}partners ${name}\n`);
    }
    return insertAt(document, close.offset, `partners ${name} `);
}

/**
 * `suppression-unused` (range: the comment): removes the comment — its whole line when it stands alone, else the
 * comment and the spaces before it, so the code it followed stays as it was.
 */
function removeComment(diagnostic: Diagnostic, document: LangiumDocument): ReturnType<Fix> {
    const text = document.textDocument;
    const { start, end } = diagnostic.range;
    const lineStart = text.offsetAt({ line: start.line, character: 0 });
    const before = text.getText().slice(lineStart, text.offsetAt(start));
    const range = before.trim() === ''
        ? { start: { line: start.line, character: 0 }, end: start.line + 1 < text.lineCount ? { line: start.line + 1, character: 0 } : end }
        : { start: { line: start.line, character: before.trimEnd().length }, end };
    return { title: 'Remove the unused lhc-ignore comment', preferred: true, edits: [{ document, edit: { range, newText: '' } }] };
}
