import { counted } from '../model/counted.js';
import * as path from 'node:path';
import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeLensProvider, LangiumServices } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { LhcServices } from '../lhc-module.js';
import { isTestDocument } from '../scenarios/test-files.js';
import { conditionStatusLine } from './lhc-condition-status.js';
import { headerRange } from './lhc-test-request.js';
import { RUN_TEST_COMMAND } from './lhc-test-protocol.js';
import { commitmentStatusLine } from './lhc-commitment-status.js';
import { progressOf, targetStatusLine } from './lhc-target-status.js';

/**
 * Live status above the declarations it concerns, judged as of the effective date:
 * each target shows where it stands (`on track · 14.5% → goal 13% by 2020-12-31`), each condition whether
 * it holds (`passes`, `2 violations`, `waived (1)`), from the same cached evaluation the diagnostics use.
 * Lenses are labels that run no command — except on a scenario test, where the lens shows the test's result
 * (`✓ passes`, `✗ fails: 1 of 2 expectations`) and runs the test again when clicked.
 */
export class LhcCodeLensProvider implements CodeLensProvider {
    private readonly services: LhcServices;

    constructor(services: LangiumServices) {
        this.services = services as LhcServices;
    }

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): MaybePromise<CodeLens[] | undefined> {
        const lenses: CodeLens[] = [];
        for (const test of (document.parseResult.value as ast.Document).tests ?? []) {
            if (isTestDocument(document)) lenses.push(testLens(this.services, test));
        }
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            const title = this.titleFor(node);
            const range = title ? (GrammarUtils.findNodeForProperty(node.$cstNode, 'name') ?? node.$cstNode)?.range : undefined;
            if (title && range) lenses.push({ range, command: { title, command: '' } });
        }
        return lenses;
    }

    private titleFor(node: AstNode): string | undefined {
        if (ast.isTarget(node)) {
            const { progress } = progressOf(this.services, node);
            return targetStatusLine(node, progress);
        }
        if (ast.isCondition(node)) return conditionStatusLine(this.services, node);
        if (ast.isCommitment(node)) return commitmentStatusLine(this.services, node);
        return undefined;
    }
}

/** A test's lens: its result in the current workspace state, and the command that runs it again. */
function testLens(services: LhcServices, test: ast.TestCase): CodeLens {
    const result = services.lhc.Scenarios.result(test);
    const failed = result.expectations.filter((judged) => !judged.passed).length;
    const title = result.passed ? '✓ passes'
        : result.halfRead.length > 0 ? `✗ fails: ran against a workspace with syntax errors (${result.halfRead.map((file) => `${path.basename(file.file)}${file.line ? `:${file.line}` : ''}`).join(', ')})`
        : result.problem ? '✗ fails: no expectation'
            : `✗ fails: ${failed} of ${counted(result.expectations.length, 'expectation')}`;
    return {
        range: headerRange(test),
        command: { title: `${title} · run test`, command: RUN_TEST_COMMAND, arguments: [AstUtils.getDocument(test).uri.toString(), test.name] }
    };
}
