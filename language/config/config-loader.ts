import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { InputError } from '../engine/errors.js';
import { CONFIG_FILE_NAME, lhcConfigSchema, type LhcConfig } from './config-schema.js';

/** A loaded configuration and where it came from (ignore globs are relative to its folder). */
export interface LoadedConfig {
    file: string;
    config: LhcConfig;
    /** Whether an absolute file path matches one of the `ignore` globs. */
    isIgnored(file: string): boolean;
}

/** The nearest `lhc.config.json` at or above `start` (a file or folder), or undefined. */
export function findConfigFile(start: string): string | undefined {
    let folder = path.resolve(start);
    try {
        if (!statSync(folder).isDirectory()) folder = path.dirname(folder);
    } catch {
        folder = path.dirname(folder);
    }
    for (;;) {
        const candidate = path.join(folder, CONFIG_FILE_NAME);
        try {
            const stats = statSync(candidate);
            if (stats.isFile()) return candidate;
            throw new InputError(`${candidate} is ${stats.isDirectory() ? 'a folder' : 'not a file'}; lhc.config.json must be a JSON file`);
        } catch (error) {
            if (error instanceof InputError) throw error;
            // not here: keep walking up
        }
        const parent = path.dirname(folder);
        if (parent === folder) return undefined;
        folder = parent;
    }
}

const SEVERITIES = ['error', 'warning', 'info', 'off'];

/** Reads and validates a config file; anything wrong is an input error naming the file and the offending key. */
export function loadConfigFile(file: string): LoadedConfig {
    let text: string;
    try {
        // A UTF-8 byte-order mark (Windows editors write one) is not part of the JSON: dropped, as in .lhc and CSV files.
        text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
    } catch (error) {
        throw new InputError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    let json: unknown;
    try {
        json = JSON.parse(text);
    } catch (error) {
        throw new InputError(`${file} is not valid JSON: ${(error as Error).message}`);
    }
    const parsed = lhcConfigSchema.safeParse(json);
    if (!parsed.success) throw new InputError(`${file}: ${describeIssue(parsed.error.issues[0]!)}`);
    // Rule ids are read as the file's own keys: `"__proto__"` is a key like any other (and an unknown rule), never
    // the prototype of an object.
    const rawRules = (json as { rules?: unknown }).rules;
    const config = { ...parsed.data, ...(rawRules && typeof rawRules === 'object' ? { rules: Object.fromEntries(Object.entries(rawRules).filter(([, v]) => SEVERITIES.includes(v as string))) as LhcConfig['rules'] } : {}) };
    const folder = path.dirname(file);
    const matchers = (config.ignore ?? []).map(ignoreMatcher);
    return {
        file,
        config,
        isIgnored: (candidate) => {
            const relative = path.relative(folder, candidate).split(path.sep).join('/');
            if (relative === '' || relative.startsWith('..')) return false;
            // A path is ignored when it, or a folder it is in, matches: `drafts` ignores everything under drafts/.
            const parts = relative.split('/');
            for (let length = 1; length <= parts.length; length++) {
                const prefix = parts.slice(0, length).join('/');
                if (matchers.some((matches) => matches(prefix))) return true;
            }
            return false;
        }
    };
}

/**
 * An `ignore` entry read as in `.gitignore`: `/drafts/**` and `/drafts` are anchored at the config's folder;
 * `drafts` and `drafts/` (no other slash) match a file or folder of that name at any depth; a trailing `/**` or
 * `/` also covers the folder itself. Globs (`*.draft.lhc`) follow picomatch.
 */
function ignoreMatcher(glob: string): (relative: string) => boolean {
    let pattern = glob.trim();
    const anchored = pattern.startsWith('/');
    if (anchored) pattern = pattern.slice(1);
    pattern = pattern.replace(/\/\*\*$/, '').replace(/\/+$/, '');
    if (!anchored && !pattern.includes('/')) pattern = `**/${pattern}`;
    return picomatch(pattern, { dot: true });
}

/** The configuration for a run over `paths`: the nearest config above the first path, if any. */
export function loadConfigFor(paths: readonly string[], explicit?: string): LoadedConfig | undefined {
    if (explicit) return loadConfigFile(path.resolve(explicit));
    const file = findConfigFile(paths[0] ?? process.cwd());
    return file ? loadConfigFile(file) : undefined;
}

function describeIssue(issue: { path: PropertyKey[]; message: string; code: string; keys?: string[]; issues?: { message: string }[] }): string {
    const where = issue.path.map(String).join('.');
    // A bad key in `rules`: say what a key must be, not just that it is invalid.
    if (issue.code === 'invalid_key' && issue.issues?.[0]) return `${where}: ${issue.issues[0].message}`;
    if (issue.code === 'unrecognized_keys' && issue.keys) {
        const key = [where, issue.keys[0]].filter(Boolean).join('.');
        return `${key}: unknown setting (allowed: ${Object.keys(lhcConfigSchema.shape).join(', ')})`;
    }
    return `${where || '(top level)'}: ${issue.message}`;
}

/** Rule ids the config names that are neither built-in checks nor conditions of the workspace (likely typos). */
export function unknownRuleIds(config: LoadedConfig | undefined, knownIds: Iterable<string>): string[] {
    const known = new Set(knownIds);
    return Object.keys(config?.config.rules ?? {}).filter((id) => !known.has(id));
}
