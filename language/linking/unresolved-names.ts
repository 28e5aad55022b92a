import type { AstNodeDescription } from 'langium';
import { closest } from './near-names.js';
import { listed, quoted } from '../checks/wording.js';
import type { GlobalNameIndex } from './lhc-global-scope.js';

/** What an unresolved reference's message says, and the names that could replace what was written. */
export interface UnresolvedExplanation {
    message: string;
    /** Names of the kind the reference needs that the author may have meant, most likely first. */
    replacements: string[];
}

/** The words for a type of declaration, as a policy officer names it: `EstateAsset` → "estate asset". */
const KIND_WORDS: Readonly<Record<string, string>> = {
    Organisation: 'party',
    Referable: 'fact, topic, clause or condition',
    Fact: 'fact'
};

export function kindWord(type: string): string {
    return KIND_WORDS[type] ?? type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** "a party (national-body)", "a clause of DevolutionMoU2017", "a theme": what a declaration is, in words. */
function whatItIs(description: AstNodeDescription): string {
    const node = description.node as { kind?: unknown } | undefined;
    const word = kindWord(description.type);
    const kind = typeof node?.kind === 'string' ? node.kind : undefined;
    const dot = description.name.lastIndexOf('.');
    if (dot > 0) return `${article(word)} ${word} of ${description.name.slice(0, dot)}`;
    if (description.type === 'Topic' && kind) return article(kind) + ' ' + kind;
    if (description.type === 'Agreement' && kind === 'mou') return 'an agreement (MoU)';
    return `${article(word)} ${word}${kind && description.type === 'Organisation' ? ` (${kind})` : ''}`;
}

function article(word: string): string {
    return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/**
 * Explains a reference that names nothing of the kind it needs (`referenceType`, a grammar type such as `Clause` or
 * `Board`), from what the workspace does declare:
 *
 * - a declaration known by a qualified name ending in what was written (`EstatesForum` is the clause
 *   `DevolutionMoU2017.EstatesForum`): it is offered, qualified;
 * - a declaration of another kind with exactly this name (`NHSEngland` is a party, not a board): it is named,
 *   with its kind.
 *
 * Only exact names: a near name (a typo) is left to the quick fix (`nearName`), since it could go stale.
 */
export function explainUnresolved(index: GlobalNameIndex, referenceType: string, written: string): UnresolvedExplanation {
    const needed = kindWord(referenceType);
    const head = `Unknown ${needed} ${quoted(written)}`;
    const fits = (description: AstNodeDescription) => index.isSubtype(description.type, referenceType);
    const qualified = written.includes('.') ? [] : unique(index.qualifiedEndingIn(written).filter(fits).map((description) => description.name));
    if (qualified.length > 0) {
        const [first] = qualified;
        const owner = first!.slice(0, first!.lastIndexOf('.'));
        const what = qualified.length === 1
            ? `there is ${article(needed)} ${needed} ${first}, which outside ${owner} is written in full`
            : `there are ${needed}s ${listed(qualified)}, each written in full outside its owner`;
        return { message: `${head}: ${what}. Did you mean ${listed(qualified.map(quoted), 'or')}?`, replacements: qualified };
    }
    const otherKinds = index.named(written).filter((description) => !fits(description));
    if (otherKinds.length > 0) {
        const kinds = unique(otherKinds.map(whatItIs));
        return { message: `${head}: ${written} is ${listed(kinds)}, not ${article(needed)} ${needed}.`, replacements: [] };
    }
    return { message: `${head}: nothing in the workspace is declared with this name.`, replacements: [] };
}

/**
 * The name of the needed kind nearest to what was written, when it is near enough to be a typo. It depends on every
 * file's names, so findings leave it out (the language server does not re-check a reference that stays unresolved
 * when another file changes, and a suggestion would go stale); the quick fix asks for it when it is wanted.
 */
export function nearName(index: GlobalNameIndex, referenceType: string, written: string): string | undefined {
    const names = index.allOfType(referenceType).map((description) => description.name);
    return closest(written, names);
}

function unique(items: readonly string[]): string[] {
    return [...new Set(items)];
}
