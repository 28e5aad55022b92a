import type { ComplianceSummary, DataFileChange } from './summary-model.js';

export type { DataFileChange } from './summary-model.js';

/** Each data file's SHA-256 in a summary, from the sources of its targets' figures. */
function hashes(summary: ComplianceSummary): Map<string, string> {
    const result = new Map<string, string>();
    for (const target of summary.targets) for (const source of target.sources ?? []) result.set(source.file, source.sha256);
    return result;
}

/**
 * The dataset files whose content changed (or that came into or went out of use) between two versions, each with
 * the targets that take evidence from it and whose status moved.
 */
export function dataFileChanges(before: ComplianceSummary, after: ComplianceSummary): DataFileChange[] {
    const old = hashes(before);
    const now = hashes(after);
    const beforeTargets = new Map(before.targets.map((target) => [target.id, target]));
    const changes: DataFileChange[] = [];
    for (const file of [...new Set([...old.keys(), ...now.keys()])].sort()) {
        if (old.get(file) === now.get(file)) continue;
        const targets: DataFileChange['targets'] = [];
        for (const target of after.targets) {
            const earlier = beforeTargets.get(target.id);
            const uses = (summary: { sources?: { file: string }[] } | undefined) => summary?.sources?.some((source) => source.file === file) ?? false;
            if (!uses(target) && !uses(earlier)) continue;
            if (earlier?.status === target.status) continue;
            targets.push({
                id: target.id, name: target.name, ...(target.title ? { title: target.title } : {}),
                ...(earlier ? { before: earlier.status } : {}), after: target.status
            });
        }
        changes.push({ file, ...(old.has(file) ? { before: old.get(file) } : {}), ...(now.has(file) ? { after: now.get(file) } : {}), targets });
    }
    return changes;
}
