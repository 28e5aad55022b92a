import type { Party } from '../generated/ast.js';
import { isBefore, knownDate } from '../model/dates.js';
import { defineCheck, type CheckContext } from './rule.js';
import { quoted } from './wording.js';

export const successionConflict = defineCheck({
    id: 'succession-conflict',
    severity: 'error',
    category: 'parties',
    description: 'A party is succeeded by one party at most, never by itself, and successions do not loop.',
    rationale: 'Delegations, powers and commitments follow a party\'s successor from the day it took over (a CCG\'s pass to its ICB on 2022-07-01, under the Health and Care Act 2022). With two successors, or a loop, nobody can say who holds them.',
    checks: {
        Organisation: (party, context) => judge(party, context),
        Board: (party, context) => judge(party, context)
    }
});

function judge(party: Party, context: CheckContext): void {
    const facts = context.facts;
    party.predecessors.forEach((reference, index) => {
        const predecessor = reference.ref;
        if (!predecessor) return;
        if (predecessor === party) {
            context.report(party, `${quoted(party.name)} cannot succeed itself.`, { property: 'predecessors', index });
            return;
        }
        // The index keeps the first successor declared; any other is the conflict.
        const first = facts.successions.get(predecessor)?.successor;
        if (first && first !== party) {
            context.report(party, `${quoted(predecessor.name)} is succeeded both by ${quoted(first.name)} and by ${quoted(party.name)}: a party has one successor.`, {
                property: 'predecessors', index,
                related: [{ node: first, property: 'predecessors', message: `${quoted(first.name)} succeeds ${quoted(predecessor.name)} here.` }]
            });
            return;
        }
        if (leadsBackTo(party, predecessor, facts.successions)) {
            context.report(party, `${quoted(party.name)} succeeds ${quoted(predecessor.name)}, which in turn succeeds it: successions must not loop.`, { property: 'predecessors', index });
        }
        // A successor that took over before its predecessor itself took over from someone else reads the chain backwards.
        const own = knownDate(party.succeededOn);
        const earlier = knownDate(predecessor.succeededOn);
        if (own && earlier && isBefore(own, earlier)) {
            context.report(party, `${quoted(party.name)} succeeds ${quoted(predecessor.name)} on ${own}, before ${quoted(predecessor.name)} itself took over on ${earlier}.`, { property: 'succeededOn' });
        }
    });
}

/** Whether following successors from `start` reaches `target` again (A succeeds B, B succeeds A). */
function leadsBackTo(target: Party, start: Party, successions: ReadonlyMap<Party, { successor: Party }>): boolean {
    const seen = new Set<Party>();
    for (let current: Party | undefined = target; current && !seen.has(current); current = successions.get(current)?.successor) {
        seen.add(current);
        if (current === start && current !== target) return true;
    }
    return false;
}
