import { strict as assert } from 'node:assert';
import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { AstNode } from 'langium';
import { describe, it } from 'mocha';
import { runLhc } from '../cli/cli-harness.js';
import { computeEvaluation } from '../../language/conditions/condition-evaluator.js';
import { checkWorkspace } from '../../language/engine/check.js';
import { findLhcFiles } from '../../language/engine/workspace.js';
import { scenarioUniverse } from '../../language/scenarios/scenario-facts.js';
import { isTestFile } from '../../language/scenarios/test-files.js';
import { workspaceRootOf } from '../../language/scenarios/test-session.js';
import { REPO_ROOT } from '../repo-paths.js';

const EXAMPLES = path.join(REPO_ROOT, 'examples');

/** A why-line must not read like code: no comprehension, no identifier where the fact has a title. */
function problemsIn(why: string, titled: Map<string, string>): string[] {
    const problems: string[] = [];
    if (/\bfor \w+ in\b/.test(why)) problems.push('a `for … in` comprehension');
    if (/\b\w+\.\w+\b/.test(why.replace(/£[\d.,]+\w*|\d+\.\d+%?/g, ''))) problems.push('a dotted field access');
    // Titles may contain another fact's identifier ("London Estates Board" holds `Estates`): look outside them.
    let outsideTitles = why;
    for (const title of [...titled.values()].sort((a, b) => b.length - a.length)) outsideTitles = outsideTitles.split(title).join(' ');
    for (const [name, title] of titled) {
        if (new RegExp(`\\b${name}\\b`).test(outsideTitles)) problems.push(`the identifier ${name} where the title is "${title}"`);
    }
    return problems;
}

/** Facts whose identifier differs from their title: those must appear by title. */
function titledFacts(nodes: Iterable<AstNode>): Map<string, string> {
    const titled = new Map<string, string>();
    for (const node of nodes) {
        const { name, title } = node as { name?: unknown; title?: unknown };
        if (typeof name === 'string' && typeof title === 'string' && name !== title && name !== title.replace(/\W+/g, '')) titled.set(name, title);
    }
    return titled;
}

function workspacesWithTests(): string[] {
    return [...new Set(findLhcFiles([EXAMPLES]).filter(isTestFile).map(workspaceRootOf))];
}

function brokenConditionCases(): string[] {
    const folder = path.join(EXAMPLES, 'broken', 'conditions');
    return readdirSync(folder).map((name) => path.join(folder, name)).filter((item) => statSync(item).isDirectory());
}

describe('why-lines for people', () => {
    it('no failing scenario of any example explains itself with code or identifiers', async function () {
        this.timeout(120_000);
        const roots = workspacesWithTests();
        assert.ok(roots.some((root) => root.endsWith(`${path.sep}london`)), 'London has tests');
        let checked = 0;
        for (const root of roots) {
            const { services, documents } = await checkWorkspace({ paths: [root], testFiles: findLhcFiles([root]).filter(isTestFile) });
            const all = services.shared.workspace.LangiumDocuments.all.toArray();
            for (const document of documents.filter((candidate) => isTestFile(candidate.uri.fsPath))) {
                for (const test of document.parseResult.value.tests) {
                    const universe = scenarioUniverse(test, all);
                    const evaluation = computeEvaluation(universe.facts, test.asOf ?? '2019-06-01');
                    const titled = titledFacts(universe.nodes);
                    for (const outcome of evaluation.outcomes) {
                        for (const violation of outcome.violations) {
                            checked++;
                            assert.deepEqual(problemsIn(violation.why, titled), [], `${outcome.id} in "${test.name}": ${violation.why}`);
                        }
                    }
                }
            }
        }
        assert.ok(checked >= 6, `every London condition fails in some scenario (${checked} why-lines checked)`);
    });

    it('nor does any broken example', async function () {
        this.timeout(120_000);
        let checked = 0;
        for (const folder of brokenConditionCases()) {
            const { services } = await checkWorkspace({ paths: [folder] });
            const facts = services.lhc.Facts.get();
            const titled = titledFacts(services.shared.workspace.LangiumDocuments.all.toArray().flatMap((document) => [...streamAll(document.parseResult.value)]));
            for (const outcome of services.lhc.Conditions.evaluation().outcomes) {
                for (const violation of outcome.violations) {
                    checked++;
                    assert.deepEqual(problemsIn(violation.why, titled), [], `${path.basename(folder)}: ${violation.why}`);
                }
            }
            assert.ok(facts.conditions.length > 0);
        }
        assert.ok(checked > 0);
    });

    it('shows the deciding numbers and names the failing element', async () => {
        const result = await runLhc(['test', 'examples/london', '--format', 'json'], { cwd: REPO_ROOT });
        const actuals = (JSON.parse(result.stdout) as { tests: { expectations: { actual: string }[] }[] }).tests.flatMap((test) => test.expectations.map((judged) => judged.actual));
        assert.ok(actuals.some((actual) => actual.includes('is £0 of £7.5m (0%); more than half, £3.75m, was required')), actuals.join('\n'));
        assert.ok(actuals.some((actual) => actual.includes('the reinvestment of £2.5m in Surrey for Community care is outside London')), actuals.join('\n'));
    });
});

function* streamAll(node: AstNode): Generator<AstNode> {
    yield node;
    for (const value of Object.values(node)) {
        for (const item of Array.isArray(value) ? value : [value]) {
            if (typeof item === 'object' && item !== null && typeof (item as AstNode).$type === 'string' && (item as AstNode).$container === node) yield* streamAll(item as AstNode);
        }
    }
}
