import { statSync } from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../engine/errors.js';
import { isInside } from '../engine/paths.js';
import { findConfigFile, loadConfigFile, type LoadedConfig } from './config-loader.js';

/**
 * The shared libraries a workspace builds on: the folders and `.lhc` files named by `libraries` in the
 * `lhc.config.json` nearest each given path (`"libraries": ["../england"]`, relative to that file), and by the
 * libraries' own configs in turn. Absolute, each once, in the order first named, so a library that the command line
 * also names, or that two deals share, is loaded once (its names are never declared twice).
 * Raises InputError, naming the config file, for a library that does not exist.
 */
export function libraryPaths(paths: readonly string[], explicit?: LoadedConfig): string[] {
    const result: string[] = [];
    const seenConfigs = new Set<string>();
    const visit = (config: LoadedConfig | undefined): void => {
        if (!config || seenConfigs.has(config.file)) return;
        seenConfigs.add(config.file);
        for (const library of librariesOf(config)) {
            if (result.includes(library)) continue;
            result.push(library);
            const own = findConfigFile(library);
            // Only a config inside the library itself speaks for it (not one above, which may be the deal's own).
            if (own && isInside(own, libraryFolder(library))) visit(loadConfigFile(own));
        }
    };
    if (explicit) visit(explicit);
    else for (const given of paths) visit(configAt(given));
    return result;
}

/** A config's `libraries`, resolved against its folder; each must exist. */
export function librariesOf(config: LoadedConfig): string[] {
    const folder = path.dirname(config.file);
    return (config.config.libraries ?? []).map((written, index) => {
        const resolved = path.resolve(folder, written);
        try {
            const stats = statSync(resolved);
            if (!stats.isDirectory() && !resolved.endsWith('.lhc')) throw new InputError(`${config.file}: libraries.${index}: '${written}' is neither a folder nor an .lhc file`);
        } catch (error) {
            if (error instanceof InputError) throw error;
            const code = (error as NodeJS.ErrnoException).code;
            const problem = code === 'ELOOP' ? 'symbolic link loop at' : code === 'EACCES' ? 'permission denied for' : 'no such folder or file';
            throw new InputError(`${config.file}: libraries.${index}: ${problem} '${written}' (resolved to ${resolved})`);
        }
        return resolved;
    });
}

function configAt(given: string): LoadedConfig | undefined {
    const file = findConfigFile(given);
    return file ? loadConfigFile(file) : undefined;
}

function libraryFolder(library: string): string {
    return library.endsWith('.lhc') ? path.dirname(library) : library;
}
