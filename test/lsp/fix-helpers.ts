import { strict as assert } from 'node:assert';
import { testCodeAction } from 'langium/test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { LhcServices } from '../../language/lhc-module.js';
import { buildWorkspace, resetWorkspace } from '../helpers.js';

/** The errors of a fresh build of these texts, as `rule: message` lines (document order kept out of it). */
export async function errorsOf(services: LhcServices, texts: readonly string[]): Promise<string[]> {
    await resetWorkspace(services);
    const { diagnostics } = await buildWorkspace(services, ...texts);
    return diagnostics.flat()
        .filter((diagnostic: Diagnostic) => diagnostic.severity === DiagnosticSeverity.Error)
        .map((diagnostic) => `${String(diagnostic.code)}: ${diagnostic.message}`)
        .sort();
}

/**
 * `testCodeAction`, then the fixed text is built again from scratch beside the rest of the workspace: a quick fix
 * must never add an error of its own (a fix that trades one finding for another is no fix). `workspace` are the
 * other files, which the fix must not need to change.
 */
export function fixWithoutNewErrors(services: LhcServices) {
    const fix = testCodeAction(services);
    return async (before: string, code: string, after: string | undefined, workspace: readonly string[] = []) => {
        await resetWorkspace(services);
        if (workspace.length > 0) await buildWorkspace(services, ...workspace);
        const result = await fix(before, code, after);
        if (after === undefined) return result;
        const errorsBefore = new Set(await errorsOf(services, [...workspace, before]));
        const added = (await errorsOf(services, [...workspace, after])).filter((error) => !errorsBefore.has(error));
        assert.deepEqual(added, [], `the quick fix for ${code} added errors`);
        return result;
    };
}
