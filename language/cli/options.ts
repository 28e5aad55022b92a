import { statSync } from 'node:fs';
import { describeStatError } from '../engine/workspace.js';
import * as path from 'node:path';
import { isValidIsoDate } from '../model/dates.js';
import { InputError } from '../engine/errors.js';

export function parseAsOf(value: unknown): string | undefined {
    if (value === undefined) return undefined;
    const text = String(value);
    if (!isValidIsoDate(text)) throw new InputError(`--as-of must be a date like 2019-06-01, not '${text}'`);
    return text;
}

export function parseCountOption(name: string, value: unknown): number | undefined {
    if (value === undefined) return undefined;
    const text = String(value);
    if (!/^\d+$/.test(text)) throw new InputError(`--${name} must be a whole number, not '${text}'`);
    // Past 2^53 a number no longer counts in ones, and past 1.8e308 it is infinity: refused, never rounded.
    if (!Number.isSafeInteger(Number(text))) throw new InputError(`--${name} must be a whole number up to ${Number.MAX_SAFE_INTEGER}, not '${text.length > 24 ? `${text.slice(0, 12)}…` : text}'`);
    return Number(text);
}

export function parseChoice<T extends string>(name: string, value: unknown, choices: readonly T[], fallback: T): T {
    if (value === undefined) return fallback;
    const text = String(value);
    if (!(choices as readonly string[]).includes(text)) {
        throw new InputError(`--${name} must be one of ${choices.join(', ')}, not '${text}'`);
    }
    return text as T;
}

/**
 * The files and folders a command works on, resolved against the command's working folder (the working
 * folder itself when none are given). They stay as the user spelled them when that folder is the process's
 * own, so that messages about them quote the user; a missing one is reported that way here.
 */
export function resolvePaths(positionals: readonly string[], cwd: string): string[] {
    const asGiven = path.resolve(cwd) === process.cwd();
    if (positionals.length === 0) return [asGiven ? '.' : cwd];
    return positionals.map((given) => {
        const absolute = path.resolve(cwd, given);
        try {
            statSync(absolute);
        } catch (error) {
            throw new InputError(describeStatError(given, error));
        }
        return asGiven ? given : absolute;
    });
}
