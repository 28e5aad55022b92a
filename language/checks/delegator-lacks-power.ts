import type { Party, Power } from '../generated/ast.js';
import { governingAgreement } from '../model/agreements.js';
import { BuildCache } from '../model/build-cache.js';
import { knownDate } from '../model/dates.js';
import { holdersAt, type HoldingSource } from '../model/delegations.js';
import { successorAt } from '../model/succession.js';
import type { FactIndex } from '../model/facts.js';
import { defineCheck } from './rule.js';
import { listedNames, quoted } from './wording.js';

/** Holders of each power at each date, worked out once per build: many delegations share a power and a start. */
const holdersByBuild = new BuildCache<FactIndex, [Power, string | undefined], Map<Party, HoldingSource>>();

function cachedHolders(facts: FactIndex, power: Power, date: string | undefined): Map<Party, HoldingSource> {
    return holdersByBuild.get(facts, [power, date], () => holdersAt(power, date, facts.delegationsByPower.get(power) ?? [], facts.successions));
}

export const delegatorLacksPower = defineCheck({
    id: 'delegator-lacks-power',
    severity: 'error',
    category: 'delegations',
    scope: 'workspace',
    description: 'A party can only delegate a power it holds at the delegation\'s start.',
    rationale: 'Only the holder of a power can pass it on: NHS England can delegate commissioning to a deal\'s NHS bodies because it holds it. A party holds a power when it is declared with `held by … since …`, or when a delegation in force at that date gave it to them (chains count). A successor holds what its predecessors held from the day it took over (`succeeds … on …`: a CCG\'s powers pass to its ICB).',
    checks: {
        Delegation: (delegation, context) => {
            const power = delegation.power?.ref;
            const from = delegation.from?.ref;
            if (!power || !from) return;
            // Judged at the delegation's start; failing that, at the signing of its agreement; failing that, at any time.
            const date = knownDate(delegation.start) ?? knownDate(governingAgreement(delegation)?.signed);
            const holders = cachedHolders(context.facts, power, date);
            if (holders.has(successorAt(from, date, context.facts.successions))) return;
            const when = date ? ` on ${date}` : '';
            let why: string;
            if (power.holders.length === 0) {
                why = `no party is declared to hold it (add \`held by …\` to ${quoted(power.name)})`;
            } else if (holders.size === 0) {
                const since = knownDate(power.since);
                why = since ? `it is held by ${listedNames(power.holders.map((h) => h.ref))} only from ${since}` : 'no party holds it then';
            } else {
                why = `it is held then by ${listedNames([...holders.keys()])}, and no delegation in force gives it to ${quoted(from.name)}`;
            }
            context.report(delegation, `${quoted(from.name)} delegates ${quoted(power.name)}${when} but does not hold it${when ? ' then' : ''}: ${why}.`, {
                property: 'from',
                related: [{ node: power, property: power.holders.length > 0 ? 'holders' : undefined, message: `${quoted(power.name)} is declared here.` }]
            });
        }
    }
});
