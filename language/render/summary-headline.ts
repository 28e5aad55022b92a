/**
 * The headline facts of an agreement (area covered, population, effective date, shadow period, countersignatories,
 * money) and a delegation's holder by succession, as the HTML and Markdown summaries print them.
 */
import type { AgreementHeadline, DelegationSummary, FactRef } from '../summary/summary-model.js';
import { formatMoney } from '../model/money.js';
import { escapeHtml as e } from './escape-html.js';
import { factList, named } from './summary-html-parts.js';

/** The headline's parts as plain sentences; `name` renders a fact reference in the target format. */
function parts(headline: AgreementHeadline, name: (ref: FactRef) => string, text: (value: string) => string): string[] {
    const out: string[] = [];
    const area = headline.covers;
    if (area) {
        const people = area.population !== undefined ? `, population ${area.population.toLocaleString('en-GB')}${area.populationDate ? ` (${area.populationDate})` : ''}` : '';
        out.push(`Covers ${name(area)}${area.code ? ` ${text(`(${area.code})`)}` : ''}${text(people)}`);
    }
    if (headline.effective) out.push(text(`Takes effect ${headline.effective}`));
    if (headline.shadow) out.push(text(`Shadow period from ${headline.shadow.from}${headline.shadow.until ? ` until ${headline.shadow.until}` : ''}`));
    for (const envelope of headline.envelopes) {
        const amount = envelope.amount !== undefined ? formatMoney(envelope.amount) : 'an unstated amount';
        out.push(`${name(envelope)}: ${text(`${amount}${envelope.period ? ` a ${envelope.period}` : ''}${envelope.financialYear ? ` in ${envelope.financialYear}` : ''}`)}`);
    }
    return out;
}

export function headlineHtml(headline: AgreementHeadline | undefined): string {
    if (!headline) return '';
    const line = parts(headline, (ref) => named(ref), (value) => e(value)).join(' · ');
    const countersigned = headline.countersignatories.length > 0 ? `<p><strong>Countersigned by:</strong> ${factList(headline.countersignatories)}</p>` : '';
    return `${line ? `<p class="headline">${line}</p>` : ''}${countersigned}`;
}

export function headlineMarkdown(headline: AgreementHeadline | undefined, name: (ref: FactRef) => string, escape: (text: string) => string): string {
    if (!headline) return '';
    const all = parts(headline, name, escape);
    if (headline.countersignatories.length > 0) all.push(`countersigned by ${headline.countersignatories.map(name).join(', ')}`);
    return all.length > 0 ? ` — ${all.join('; ')}` : '';
}

/** " (held by NHS Greater Manchester ICB)" after a recipient that has been succeeded. */
export function heldByHtml(delegation: DelegationSummary): string {
    return delegation.heldBy ? ` <small>held by ${named(delegation.heldBy)}</small>` : '';
}

export function heldByMarkdown(delegation: DelegationSummary, name: (ref: FactRef) => string): string {
    return delegation.heldBy ? ` (held by ${name(delegation.heldBy)})` : '';
}
