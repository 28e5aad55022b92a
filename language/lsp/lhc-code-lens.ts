import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeLensProvider, LangiumServices } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { LhcServices } from '../lhc-module.js';
import { conditionStatusLine } from './lhc-condition-status.js';
import { commitmentStatusLine } from './lhc-commitment-status.js';
import { progressOf, targetStatusLine } from './lhc-target-status.js';

/**
 * Live status above the declarations it concerns, judged as of the effective date:
 * each target shows where it stands (`on track · 14.5% → goal 13% by 2020-12-31`), each condition whether
 * it holds (`passes`, `2 violations`, `waived (1)`), from the same cached evaluation the diagnostics use.
 * Lenses are labels: they run no command.
 */
export class LhcCodeLensProvider implements CodeLensProvider {
    private readonly services: LhcServices;

    constructor(services: LangiumServices) {
        this.services = services as LhcServices;
    }

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): MaybePromise<CodeLens[] | undefined> {
        const lenses: CodeLens[] = [];
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
