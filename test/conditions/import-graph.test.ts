import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { REPO_ROOT } from '../repo-paths.js';

const FOLDER = path.join(REPO_ROOT, 'language', 'conditions');

/** Each module of the folder → the modules of the folder it imports or re-exports from (types included). */
function importGraph(): Map<string, string[]> {
    const files = readdirSync(FOLDER).filter((name) => name.endsWith('.ts'));
    return new Map(files.map((file) => {
        const text = readFileSync(path.join(FOLDER, file), 'utf8');
        const targets = [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'\.\/([^']+)\.js'/gm)].map((match) => `${match[1]}.ts`);
        return [file, [...new Set(targets)].filter((target) => files.includes(target))];
    }));
}

/** The modules that lie on an import cycle: those from which following imports leads back to themselves. */
function modulesOnCycles(graph: Map<string, string[]>): string[] {
    const reaches = (from: string, to: string): boolean => {
        const seen = new Set<string>();
        const stack = [...(graph.get(from) ?? [])];
        while (stack.length > 0) {
            const next = stack.pop()!;
            if (next === to) return true;
            if (seen.has(next)) continue;
            seen.add(next);
            stack.push(...(graph.get(next) ?? []));
        }
        return false;
    };
    return [...graph.keys()].filter((file) => reaches(file, file)).sort();
}

describe('language/conditions imports', () => {
    it('form no circle: shared types live in condition-shapes.ts, which imports nothing back', () => {
        const graph = importGraph();
        assert.ok(graph.size >= 20 && (graph.get('condition-run.ts') ?? []).includes('condition-explain.ts'), 'the graph is read');
        assert.deepEqual(graph.get('condition-shapes.ts'), []);
        assert.deepEqual(modulesOnCycles(graph), []);
    });
});
