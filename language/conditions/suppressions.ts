import { AstUtils, GrammarUtils, type AstNode } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';

/**
 * Inline suppression comments: `// lhc-ignore <id>: reason` accepts findings of rule `<id>` on the line the
 * comment ends, or — when the comment stands on its own line — on the next line with code. Accepted findings
 * stay visible (as information, marked waived) and are counted like waivers; a comment without a reason
 * accepts nothing and is itself a finding.
 */

export interface Suppression {
    id: string;
    reason: string;
    /** 0-based line of the comment. */
    line: number;
    /** 0-based character range of the comment on its line. */
    start: number;
    end: number;
    /** 0-based line whose findings it accepts. */
    appliesTo: number;
}

const COMMENT = /\/\/\s*lhc-ignore\b[ \t]*([^\s:]*)[ \t]*(?::(.*))?$/;

/** Every `lhc-ignore` comment of a document, in order. */
export function findSuppressions(text: string): Suppression[] {
    // Most files have none: skip the line-by-line scan (large workspaces are validated on every keystroke).
    if (!text.includes('lhc-ignore')) return [];
    const lines = text.split(/\r?\n/);
    const found: Suppression[] = [];
    lines.forEach((line, index) => {
        const match = COMMENT.exec(line);
        if (!match || isInsideString(line, match.index)) return;
        const ownLine = line.slice(0, match.index).trim() === '';
        let appliesTo = index;
        if (ownLine) {
            appliesTo = index + 1;
            while (appliesTo < lines.length && /^\s*(\/\/.*)?$/.test(lines[appliesTo]!)) appliesTo++;
        }
        found.push({ id: match[1] ?? '', reason: (match[2] ?? '').trim(), line: index, start: match.index, end: line.length, appliesTo });
    });
    return found;
}

/** Whether position `at` of a line is inside a "…" string (an odd number of unescaped quotes before it). */
function isInsideString(line: string, at: number): boolean {
    const before = line.slice(0, at).replace(/\\./g, '');
    return (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

export const SUPPRESSION_INCOMPLETE = 'suppression-incomplete';

/**
 * Marks the diagnostics the document's comments accept as waived (information severity, `data.waived`), and
 * adds a `suppression-incomplete` diagnostic for each comment that lacks a rule id or a reason.
 */
export function applySuppressions(text: string, file: string, diagnostics: Diagnostic[], incompleteSeverity: DiagnosticSeverity | undefined): Diagnostic[] {
    const suppressions = findSuppressions(text);
    if (suppressions.length === 0) return diagnostics;
    const result: Diagnostic[] = [];
    for (const diagnostic of diagnostics) {
        const suppression = suppressions.find((candidate) => candidate.reason && candidate.id
            && candidate.id === String(diagnostic.code ?? '') && candidate.appliesTo === diagnostic.range.start.line);
        const data = diagnostic.data as { waived?: unknown } | undefined;
        if (suppression && !data?.waived) {
            result.push({
                ...diagnostic,
                message: `${diagnostic.message} (accepted by an lhc-ignore comment: ${suppression.reason})`,
                severity: DiagnosticSeverity.Information,
                data: {
                    ...(diagnostic.data as object),
                    waived: {
                        by: 'comment', reason: suppression.reason,
                        // In the engine's `Location` shape (1-based), so `Finding.waived` is this object as it is.
                        location: { file, start: { line: suppression.line + 1, column: suppression.start + 1 }, end: { line: suppression.line + 1, column: suppression.end + 1 } }
                    }
                }
            });
        } else {
            result.push(diagnostic);
        }
    }
    if (incompleteSeverity !== undefined) {
        for (const suppression of suppressions) {
            if (suppression.id && suppression.reason) continue;
            result.push({
                severity: incompleteSeverity,
                range: { start: { line: suppression.line, character: suppression.start }, end: { line: suppression.line, character: suppression.end } },
                message: suppression.id
                    ? `This lhc-ignore comment gives no reason; write '// lhc-ignore ${suppression.id}: <why this is acceptable>'. It accepts nothing until it does.`
                    : "This lhc-ignore comment names no rule; write '// lhc-ignore <rule-id>: <reason>'.",
                code: SUPPRESSION_INCOMPLETE,
                source: 'lhc',
                data: { ruleId: SUPPRESSION_INCOMPLETE }
            });
        }
    }
    return result;
}

export const SUPPRESSION_UNUSED = 'suppression-unused';

/**
 * A `suppression-unused` diagnostic for each complete `lhc-ignore` comment (rule id and reason) that accepts
 * nothing: it names no rule of the workspace (`isRule`, with the closest name as a suggestion), or no finding of
 * that rule is on the line it applies to. `diagnostics` are the document's, already marked by `applySuppressions`:
 * a comment is used when a finding carries it as `data.waived`. Workspace-scoped: whether it accepts something can
 * change with another file's edit (a condition's violation), so the language server recomputes it then.
 */
export function unusedSuppressions(text: string, diagnostics: readonly Diagnostic[], severity: DiagnosticSeverity,
    isRule: (id: string) => boolean, suggest: (id: string) => string | undefined): Diagnostic[] {
    const used = new Set<number>();
    for (const diagnostic of diagnostics) {
        const waived = (diagnostic.data as { waived?: { by?: unknown; location?: { start?: { line?: unknown } } } } | undefined)?.waived;
        if (waived?.by === 'comment' && typeof waived.location?.start?.line === 'number') used.add(waived.location.start.line - 1);
    }
    const found: Diagnostic[] = [];
    for (const suppression of findSuppressions(text)) {
        if (!suppression.id || !suppression.reason || used.has(suppression.line)) continue;
        const suggestion = isRule(suppression.id) ? undefined : suggest(suppression.id);
        const message = isRule(suppression.id)
            ? `This lhc-ignore comment accepts nothing: there is no ${suppression.id} finding on line ${suppression.appliesTo + 1}. Remove it, so that it cannot hide a future finding unseen.`
            : `This lhc-ignore comment names '${suppression.id}', which is no rule or condition${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; it accepts nothing.`;
        found.push({
            severity,
            range: { start: { line: suppression.line, character: suppression.start }, end: { line: suppression.line, character: suppression.end } },
            message,
            code: SUPPRESSION_UNUSED,
            source: 'lhc',
            data: { code: SUPPRESSION_UNUSED, ruleId: SUPPRESSION_UNUSED, scope: 'workspace', ...(suggestion ? { suggestion } : {}) }
        });
    }
    return found;
}

/** By parse: the document object outlives its edits, its root node does not (even an incremental re-parse makes a new root). */
const suppressionsByRoot = new WeakMap<AstNode, Suppression[]>();

/**
 * The `// lhc-ignore <condition>: reason` comment that accepts a violation reported at `target`, if any, so the
 * outcome knows the violation is waived (the diagnostic itself is marked by the document validator).
 */
export function suppressionFor(id: string, target: AstNode): Suppression | undefined {
    const document = AstUtils.getDocument(target);
    const root = document.parseResult.value;
    let suppressions = suppressionsByRoot.get(root);
    if (!suppressions) suppressionsByRoot.set(root, suppressions = findSuppressions(document.textDocument.getText()));
    if (suppressions.length === 0) return undefined;
    // Diagnostics on a named fact underline its name; others the node.
    const cst = GrammarUtils.findNodeForProperty(target.$cstNode, 'name') ?? target.$cstNode;
    const line = cst?.range.start.line;
    return suppressions.find((suppression) => suppression.id === id && suppression.reason && suppression.appliesTo === line);
}
