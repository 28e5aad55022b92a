import { watch, type FSWatcher } from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../../engine/errors.js';
import { writeFileSafely } from '../../engine/write-file.js';
import { TEST_FORMAT_NAMES, TEST_FORMATS } from '../../render/test-results.js';
import { coveragePercent } from '../../scenarios/coverage.js';
import { runTestSession } from '../../scenarios/test-session.js';
import { halfReadLine } from '../../parsing/syntax-errors.js';
import { EXIT_FINDINGS, EXIT_OK, type CliCommand, type CliIo } from '../command.js';
import { parseAsOf, parseChoice, parseCountOption, resolvePaths } from '../options.js';

export const testCommand: CliCommand = {
    name: 'test',
    summary: 'Run the scenario tests (*.test.lhc): does each condition and rule say what its tests expect?',
    usage: `lhc test [paths…] [--format ${TEST_FORMAT_NAMES.join('|')}] [--out FILE] [--as-of YYYY-MM-DD] [--coverage] [--coverage-threshold N] [--watch]`,
    options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        'as-of': { type: 'string' },
        coverage: { type: 'boolean' },
        'coverage-threshold': { type: 'string' },
        watch: { type: 'boolean', short: 'w' }
    },
    async run(values, positionals, io) {
        const format = parseChoice('format', values.format, TEST_FORMAT_NAMES, 'text');
        const threshold = parseCountOption('coverage-threshold', values['coverage-threshold']);
        if (threshold !== undefined && threshold > 100) throw new InputError(`--coverage-threshold is a percentage from 0 to 100, not ${threshold}`);
        const options = {
            paths: resolvePaths(positionals, io.cwd),
            asOf: parseAsOf(values['as-of']),
            coverage: values.coverage === true || threshold !== undefined,
            format,
            threshold,
            out: values.out === undefined ? undefined : path.resolve(io.cwd, String(values.out))
        };
        if (!values.watch) return runOnce(options, io);
        return watchAndRun(options, io);
    }
};

interface TestOptions {
    paths: string[];
    asOf?: string;
    coverage: boolean;
    format: typeof TEST_FORMAT_NAMES[number];
    threshold?: number;
    out?: string;
}

/** One run: 0 when every test passes (and coverage meets the threshold), 1 otherwise; input errors throw (2). */
async function runOnce(options: TestOptions, io: CliIo): Promise<number> {
    const session = await runTestSession({
        paths: options.paths,
        asOf: options.asOf,
        cwd: io.cwd,
        coverage: options.coverage,
        onProgress: io.interactive && options.format === 'text' && !options.out ? (message) => io.stderr(`${message}\r`) : undefined
    });
    const text = TEST_FORMATS[options.format](session.results, { cwd: io.cwd, color: io.color && !options.out, coverage: session.coverage });
    if (options.out) writeFileSafely(options.out, text);
    else io.stdout(text);
    // Tests of a half-read workspace fail (their results say so); which files, once each, and where they stop.
    for (const file of session.halfRead) {
        io.stderr(`lhc test: ${halfReadLine(file, (name) => path.relative(io.cwd, name) || name)}; the tests ran against what could be read of it\n`);
    }
    const failed = session.results.some((result) => !result.passed);
    if (options.threshold !== undefined && session.coverage) {
        const percent = coveragePercent(session.coverage);
        if (percent < options.threshold) {
            io.stderr(`lhc test: coverage ${percent}% is below the threshold of ${options.threshold}%\n`);
            return EXIT_FINDINGS;
        }
    }
    return failed ? EXIT_FINDINGS : EXIT_OK;
}

/**
 * `--watch`: runs, then again whenever an `.lhc` file or `lhc.config.json` under the paths changes (changes
 * within 150 ms make one run), until interrupted. A run that fails on bad input says so and keeps watching.
 */
async function watchAndRun(options: TestOptions, io: CliIo): Promise<number> {
    const runReporting = async () => {
        try {
            await runOnce(options, io);
        } catch (error) {
            io.stderr(`lhc test: ${error instanceof InputError ? error.message : String((error as Error).message ?? error).split('\n')[0]}\n`);
        }
        io.stderr('lhc test: watching for changes (Ctrl+C to stop)…\n');
    };
    const watchers: FSWatcher[] = [];
    let timer: NodeJS.Timeout | undefined;
    let running: Promise<void> = Promise.resolve();
    const changed = (file: string | null) => {
        if (file && !file.endsWith('.lhc') && !file.endsWith('lhc.config.json')) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
            running = running.then(async () => {
                io.stderr(`\nlhc test: ${file ?? 'a file'} changed; running the tests again\n`);
                await runReporting();
            });
        }, 150);
    };
    for (const given of options.paths) {
        try {
            watchers.push(watch(path.resolve(io.cwd, given), { recursive: true }, (_event, file) => changed(file === null ? null : String(file))));
        } catch (error) {
            for (const watcher of watchers) watcher.close();
            throw new InputError(`Cannot watch ${given}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
        }
    }
    // Watch before the first run, so a file saved while it runs still triggers the next one.
    running = runReporting();
    return new Promise<number>((resolve) => {
        const stop = () => {
            for (const watcher of watchers) watcher.close();
            clearTimeout(timer);
            resolve(EXIT_OK);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
    });
}


