import type { IndexManager } from 'langium';

/**
 * Snippet placeholders that stand for a reference take their defaults from the workspace: a pilot's `areas` offers
 * the areas declared there, its `leads` the parties. A skeleton that defaulted to a name nobody declared (`Camden` in
 * a Greater Manchester workspace) would insert an unresolved reference the moment it is accepted.
 *
 * The kind of a placeholder is read from the words just before it, as a policy officer would read the line.
 * A placeholder whose default is not a name (a date, an amount, a financial year) is never touched.
 */
const SLOTS: ReadonlyArray<readonly [RegExp, string]> = [
    [/waiver for $/, 'Condition'],
    [/reports to $/, 'Board'],
    [/(?:builds on|amends|supersedes|under) $/, 'Agreement'],
    [/per $/, 'Clause'],
    [/(?:themes|services|reinvest \S+ in \S+ for) $/, 'Topic'],
    [/measurement \S+ of $/, 'Target'],
    [/(?:areas|within|serves|covers|located in|reinvest \S+ in|^\s*in) $/, 'Area'],
    [/(?:signatories|countersignatories|leads|partners|chair|members|held by|owner|approved by|recipient|accountable|^\s*by|: | to) $/, 'Party']
];

const PLACEHOLDER = /\$\{(\d+):([^}]*)\}/g;
const NAME = /^[_a-zA-Z][\w]*(\.[_a-zA-Z][\w]*)?$/;
/** Enough choices to pick from without a list that scrolls. */
const MAX_CHOICES = 8;

/**
 * `body` with each reference placeholder `${n:Default}` turned into a choice of the workspace's declarations of
 * that kind (`${n|Barnet,Camden|}`, at most eight, alphabetical). Where the workspace declares none, the
 * placeholder keeps its default for the author to overwrite.
 */
export function withWorkspaceDefaults(body: readonly string[], index: IndexManager): string[] {
    const namesByType = new Map<string, string[]>();
    const namesOf = (type: string): string[] => {
        let names = namesByType.get(type);
        if (!names) {
            names = [...new Set(index.allElements(type).map((description) => description.name).filter((name) => NAME.test(name)))].sort().slice(0, MAX_CHOICES);
            namesByType.set(type, names);
        }
        return names;
    };
    return body.map((line) => line.replace(PLACEHOLDER, (placeholder, stop: string, fallback: string, offset: number) => {
        if (!NAME.test(fallback)) return placeholder;
        const before = line.slice(0, offset).replace(/\$\{\d+(?::[^}]*|\|[^}]*\|)\}/g, (inner) => inner.replace(/^\$\{\d+[:|]/, '').replace(/\|?\}$/, '').split(',')[0]!);
        const type = SLOTS.find(([pattern]) => pattern.test(before))?.[1];
        if (!type) return placeholder;
        const names = namesOf(type);
        if (names.length === 0) return placeholder;
        return names.length === 1 ? `\${${stop}:${names[0]}}` : `\${${stop}|${names.join(',')}|}`;
    }));
}
