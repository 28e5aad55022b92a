import { existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../engine/errors.js';
import { findLhcFiles } from '../../engine/workspace.js';
import { writeFileSafely } from '../../engine/write-file.js';
import { EXIT_OK, type CliCommand } from '../command.js';

export const STARTER_FILE = 'agreement.lhc';
export const CONFIG_FILE = 'lhc.config.json';

/** A starter agreement that passes `lhc check` as created: a party (and its Healthwatch), a pilot, a target and a condition. */
export const STARTER_AGREEMENT = `// A new agreement workspace, made by \`lhc init\`. The names, dates and figures are illustrative:
// replace them with your agreement's own. \`lhc check\` checks it; \`lhc rules\` lists what is checked.

area ExampleRegion "Example Region" region
area NorthBorough "North Borough" borough within ExampleRegion

party NorthCouncil "North Borough Council" council serves NorthBorough
// Patients and the public take part through the local Healthwatch (a pilot without them is warned about).
party NorthHealthwatch "Healthwatch North Borough" healthwatch serves NorthBorough

theme Prevention "Prevention"

agreement ExampleAgreement "Example Health and Care Devolution Agreement" {
    signed 2025-01-15
    signatories NorthCouncil, NorthHealthwatch
    clause Pilots "The partners will run a prevention pilot in North Borough, led locally."

    pilot PreventionPilot "North Borough prevention pilot" {
        areas NorthBorough
        themes Prevention
        leads NorthCouncil
        partners NorthHealthwatch
        starts 2025-04-01
        per Pilots
    }

    aspiration FitterNorth "A fitter North Borough" {
        per Pilots
        target ActiveAdults "More adults achieving recommended activity levels" {
            metric "Share of adults achieving recommended activity levels"
            unit "%"
            direction increase
            baseline 55% on 2024-03-31
            goal 70%
            by 2030-03-31
        }
    }

    // The agreement's own rules, as data: see \`lhc explain PilotsLedLocally\`.
    condition PilotsLedLocally "Every pilot is led by parties serving the region" per Pilots {
        every pilot in pilots: pilot.leads is set and (every lead in pilot.leads: lead within ExampleRegion)
    }
}
`;

/** The config schema of the installed package (out/language/cli/commands → the package root). */
const CONFIG_SCHEMA = fileURLToPath(new URL('../../../../schemas/lhc.config.schema.json', import.meta.url));

/**
 * The starter config: its `$schema` is a path from `folder` to the installed package's schema, so editors find it
 * offline; with a shared library (`lhc init --library ../england`), it names it under `libraries`.
 */
export function starterConfig(folder: string, libraries: readonly string[] = []): string {
    const schema = path.relative(folder, CONFIG_SCHEMA).split(path.sep).join('/');
    return `${JSON.stringify({
        $schema: schema.startsWith('.') ? schema : `./${schema}`,
        rules: {},
        ignore: [],
        ...(libraries.length > 0 ? { libraries } : {})
    }, null, 2)}\n`;
}

export const initCommand: CliCommand = {
    name: 'init',
    summary: 'Create a new agreement workspace: a starter .lhc file and lhc.config.json (never overwrites); --library starts it on a shared national library.',
    usage: 'lhc init [folder] [--library <folder>]',
    options: { library: { type: 'string' } },
    async run(values, positionals, io) {
        if (positionals.length > 1) throw new InputError('init takes at most one folder');
        const folder = path.resolve(io.cwd, positionals[0] ?? '.');
        const library = typeof values.library === 'string' ? libraryFor(folder, path.resolve(io.cwd, values.library)) : undefined;
        const created = initWorkspace(folder, library ? [library] : []);
        for (const file of created) io.stdout(`created ${path.relative(io.cwd, file) || file}\n`);
        if (library) io.stdout(`The workspace builds on the shared library ${library} (libraries in ${CONFIG_FILE}).\n`);
        else {
            const nearby = nearbyLibrary(folder);
            if (nearby) io.stdout(`Tip: to build on the shared national library, start with \`lhc init ${positionals[0] ?? '.'} --library ${path.relative(io.cwd, nearby) || nearby}\` (or add it under "libraries" in ${CONFIG_FILE}).\n`);
        }
        io.stdout(`Next: edit ${STARTER_FILE}, then run \`lhc check ${path.relative(io.cwd, folder) || '.'}\`.\n`);
        return EXIT_OK;
    }
};

/** Writes the starter files into `folder` (created if missing); refuses when either file already exists. */
export function initWorkspace(folder: string, libraries: readonly string[] = []): string[] {
    const files = [[path.join(folder, STARTER_FILE), STARTER_AGREEMENT], [path.join(folder, CONFIG_FILE), starterConfig(folder, libraries)]] as const;
    const existing = files.filter(([file]) => existsSync(file)).map(([file]) => path.basename(file));
    if (existing.length > 0) throw new InputError(`refusing to overwrite ${existing.join(' and ')} in ${folder}`);
    try {
        mkdirSync(folder, { recursive: true });
    } catch (error) {
        throw new InputError(`Cannot create ${folder}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    for (const [file, content] of files) writeFileSafely(file, content);
    return files.map(([file]) => file);
}

/** The library as the new config will name it (relative to the workspace); it must be a folder of .lhc files. */
function libraryFor(folder: string, library: string): string {
    if (findLhcFiles([library]).length === 0) throw new InputError(`--library ${library}: no .lhc files there`);
    return path.relative(folder, library).split(path.sep).join('/') || '.';
}

/** A national library next to the new workspace (`../england`, as in examples/), to suggest. */
function nearbyLibrary(folder: string): string | undefined {
    const candidate = path.join(path.dirname(folder), 'england');
    try {
        return candidate !== folder && findLhcFiles([candidate]).length > 0 ? candidate : undefined;
    } catch {
        return undefined;
    }
}
