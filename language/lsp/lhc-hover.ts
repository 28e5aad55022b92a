import type { AstNode, Reference } from 'langium';
import { AstNodeHoverProvider, type LangiumServices } from 'langium/lsp';
import * as ast from '../generated/ast.js';
import type { LhcServices } from '../lhc-module.js';
import { agreementOf } from '../model/agreements.js';
import { succeededActs } from '../model/acting-parties.js';
import { areaAncestry } from '../model/areas.js';
import { isInForce } from '../model/dates.js';
import { isComplete } from '../model/complete-nodes.js';
import { formatMoney } from '../model/money.js';
import { conditionStatusLine } from './lhc-condition-status.js';
import { agreementHeadlineLines, areaFactLines, delegationHolderLine, envelopeLines, partyKindLine, successionLines } from './lhc-hover-deals.js';
import { violationHover } from './lhc-violation-hover.js';
import { commitmentHoverLines } from './lhc-commitment-status.js';
import { formatTargetValue, progressOf, targetStatusLine } from './lhc-target-status.js';
import { datasetHover, targetEvidenceHover } from './lhc-evidence-hover.js';
// User text is shown verbatim: a title cannot inject formatting, links or HTML.
import { escapeMarkdown as plain } from '../render/escape-markdown.js';

/**
 * What a reader wants to know about a declaration, shown on its name and on every reference to it:
 * a party's kind and areas, an area's place in the map, a clause's words, a target's progress, whether a
 * delegation is in force. Values are Markdown; user text is quoted, never interpreted as Markdown.
 */
export class LhcHoverProvider extends AstNodeHoverProvider {
    private readonly lhc: LhcServices;

    constructor(services: LangiumServices) {
        super(services);
        this.lhc = services as LhcServices;
    }

    protected override getAstNodeHoverContent(node: AstNode): string | undefined {
        const lines = describeDeclaration(node, this.lhc);
        // A fact that breaks conditions: why, and each condition's evaluation for it (collapsed).
        const violations = violationHover(node, this.lhc);
        if (!lines && violations.length === 0) return undefined;
        return [...lines ?? [], ...violations].join('\n\n');
    }
}

function quote(text: string): string {
    return text.split('\n').map((line) => `> ${plain(line)}`).join('\n');
}

function names(references: readonly Reference<AstNode & { name?: string }>[]): string {
    return references.map((reference) => `\`${reference.ref?.name ?? reference.$refText}\``).join(', ');
}

function heading(keyword: string, name: string, title?: string): string {
    return `**${keyword}** \`${name}\`${title ? ` — ${plain(title)}` : ''}`;
}

function kindLabel(kind: string): string {
    return kind.replace(/-/g, ' ');
}

/** Markdown paragraphs describing a declaration (hover, completion documentation). */
export function describeDeclaration(node: AstNode, services: LhcServices): string[] | undefined {
    // A declaration still being written (the parser recovered it without a required part) gets its name only.
    if (!isComplete(node)) return namedHeading(node);
    if (ast.isOrganisation(node)) {
        const lines = [heading('party', node.name, node.title), partyKindLine(node)];
        if (node.areas.length > 0) lines.push(`Serves: ${names(node.areas)}`);
        if (node.members.length > 0) lines.push(`Members: ${names(node.members)}`);
        lines.push(...successionLines(node, services.lhc.Facts.get(), services.lhc.Conditions.asOf()));
        return lines;
    }
    if (ast.isBoard(node)) {
        const lines = [heading('board', node.name, node.title)];
        if (node.chair) lines.push(`Chair: ${names([node.chair])}`);
        if (node.members.length > 0) lines.push(`Members: ${names(node.members)}`);
        if (node.reportsTo) lines.push(`Reports to: ${names([node.reportsTo])}`);
        if (node.oversight) lines.push(`Oversight: ${node.oversight}`);
        if (node.role) lines.push(`Role: ${plain(node.role)}`);
        lines.push(...successionLines(node, services.lhc.Facts.get(), services.lhc.Conditions.asOf()));
        return lines;
    }
    if (ast.isArea(node)) {
        const chain = areaAncestry(node).map((area) => `\`${area.name}\` (${area.kind})`).join(' within ');
        return [heading('area', node.name, node.title), ...areaFactLines(node), `Place: ${chain}`];
    }
    if (ast.isClause(node)) {
        const owner = agreementOf(node) ?? (ast.isAgreement(node.$container) ? node.$container : undefined);
        const lines = [heading('clause', node.name), quote(node.text)];
        const from = [node.source ? `source: ${plain(node.source)}` : undefined, owner ? `in \`${owner.name}\`` : undefined].filter(Boolean);
        if (from.length > 0) lines.push(`— ${from.join(', ')}`);
        return lines;
    }
    if (ast.isCondition(node)) {
        const lines = [heading('condition', node.name), plain(node.title), `Severity: ${node.severity ?? 'error'}`,
            `Status as of ${services.lhc.Conditions.asOf()}: **${conditionStatusLine(services, node)}**`];
        const clause = node.clause?.ref;
        if (clause) lines.push(`Per clause \`${clause.name}\`:`, quote(clause.text));
        return lines;
    }
    if (ast.isTarget(node)) {
        const { progress, asOf } = progressOf(services, node);
        const lines = [heading('target', node.name, node.title)];
        if (node.metric) lines.push(`Metric: ${plain(node.metric)}${node.unit ? ` (${plain(node.unit)})` : ''}`);
        lines.push(`Baseline: ${progress.baseline ? `${formatTargetValue(node, progress.baseline.value)} on ${progress.baseline.date}` : 'none'}`);
        lines.push(`Goal: ${progress.goal !== undefined ? formatTargetValue(node, progress.goal) : 'none'}${node.goal?.relative ? ` (${formatTargetValue(node, node.goal.value.value)} ${node.goal.relative} baseline)` : ''}`);
        lines.push(`Deadline: ${node.deadline ?? 'none'}`);
        const latest = progress.latest ? `latest ${formatTargetValue(node, progress.latest.value)} on ${progress.latest.date}` : 'no measurement yet';
        lines.push(`Status as of ${asOf}: **${targetStatusLine(node, progress)}** (${latest})`);
        lines.push(...targetEvidenceHover(services, node));
        return lines;
    }
    if (ast.isDataset(node)) {
        return [heading('dataset', node.name, node.title), ...datasetHover(services, node)];
    }
    if (ast.isDelegation(node)) {
        const asOf = services.lhc.Conditions.asOfFor(node);
        const period = [node.start ? `from ${node.start}` : undefined, node.end ? `until ${node.end}` : undefined].filter(Boolean).join(' ');
        const gone = succeededActs(node, services.lhc.Facts.get().successions)[0];
        const inForce = !gone && isInForce(asOf, node.start, node.end);
        const lines = [
            heading('delegation', node.name),
            `${names([node.from])} ${node.kind} ${names([node.power])} to ${names([node.to])}${period ? ` ${period}` : ''}`,
            gone ? `**Void**: ${gone.act.party.name} had been succeeded by ${gone.successor.name} by ${gone.act.date}.`
                : inForce ? `In force on ${asOf}.` : `**Not in force** on ${asOf}.`
        ];
        const holder = gone ? undefined : delegationHolderLine(node, services.lhc.Facts.get(), asOf);
        if (holder) lines.push(holder);
        if (node.clause?.ref) lines.push(`Per clause \`${node.clause.ref.name}\`:`, quote(node.clause.ref.text));
        return lines;
    }
    if (ast.isAgreement(node)) {
        const lines = [heading(node.kind === 'mou' ? 'memorandum of understanding' : 'agreement', node.name, node.title)];
        if (node.signed) lines.push(`Signed: ${node.signed}`);
        if (node.signatories.length > 0) lines.push(`Signatories (${node.signatories.length}): ${names(node.signatories)}`);
        for (const relation of node.relations) lines.push(`${relation.kind === 'builds' ? 'Builds on' : relation.kind === 'amends' ? 'Amends' : 'Supersedes'} ${names([relation.target])}`);
        lines.push(...agreementHeadlineLines(node, services.lhc.Facts.get()));
        return lines;
    }
    if (ast.isPilot(node)) {
        const lines = [heading('pilot', node.name, node.title)];
        if (node.areas.length > 0) lines.push(`Areas: ${names(node.areas)}`);
        if (node.leads.length > 0) lines.push(`Leads: ${names(node.leads)}`);
        if (node.partners.length > 0) lines.push(`Partners: ${names(node.partners)}`);
        if (node.start) lines.push(`Starts: ${node.start}`);
        return lines;
    }
    if (ast.isPower(node)) {
        const lines = [heading('power', node.name, node.title)];
        if (node.holders.length > 0) lines.push(`Held by: ${names(node.holders)}${node.since ? ` since ${node.since}` : ''}`);
        return lines;
    }
    if (ast.isAspiration(node)) {
        const lines = [heading('aspiration', node.name, node.title)];
        if (node.ambition) lines.push(`Ambition: ${plain(node.ambition)}`);
        if (node.targets.length > 0) lines.push(`Targets: ${node.targets.map((target) => `\`${target.name}\``).join(', ')}`);
        return lines;
    }
    if (ast.isMeasurement(node)) {
        const target = node.target?.ref;
        const value = node.value === undefined ? '?' : target ? formatTargetValue(target, node.value.value) : String(node.value.value);
        return [heading('measurement', node.name), `${value} on ${node.date} for ${names([node.target])}`, ...(node.source ? [`Source: ${plain(node.source)}`] : [])];
    }
    if (ast.isEstateSale(node)) {
        const lines = [heading('estate sale', node.name, node.title)];
        if (node.soldOn) lines.push(`Sold ${node.soldOn} for ${node.proceeds !== undefined ? formatMoney(node.proceeds) : 'an unknown sum'}`);
        const reinvested = node.reinvestments.reduce((sum, reinvestment) => sum + reinvestment.amount, 0);
        if (node.reinvestments.length > 0) lines.push(`Reinvested: ${formatMoney(reinvested)} in ${node.reinvestments.length} reinvestment(s)`);
        return lines;
    }
    if (ast.isPooledBudget(node)) {
        const lines = [heading('pooled budget', node.name, node.title)];
        if (node.total !== undefined) lines.push(`Total: ${formatMoney(node.total)}`);
        if (node.contributions.length > 0) lines.push(`Contributors: ${names(node.contributions.map((contribution) => contribution.contributor))}`);
        return lines;
    }
    if (ast.isEnvelope(node)) return [heading(node.kind, node.name, node.title), ...envelopeLines(node)];
    if (ast.isCommitment(node)) {
        const lines = [heading('commitment', node.name, node.title)];
        if (node.holders.length > 0) lines.push(`By: ${names(node.holders)}${node.beneficiary ? ` for ${names([node.beneficiary])}` : ''}`);
        return [...lines, ...commitmentHoverLines(services, node, plain)];
    }
    if (ast.isWaiver(node)) return undefined;
    if (ast.isVariable(node)) return [`**variable** \`${node.name}\``];
    return namedHeading(node);
}

/** `**kind** \`Name\` — title` for any node with a name; nothing for one without. */
function namedHeading(node: AstNode): string[] | undefined {
    const named = node as AstNode & { name?: unknown; title?: unknown };
    if (typeof named.name !== 'string') return undefined;
    return [heading(kindLabel(node.$type.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()), named.name, typeof named.title === 'string' ? named.title : undefined)];
}
