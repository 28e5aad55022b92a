import type { CommitmentChange, ComplianceSummary } from './summary-model.js';

export type { CommitmentChange } from './summary-model.js';

/** Commitments whose status differs between an earlier summary and the current one. */
export function commitmentChanges(before: ComplianceSummary, after: ComplianceSummary): CommitmentChange[] {
    const old = new Map((before.commitments ?? []).map((commitment) => [commitment.id, commitment]));
    const now = new Map((after.commitments ?? []).map((commitment) => [commitment.id, commitment]));
    const changes: CommitmentChange[] = [];
    for (const id of new Set([...old.keys(), ...now.keys()])) {
        const [was, is] = [old.get(id), now.get(id)];
        if (was?.status === is?.status) continue;
        const named = (is ?? was)!;
        changes.push({
            id, name: named.name, ...(named.title ? { title: named.title } : {}),
            ...(was ? { before: was.status } : {}), ...(is ? { after: is.status } : {})
        });
    }
    return changes;
}
