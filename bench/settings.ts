// What one run of the benchmark measures and where it writes. Everything generated (workspaces, results) goes to
// one folder outside the repository: $LHC_BENCH_DIR, or `lhc-bench` in the system's temporary folder.
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export interface BenchSettings {
    smoke: boolean;
    /** Workspace sizes for raw parse vs full check, in MB of `.lhc` (100 generated files ≈ 1 MB). */
    sizesMb: number[];
    runs: number;
    /** Edits per language-server workspace (on the largest size and on a 10-file workspace). */
    edits: number;
    /** The big workspace for peak memory per MB (0: left out). */
    largeMb: number;
    /** The workspace that may not fit in the heap: `lhc check` must check it or say in one line it is too large (0: left out). */
    hugeMb: number;
    datasetRows: number;
    /** Keep the generated workspaces after the run (for profiling); results are always kept. */
    keep: boolean;
    folder: string;
    workspaces: string;
}

export const FILES_PER_MB = 100;

const USAGE = 'usage: run.js [--smoke] [--sizes 1,4,10] [--runs 3] [--edits 200] [--large 50] [--huge 150] [--rows 50000] [--keep]';

/**
 * The settings from the command line (`npm run bench -- --sizes 1,4 --large 0`) and the environment.
 * Raises an Error with a one-line message for a malformed option or an output folder inside the repository.
 */
export function benchSettings(argv: readonly string[], env: NodeJS.ProcessEnv, repository: string): BenchSettings {
    const smoke = argv.includes('--smoke');
    const option = (name: string): string | undefined => {
        const at = argv.indexOf(`--${name}`);
        if (at < 0) return undefined;
        const value = argv[at + 1];
        if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value; ${USAGE}`);
        return value;
    };
    const number = (name: string, fallback: number): number => {
        const value = option(name);
        if (value === undefined) return fallback;
        if (!/^\d+$/.test(value)) throw new Error(`--${name} must be a whole number, not '${value}'; ${USAGE}`);
        return Number(value);
    };
    const sizes = option('sizes');
    if (sizes !== undefined && !/^\d+(,\d+)*$/.test(sizes)) throw new Error(`--sizes must be MB figures like 1,4,10, not '${sizes}'; ${USAGE}`);
    const folder = path.resolve(env.LHC_BENCH_DIR || path.join(tmpdir(), 'lhc-bench'));
    const relative = path.relative(repository, folder);
    if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) {
        throw new Error(`LHC_BENCH_DIR (${folder}) is inside the repository: the benchmark writes only outside it`);
    }
    const sizesMb = sizes ? sizes.split(',').map(Number).filter((mb) => mb > 0) : smoke ? [1] : [1, 4, 10];
    return {
        smoke,
        sizesMb: [...new Set(sizesMb)].sort((a, b) => a - b),
        runs: number('runs', smoke ? 1 : 3) || 1,
        edits: number('edits', smoke ? 10 : 200),
        largeMb: number('large', smoke ? 0 : 50),
        hugeMb: number('huge', smoke ? 0 : 150),
        datasetRows: number('rows', smoke ? 5_000 : 50_000),
        keep: argv.includes('--keep'),
        folder,
        workspaces: path.join(folder, 'workspaces')
    };
}

/** The settings of this process's command line; a malformed option ends the process with its one line and exit 2. */
export function benchSettingsOrExit(repository: string): BenchSettings {
    try {
        return benchSettings(process.argv.slice(2), process.env, repository);
    } catch (error) {
        process.stderr.write(`${(error as Error).message}\n`);
        process.exit(2);
    }
}
