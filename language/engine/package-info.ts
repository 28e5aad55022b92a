import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** The version of the installed `lhc` package, as tools that read our output (SARIF) expect it. */
export function toolVersion(): string {
    if (cached === undefined) {
        const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
        cached = manifest.version;
    }
    return cached;
}
