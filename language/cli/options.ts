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
