import type { Diagnostic } from 'vscode-languageserver';
import { builtInChecks } from '../checks/catalogue.js';

/**
 * The validation category of workspace-scoped checks (see `CheckScope`), so the document builder can re-run
 * just them on documents an edit did not otherwise touch. Document-scoped checks keep Langium's default, `fast`.
 */
export const WORKSPACE_CATEGORY = 'workspace';

const workspaceScoped = new Set(builtInChecks.filter((check) => check.scope === 'workspace').map((check) => check.id));

/**
 * Whether a finding comes from a workspace-scoped check: one of those checks, a condition's violation (conditions
 * judge facts anywhere in the workspace) or a scenario test's result (`scope: 'workspace'`: a test runs on the
 * workspace's facts).
 */
export function isWorkspaceScopedDiagnostic(diagnostic: Diagnostic): boolean {
    const data = diagnostic.data as { ruleId?: unknown; source?: unknown; scope?: unknown } | undefined;
    if (data?.source === 'condition' || data?.scope === 'workspace') return true;
    return workspaceScoped.has(String(data?.ruleId ?? diagnostic.code ?? ''));
}
