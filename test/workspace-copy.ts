// Copying an example workspace somewhere else (a test's or the benchmark's temporary folder) so that it still
// checks there: a workspace names its shared libraries by paths relative to its `lhc.config.json`
// (`"libraries": ["../england"]`), so each library is copied to the same place beside the copy.
import { cpSync, existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Copies the workspace folder `source` to `destination`, and every library its config names (and theirs in turn)
 * to the same relative place beside the copy. Raises Node's own error for a library that does not exist.
 */
export function copyWorkspaceWithLibraries(source: string, destination: string): void {
    cpSync(source, destination, { recursive: true });
    const copied = new Set<string>([path.resolve(source)]);
    const copyLibrariesOf = (from: string, to: string): void => {
        for (const library of librariesOf(from)) {
            const original = path.resolve(from, library);
            if (copied.has(original)) continue;
            copied.add(original);
            const copy = path.resolve(to, library);
            cpSync(original, copy, { recursive: true });
            if (statSync(original).isDirectory()) copyLibrariesOf(original, copy);
        }
    };
    copyLibrariesOf(source, destination);
}

/** The `libraries` a workspace's `lhc.config.json` names, as written (relative to the workspace). */
export function librariesOf(workspace: string): string[] {
    const config = path.join(workspace, 'lhc.config.json');
    if (!existsSync(config)) return [];
    const libraries = (JSON.parse(readFileSync(config, 'utf8')) as { libraries?: unknown }).libraries;
    return Array.isArray(libraries) ? libraries.filter((library): library is string => typeof library === 'string') : [];
}
