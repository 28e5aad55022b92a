import { defineCheck } from './rule.js';
import { listed, quoted } from './wording.js';

export const evidenceNoRows = defineCheck({
    id: 'evidence-no-rows',
    severity: 'warning',
    category: 'data',
    scope: 'document',
    description: 'Each `evidence from` line of a target must select at least one row with a value, and one row per time period.',
    rationale: 'A target whose evidence line selects nothing would show "no evidence" without saying that the filters, not the data, are at fault; two rows for one period (Persons and Female, say) would make lhc pick one, and nothing is guessed.',
    checks: {
        DatasetEvidence: (evidence, context) => {
            const target = evidence.$container;
            const selection = context.evidence.forTarget(target).selections.find((candidate) => candidate.evidence === evidence);
            if (!selection) return;
            const dataset = evidence.dataset?.ref;
            const name = quoted(evidence.dataset?.$refText);
            // An unreadable dataset is reported on its declaration (dataset-unreadable); an undeclared one by linking.
            if (!dataset || (selection.problem && !selection.dataset)) return;
            if (selection.problem) {
                context.report(evidence, `The evidence from dataset ${name} for target ${quoted(target.name)} selects no rows: ${selection.problem}.`, { property: 'area' });
                return;
            }
            for (const ambiguous of selection.ambiguous) {
                const rows = `rows ${listed(ambiguous.rows.map(String))}`;
                context.report(evidence, ambiguous.dated
                    ? `The evidence from dataset ${name} for target ${quoted(target.name)} selects ${ambiguous.rows.length} rows dated ${ambiguous.dated}, for periods ${ambiguous.period} (${rows}): keep one kind of period with \`periods\`, or remove all but one.`
                    : `The evidence from dataset ${name} for target ${quoted(target.name)} selects ${ambiguous.rows.length} rows for period ${ambiguous.period} (${rows}): add \`sex\`, \`age\` or \`category\` to choose one.`, { property: 'dataset' });
            }
            if (selection.rows.length > 0 || selection.ambiguous.length > 0) return;
            const blank = selection.withoutValue.length > 0 ? ` (${selection.withoutValue.length} matching row${selection.withoutValue.length === 1 ? ' has' : 's have'} no value)` : '';
            context.report(evidence, `The evidence from dataset ${name} for target ${quoted(target.name)} selects no rows with a value in ${selection.dataset!.written}${blank}: check its indicator, area code, sex, age, category and periods.`, { property: 'dataset' });
        }
    }
});
