import * as path from 'node:path';
import { AstUtils, type AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import { qualifiedNameOf } from '../linking/lhc-naming.js';
import type { FactIndex } from '../model/facts.js';
import type { ClauseRef, FactRef, PartyRef, SourceRef } from './summary-refs.js';

/** Turns AST nodes into the summary's plain references, with paths relative to one root. */
export class FactRefs {
    private readonly factLocations = new Map<string, { node: AstNode; start: number; end: number }[]>();

    constructor(private readonly root: string) {}

    relative(file: string): string {
        return path.relative(this.root, file).split(path.sep).join('/') || path.basename(file);
    }

    source(node: AstNode): SourceRef | undefined {
        const range = node.$cstNode?.range;
        if (!range) return undefined;
        return { file: this.relative(AstUtils.getDocument(node).uri.fsPath), line: range.start.line + 1 };
    }

    fact(node: AstNode): FactRef {
        const named = node as AstNode & { name?: string; title?: string };
        const name = named.name ?? '';
        const source = this.source(node);
        return {
            type: node.$type === 'Organisation' ? 'Party' : node.$type,
            id: name ? qualifiedNameOf(named as AstNode & { name: string }) : '',
            name,
            ...(typeof named.title === 'string' ? { title: named.title } : {}),
            ...(source ? { source } : {})
        };
    }

    party(party: ast.Party): PartyRef {
        return { ...this.fact(party), kind: ast.isBoard(party) ? 'board' : party.kind };
    }

    partyOf(party: ast.Party | undefined): PartyRef[] {
        return party ? [this.party(party)] : [];
    }

    clause(clause: ast.Clause | undefined): ClauseRef | undefined {
        if (!clause) return undefined;
        const agreement = ast.isAgreement(clause.$container) ? clause.$container.name : undefined;
        return { ...this.fact(clause), text: clause.text, ...(agreement ? { agreement } : {}) };
    }

    /** The innermost declared fact whose text contains a position (1-based line and column), if any. */
    factAt(facts: FactIndex, file: string, line: number, column: number): AstNode | undefined {
        if (this.factLocations.size === 0) this.indexFacts(facts);
        const candidates = this.factLocations.get(file) ?? [];
        const offset = line * 100_000 + column;
        let best: { node: AstNode; start: number; end: number } | undefined;
        for (const candidate of candidates) {
            if (candidate.start <= offset && offset <= candidate.end && (!best || candidate.end - candidate.start < best.end - best.start)) {
                best = candidate;
            }
        }
        return best?.node;
    }

    private indexFacts(facts: FactIndex): void {
        for (const node of allFacts(facts)) {
            const range = node.$cstNode?.range;
            if (!range) continue;
            const file = AstUtils.getDocument(node).uri.fsPath;
            const list = this.factLocations.get(file) ?? [];
            list.push({
                node,
                start: (range.start.line + 1) * 100_000 + range.start.character + 1,
                end: (range.end.line + 1) * 100_000 + range.end.character + 1
            });
            this.factLocations.set(file, list);
        }
    }
}

/** Every declaration a finding can be on or a clause can be cited by. */
export function allFacts(facts: FactIndex): AstNode[] {
    return [
        ...facts.agreements, ...facts.clauses, ...facts.areas, ...facts.parties, ...facts.powers, ...facts.topics,
        ...facts.delegations, ...facts.pilots, ...facts.aspirations, ...facts.targets, ...facts.objectives,
        ...facts.commitments, ...facts.measurements, ...facts.estateAssets, ...facts.estateSales, ...facts.pooledBudgets,
        ...facts.localityTeams, ...facts.conditions, ...facts.waivers
    ];
}

export function uniqueRefs<T extends FactRef>(list: readonly T[]): T[] {
    const seen = new Set<string>();
    return list.filter((ref) => {
        const key = `${ref.type}:${ref.id}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
}

