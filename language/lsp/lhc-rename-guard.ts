import { AstUtils, GrammarAST, type AstNode, type Grammar, type IndexManager } from 'langium';
import { isCondition, isVariable, type Variable } from '../generated/ast.js';
import { isNamedWithinOwner, qualifiedNameOf } from '../linking/lhc-naming.js';

const NAME = /^[_a-zA-Z]\w*$/;

/**
 * Why a rename to `newName` must be refused, or `undefined` when it is safe.
 *
 * A rename is refused when the new text would not parse as a name where the declaration stands (a keyword such as
 * `region` or `party`), or when it would make a reference mean something else: another declaration already has the
 * name, so the renamed one and it would collide (`duplicate-name`) and references would silently repoint. Quantifier
 * variables may take the keywords that the grammar's `Name` rule allows (`every pilot in pilots`), and must not take
 * a name the condition's body could also mean (another variable of the same condition, or any declared fact).
 */
export function renameRefusal(target: AstNode, newName: string, grammar: Grammar, index: IndexManager): string | undefined {
    if (!NAME.test(newName)) return `'${newName}' is not a valid name: use letters, digits and _, starting with a letter.`;
    const keywords = grammarWords(grammar);
    if (isVariable(target)) {
        if (keywords.all.has(newName) && !keywords.variableNames.has(newName)) return `'${newName}' is a keyword of the language and cannot name a variable.`;
        const clash = variablesInScope(target).find((variable) => variable !== target && variable.name === newName);
        if (clash) return `'${newName}' is already a variable in scope here; choose another name.`;
        if (declaredNames(index).has(newName)) return `'${newName}' is already declared in the workspace; inside this condition it would mean the variable instead. Choose another name.`;
        return undefined;
    }
    if (keywords.all.has(newName)) return `'${newName}' is a keyword of the language and cannot name a declaration.`;
    const named = target as AstNode & { name?: string };
    if (typeof named.name !== 'string') return `This declaration has no name to rename.`;
    const oldQualified = qualifiedNameOf(named as AstNode & { name: string });
    const newQualified = isNamedWithinOwner(target) ? `${oldQualified.slice(0, oldQualified.length - named.name.length)}${newName}` : newName;
    if (newQualified === oldQualified) return undefined;
    const existing = index.allElements().find((description) => description.name === newQualified);
    if (existing) return `'${newQualified}' is already declared (${existing.type} in ${existing.documentUri.path.split('/').pop()}); renaming would merge two declarations. Choose another name.`;
    return undefined;
}

interface GrammarWords {
    /** Every word-like keyword of the grammar. */
    all: ReadonlySet<string>;
    /** The keywords that the `Name` rule lets a variable take. */
    variableNames: ReadonlySet<string>;
}

const wordsByGrammar = new WeakMap<Grammar, GrammarWords>();

function grammarWords(grammar: Grammar): GrammarWords {
    let words = wordsByGrammar.get(grammar);
    if (words) return words;
    const all = new Set<string>();
    for (const node of AstUtils.streamAllContents(grammar)) {
        if (GrammarAST.isKeyword(node) && NAME.test(node.value)) all.add(node.value);
    }
    const variableNames = new Set<string>();
    const nameRule = grammar.rules.find((rule) => GrammarAST.isParserRule(rule) && rule.name === 'Name');
    if (nameRule) for (const node of AstUtils.streamAllContents(nameRule)) if (GrammarAST.isKeyword(node)) variableNames.add(node.value);
    words = { all, variableNames };
    wordsByGrammar.set(grammar, words);
    return words;
}

/** Every variable of the condition the variable belongs to (a stricter rule than the enclosing ones, and simpler to read). */
function variablesInScope(variable: Variable): Variable[] {
    const condition = AstUtils.getContainerOfType(variable, isCondition);
    if (!condition) return [];
    return AstUtils.streamAllContents(condition).filter(isVariable).toArray();
}

function declaredNames(index: IndexManager): Set<string> {
    return new Set(index.allElements().map((description) => description.name));
}
