import { statSync } from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../engine/errors.js';
import { findConfigFile } from './config-loader.js';
import { compareText } from '../model/text-order.js';

/**
 * Refuses a folder that holds several workspaces. A workspace is the folder of an `lhc.config.json` with the
 * `.lhc` files below it (its own severities, `asOf`, `ignore` and `libraries`); files under no config form one more.
 * Checking such a folder as one would judge each deal with another's config and link names across deals that do
 * not share them (a broken example's facts into London's conditions), so each given folder must lie within one
 * workspace, as ESLint refuses to lint without the one config that governs the files. Folders named together on the
 * command line are checked together, as asked. Files inside the given libraries do not count: they are shared.
 * Raises an InputError naming the workspaces, in one line.
 */
export function refuseSeveralWorkspaces(paths: readonly string[], files: readonly string[], libraries: readonly string[], command = 'lhc check'): void {
    const configOf = new Map<string, string>();
    const ownerOf = (file: string): string => {
        const folder = path.dirname(file);
        let owner = configOf.get(folder);
        if (owner === undefined) {
            owner = findConfigFile(folder) ?? '';
            configOf.set(folder, owner);
        }
        return owner;
    };
    const inLibrary = (file: string) => libraries.some((library) => file === library || isInside(file, library));
    for (const given of paths) {
        const folder = path.resolve(given);
        if (!isFolder(folder)) continue;
        const owners = new Set<string>();
        for (const file of files) if (isInside(file, folder) && !inLibrary(file)) owners.add(ownerOf(file));
        if (owners.size <= 1) continue;
        // The shallowest first: the deals themselves before the examples nested deep inside.
        const names = [...owners].filter(Boolean).map((owner) => path.relative(folder, path.dirname(owner)) || '.')
            .sort((a, b) => a.split(path.sep).length - b.split(path.sep).length || compareText(a, b));
        const loose = owners.has('') ? ', and files under no lhc.config.json' : '';
        const listed = names.length > 4 ? `${names.slice(0, 4).join(', ')} and ${names.length - 4} more` : names.join(', ');
        throw new InputError(`${given} holds ${owners.size} workspaces, each with its own lhc.config.json (${listed}${loose}); ` +
            `check one at a time, e.g. \`${command} ${path.join(given, names[0]!)}\`, or name the folders to check together`);
    }
}

function isFolder(file: string): boolean {
    try {
        return statSync(file).isDirectory();
    } catch {
        return false;
    }
}

function isInside(file: string, folder: string): boolean {
    const relative = path.relative(folder, file);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
