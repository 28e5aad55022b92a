import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../engine/errors.js';
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

/** The starter config; its `$schema` is a path from `folder` to the installed package's schema, so editors find it offline. */
export function starterConfig(folder: string): string {
    const schema = path.relative(folder, CONFIG_SCHEMA).split(path.sep).join('/');
    return `${JSON.stringify({ $schema: schema.startsWith('.') ? schema : `./${schema}`, rules: {}, ignore: [] }, null, 2)}\n`;
}

export const initCommand: CliCommand = {
    name: 'init',
    summary: 'Create a new agreement workspace: a starter .lhc file and lhc.config.json (never overwrites).',
    usage: 'lhc init [folder]',
    options: {},
    async run(_values, positionals, io) {
        if (positionals.length > 1) throw new InputError('init takes at most one folder');
        const folder = path.resolve(io.cwd, positionals[0] ?? '.');
        const created = initWorkspace(folder);
        for (const file of created) io.stdout(`created ${path.relative(io.cwd, file) || file}\n`);
        io.stdout(`Next: edit ${STARTER_FILE}, then run \`lhc check ${path.relative(io.cwd, folder) || '.'}\`.\n`);
        return EXIT_OK;
    }
};

/** Writes the starter files into `folder` (created if missing); refuses when either file already exists. */
export function initWorkspace(folder: string): string[] {
    const files = [[path.join(folder, STARTER_FILE), STARTER_AGREEMENT], [path.join(folder, CONFIG_FILE), starterConfig(folder)]] as const;
    const existing = files.filter(([file]) => existsSync(file)).map(([file]) => path.basename(file));
    if (existing.length > 0) throw new InputError(`refusing to overwrite ${existing.join(' and ')} in ${folder}`);
    try {
        mkdirSync(folder, { recursive: true });
    } catch (error) {
        throw new InputError(`Cannot create ${folder}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    for (const [file, content] of files) writeAtomically(file, content);
    return files.map(([file]) => file);
}

/** Temp file + rename, so a file the user will edit is never left half-written. */
function writeAtomically(file: string, content: string): void {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
        writeFileSync(temporary, content, { flag: 'wx' });
        renameSync(temporary, file);
    } catch (error) {
        throw new InputError(`Cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
}
