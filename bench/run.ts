// `npm run bench`: generates the workspaces, measures each size in fresh child processes, prints a table and
// writes `bench/results.json`. `npm run bench:smoke` (`--smoke`): the smallest size, one run, small big-input
// cases — so the benchmark never rots; it fails when a measurement breaks, never on a timing target.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { singleDocument, withSyntaxErrors, workspaceFiles, writeWorkspace } from './generate.js';
import { NODE_FLAGS } from './node-flags.js';
import { writeDatasetWorkspaces } from './dataset-scale.js';

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const benchFolder = path.join(repository, 'bench');
const workspaces = path.join(benchFolder, 'workspaces');
const polyfill = pathToFileURL(path.join(repository, 'language', 'polyfill.mjs')).href;
const smoke = process.argv.includes('--smoke');

const SIZES = smoke ? [{ label: '1 MB', files: 100 }] : [{ label: '1 MB', files: 100 }, { label: '4 MB', files: 400 }, { label: '10 MB', files: 1000 }];
const RUNS = smoke ? 1 : 3;
const LSP_LINES = 5000;
const LSP_EDITS = smoke ? 20 : 200;

const failures: string[] = [];

interface ParseResult { files: number; bytes: number; parseSeconds: number; parseCpuSeconds: number; parserSetupSeconds: number; lexerErrors: number; parserErrors: number; peakRssMb: number }
interface CheckResult {
    files: number; checkSeconds: number; checkCpuSeconds: number; phases: Record<string, number>; rules: Record<string, number>; conditionSeconds: number;
    findings: { errors: number; warnings: number; infos: number; waived: number }; findingsByRule: Record<string, number>; peakRssMb: number;
}

/** Runs one measurement in a fresh Node process with the CLI's own flags; its last stdout line is its JSON result. */
function child<T>(label: string, script: string, args: string[]): T | undefined {
    const started = performance.now();
    const result = spawnSync(process.execPath, [...NODE_FLAGS, '--import', polyfill, path.join(repository, 'out', 'bench', script), ...args], {
        encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 15 * 60 * 1000
    });
    const lastLine = result.stdout?.trim().split('\n').pop() ?? '';
    if (result.status !== 0 || !lastLine.startsWith('{')) {
        const reason = result.error ? result.error.message : result.signal ? `killed by ${result.signal}` : `exit ${result.status}`;
        failures.push(`${label}: ${reason}\n${(result.stderr ?? '').trim().split('\n').slice(-8).join('\n')}`);
        process.stdout.write(`  ${label}: FAILED (${reason})\n`);
        return undefined;
    }
    process.stdout.write(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s wall\n`);
    return JSON.parse(lastLine) as T;
}

function expect(condition: boolean, message: string): void {
    if (!condition) failures.push(message);
}

function min(values: number[]): number {
    return Math.min(...values);
}

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function stats(values: number[]): { min: number; median: number; runs: number[] } {
    return { min: min(values), median: median(values), runs: values };
}

/** Findings that mean the generated workspace no longer matches the grammar or its own names. */
function brokenGeneratedContent(check: CheckResult): string[] {
    return ['syntax-error', 'unresolved-reference', 'duplicate-name'].filter((id) => (check.findingsByRule[id] ?? 0) > 0)
        .map((id) => `${id} × ${check.findingsByRule[id]}`);
}

mkdirSync(workspaces, { recursive: true });
const started = new Date();
process.stdout.write(`lhc benchmark${smoke ? ' (smoke)' : ''} — Node ${process.version}, flags ${NODE_FLAGS.join(' ') || '(none)'}\n`);

// --- Workspace sizes: raw parse vs full check -----------------------------------------------------------------
interface Stats { min: number; median: number; runs: number[] }
interface SizeResult {
    label: string; files: number; bytes: number; rawParseSeconds: Stats; checkSeconds: Stats; fullOverRawParse: number; fullOverRawParseMedian: number;
    rawParseCpuSeconds: Stats; checkCpuSeconds: Stats; fullOverRawParseCpu: number; parserSetupSeconds: number;
    phasesOfMedianRun: Record<string, number>; rulesOfMedianRun: Record<string, number>; conditionSeconds: number; conditionShare: number;
    findings: CheckResult['findings']; findingsByRule: Record<string, number>; rawParsePeakRssMb: number; checkPeakRssMb: number;
}
const sizeResults: SizeResult[] = [];
for (const size of SIZES) {
    const folder = path.join(workspaces, `ws-${size.files}`);
    const bytes = writeWorkspace(folder, { files: size.files });
    process.stdout.write(`${size.label}: ${size.files} files, ${(bytes / 1e6).toFixed(2)} MB\n`);
    const parses: ParseResult[] = [];
    const checks: CheckResult[] = [];
    for (let run = 1; run <= RUNS; run++) {
        const parse = child<ParseResult>(`raw parse, run ${run}`, 'measure-parse.js', [folder]);
        if (parse) parses.push(parse);
        const check = child<CheckResult>(`full check, run ${run}`, 'measure-check.js', [folder]);
        if (check) checks.push(check);
    }
    for (const parse of parses) expect(parse.lexerErrors + parse.parserErrors === 0, `${size.label}: the generated workspace has ${parse.lexerErrors + parse.parserErrors} syntax errors`);
    for (const check of checks) {
        const broken = brokenGeneratedContent(check);
        expect(broken.length === 0, `${size.label}: the generated workspace has findings it must not have: ${broken.join(', ')}`);
    }
    if (parses.length === 0 || checks.length === 0) continue;
    const medianCheck = [...checks].sort((a, b) => a.checkSeconds - b.checkSeconds)[Math.floor(checks.length / 2)]!;
    const parse = stats(parses.map((result) => result.parseSeconds));
    const check = stats(checks.map((result) => result.checkSeconds));
    sizeResults.push({
        label: size.label,
        files: size.files,
        bytes,
        rawParseSeconds: parse,
        checkSeconds: check,
        fullOverRawParse: check.min / parse.min,
        fullOverRawParseMedian: check.median / parse.median,
        rawParseCpuSeconds: stats(parses.map((result) => result.parseCpuSeconds)),
        checkCpuSeconds: stats(checks.map((result) => result.checkCpuSeconds)),
        fullOverRawParseCpu: min(checks.map((result) => result.checkCpuSeconds)) / min(parses.map((result) => result.parseCpuSeconds)),
        parserSetupSeconds: min(parses.map((result) => result.parserSetupSeconds)),
        phasesOfMedianRun: medianCheck.phases,
        rulesOfMedianRun: medianCheck.rules,
        conditionSeconds: medianCheck.conditionSeconds,
        conditionShare: medianCheck.conditionSeconds / medianCheck.checkSeconds,
        findings: medianCheck.findings,
        findingsByRule: medianCheck.findingsByRule,
        rawParsePeakRssMb: Math.max(...parses.map((result) => result.peakRssMb)),
        checkPeakRssMb: Math.max(...checks.map((result) => result.peakRssMb))
    });
}

// --- Cold `lhc check` of one small file --------------------------------------------------------------------------
const smallFile = path.join(workspaces, 'small.lhc');
writeFileSync(smallFile, singleDocument({ lines: 400 }));
const coldRuns: number[] = [];
for (let run = 1; run <= RUNS; run++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [path.join(repository, 'bin', 'lhc.js'), 'check', smallFile, '--format', 'json'], { encoding: 'utf8' });
    const elapsed = (performance.now() - start) / 1000;
    if (result.status !== 0 && result.status !== 1) failures.push(`cold lhc check: exit ${result.status}\n${result.stderr}`);
    else coldRuns.push(elapsed);
    process.stdout.write(`  cold lhc check of one small file, run ${run}: ${elapsed.toFixed(2)} s\n`);
}
const coldSingleFile = coldRuns.length ? { file: 'small.lhc', lines: 400, seconds: stats(coldRuns) } : undefined;

// --- Language-server latency ---------------------------------------------------------------------------------
const lspDocument = path.join(workspaces, 'lsp-5000-lines.lhc');
writeFileSync(lspDocument, singleDocument({ lines: LSP_LINES }));
const lsp = child<{ lines: number; openSeconds: number; edits: number; p50Ms: number; p95Ms: number; maxMs: number; serverPeakRssMb?: number; openDiagnostics: number }>(
    `language server: open ${LSP_LINES} lines, ${LSP_EDITS} edits`, 'lsp-latency.js', [lspDocument, String(LSP_EDITS)]);
if (lsp) expect(lsp.edits === LSP_EDITS, `language server: ${lsp.edits} of ${LSP_EDITS} edits measured`);

// --- Memory and big inputs ---------------------------------------------------------------------------------------
const bigFiles = smoke ? 100 : 1000;
const bigLabel = smoke ? '1 MB' : '10 MB';
const bigInputs: Record<string, unknown> = {};
if (!smoke) {
    const folder = path.join(workspaces, 'ws-5000');
    const bytes = writeWorkspace(folder, { files: 5000 });
    process.stdout.write(`50 MB workspace: 5000 files, ${(bytes / 1e6).toFixed(1)} MB\n`);
    const check = child<CheckResult>('full check of 50 MB', 'measure-check.js', [folder]);
    bigInputs.workspace50MB = check ? { bytes, checkSeconds: check.checkSeconds, peakRssMb: check.peakRssMb, phases: check.phases } : { bytes, failed: true };
}
{
    const folder = path.join(workspaces, 'single-file');
    const text = singleDocument({ bytes: bigFiles * 10_000 });
    writeSingle(folder, 'single.lhc', text);
    process.stdout.write(`single ${bigLabel} file: ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB, ${text.split('\n').length} lines\n`);
    const parse = child<ParseResult>(`raw parse of a single ${bigLabel} file`, 'measure-parse.js', [folder]);
    const check = child<CheckResult>(`full check of a single ${bigLabel} file`, 'measure-check.js', [folder]);
    bigInputs.singleFile = {
        bytes: Buffer.byteLength(text),
        rawParseSeconds: parse?.parseSeconds, checkSeconds: check?.checkSeconds, peakRssMb: check?.peakRssMb, failed: !parse || !check
    };
}
{
    const clean = path.join(workspaces, `ws-${bigFiles}`);
    writeWorkspace(clean, { files: bigFiles });
    const folder = path.join(workspaces, `ws-${bigFiles}-syntax-errors`);
    let bytes = 0;
    mkdirSync(folder, { recursive: true });
    for (const { name, text } of workspaceFiles({ files: bigFiles })) {
        const broken = withSyntaxErrors(text);
        writeSingle(folder, name, broken);
        bytes += Buffer.byteLength(broken);
    }
    process.stdout.write(`${bigLabel} workspace with a syntax error every 10 lines: ${(bytes / 1e6).toFixed(1)} MB\n`);
    const cleanParse = child<ParseResult>(`raw parse, clean ${bigLabel}`, 'measure-parse.js', [clean]);
    const parse = child<ParseResult>(`raw parse, ${bigLabel} with syntax errors`, 'measure-parse.js', [folder]);
    const check = child<CheckResult>(`full check, ${bigLabel} with syntax errors`, 'measure-check.js', [folder]);
    if (parse) expect(parse.parserErrors + parse.lexerErrors > 0, 'the syntax-error workspace parsed without errors');
    bigInputs.syntaxErrors = {
        bytes,
        syntaxErrors: parse ? parse.lexerErrors + parse.parserErrors : undefined,
        cleanRawParseSeconds: cleanParse?.parseSeconds,
        rawParseSeconds: parse?.parseSeconds,
        slowdown: cleanParse && parse ? parse.parseSeconds / cleanParse.parseSeconds : undefined,
        rawParsePeakRssMb: parse?.peakRssMb,
        checkSeconds: check?.checkSeconds,
        checkPeakRssMb: check?.peakRssMb,
        failed: !cleanParse || !parse || !check
    };
}

function writeSingle(folder: string, name: string, text: string): void {
    const file = path.join(folder, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
}

// --- A 50,000-row dataset beside the London example ---------------------------------------------------------------
interface DatasetCheck { checkSeconds: number; datasetLoadSeconds: number; findingsByRule: Record<string, number> }
const DATASET_ROWS = smoke ? 5_000 : 50_000;
const datasetItem = (() => {
    const written = writeDatasetWorkspaces(repository, workspaces, DATASET_ROWS);
    try {
        process.stdout.write(`London with a ${DATASET_ROWS.toLocaleString('en-GB')}-row dataset (written under ${path.dirname(written.without)})\n`);
        const without: DatasetCheck[] = [];
        const withDataset: DatasetCheck[] = [];
        for (let run = 1; run <= RUNS; run++) {
            const plain = child<DatasetCheck>(`London check without the dataset, run ${run}`, 'measure-dataset.js', [written.without]);
            if (plain) without.push(plain);
            const loaded = child<DatasetCheck>(`London check with the dataset, run ${run}`, 'measure-dataset.js', [written.withDataset]);
            if (loaded) withDataset.push(loaded);
        }
        for (const check of withDataset) {
            const unexpected = ['dataset-unreadable', 'dataset-bad-row', 'dataset-unknown-area', 'evidence-no-rows'].filter((id) => check.findingsByRule[id]);
            expect(unexpected.length === 0, `dataset item: the generated dataset has findings it must not have: ${unexpected.join(', ')}`);
        }
        if (without.length === 0 || withDataset.length === 0) return undefined;
        const fastest = withDataset.reduce((a, b) => (a.checkSeconds <= b.checkSeconds ? a : b));
        const withoutSeconds = min(without.map((check) => check.checkSeconds));
        return {
            rows: DATASET_ROWS,
            checkWithoutSeconds: stats(without.map((check) => check.checkSeconds)),
            checkWithSeconds: stats(withDataset.map((check) => check.checkSeconds)),
            loadSeconds: fastest.datasetLoadSeconds,
            loadShare: fastest.datasetLoadSeconds / fastest.checkSeconds,
            withOverWithout: fastest.checkSeconds / withoutSeconds
        };
    } finally {
        written.dispose();
    }
})();

// --- Targets -----------------------------------------------------------------------------------------------------
const first = sizeResults[0];
const largest = sizeResults[sizeResults.length - 1];
const targets = [
    ...sizeResults.map((size) => ({ name: `full check / raw parse, ${size.label}`, target: '≤ 2.0×', measured: `${size.fullOverRawParse.toFixed(2)}×`, met: size.fullOverRawParse <= 2.0 })),
    ...(largest && !smoke ? [
        { name: '10 MB full check time', target: '< 8 s', measured: `${largest.checkSeconds.min.toFixed(2)} s`, met: largest.checkSeconds.min < 8 },
        { name: '10 MB full check peak RSS', target: '< 800 MB', measured: `${largest.checkPeakRssMb.toFixed(0)} MB`, met: largest.checkPeakRssMb < 800 },
        { name: 'growth 10 MB / 1 MB', target: '≤ 10.5×', measured: `${(largest.checkSeconds.min / first!.checkSeconds.min).toFixed(2)}×`, met: largest.checkSeconds.min / first!.checkSeconds.min <= 10.5 }
    ] : []),
    ...sizeResults.map((size) => ({ name: `condition evaluation share, ${size.label}`, target: '≤ 20%', measured: `${(size.conditionShare * 100).toFixed(1)}%`, met: size.conditionShare <= 0.2 })),
    ...(lsp ? [{ name: `edit → diagnostics p95 (${LSP_LINES} lines)`, target: '< 100 ms', measured: `${lsp.p95Ms.toFixed(0)} ms`, met: lsp.p95Ms < 100 }] : []),
    ...(datasetItem ? [{ name: `London check with ${datasetItem.rows.toLocaleString('en-GB')}-row dataset / without`, target: '< 2.0×', measured: `${datasetItem.withOverWithout.toFixed(2)}×`, met: datasetItem.withOverWithout < 2 }] : []),
    ...(coldSingleFile ? [{ name: 'cold lhc check, one small file', target: '< 0.6 s', measured: `${coldSingleFile.seconds.min.toFixed(2)} s`, met: coldSingleFile.seconds.min < 0.6 }] : [])
];

// --- Report ------------------------------------------------------------------------------------------------------
const pad = (text: string | number, width: number): string => String(text).padStart(width);
const s2 = (value: number | undefined): string => (value === undefined ? '—' : value.toFixed(2));
const lines: string[] = [];
lines.push('');
lines.push(`${'size'.padEnd(6)} ${pad('files', 5)} ${pad('MB', 6)} ${pad('raw parse min/med s', 20)} ${pad('full check min/med s', 21)} ${pad('full/raw', 8)} ${pad('conditions', 10)} ${pad('peak RSS', 9)}`);
for (const size of sizeResults) {
    lines.push(`${size.label.padEnd(6)} ${pad(size.files, 5)} ${pad((size.bytes / 1e6).toFixed(2), 6)} ${pad(`${s2(size.rawParseSeconds.min)} / ${s2(size.rawParseSeconds.median)}`, 20)} ${pad(`${s2(size.checkSeconds.min)} / ${s2(size.checkSeconds.median)}`, 21)} ${pad(`${size.fullOverRawParse.toFixed(2)}×`, 8)} ${pad(`${(size.conditionShare * 100).toFixed(1)}%`, 10)} ${pad(`${size.checkPeakRssMb.toFixed(0)} MB`, 9)}`);
}
lines.push(`CPU time (user + system, all threads; steadier on a busy machine), min s: raw parse / full check / ratio`);
for (const size of sizeResults) lines.push(`  ${size.label.padEnd(6)} ${s2(size.rawParseCpuSeconds.min)} / ${s2(size.checkCpuSeconds.min)} / ${size.fullOverRawParseCpu.toFixed(2)}×   (building the parser: ${s2(size.parserSetupSeconds)} s wall, in both)`);
lines.push('');
lines.push(`phases of the median full check (s): ${['services', 'parse', 'index', 'scopes', 'link', 'referenceIndex', 'validate', 'report'].join(' / ')}`);
for (const size of sizeResults) {
    const phases = size.phasesOfMedianRun;
    lines.push(`  ${size.label.padEnd(6)} ${['services', 'parse', 'index', 'scopes', 'link', 'referenceIndex', 'validate', 'report'].map((phase) => s2(phases[phase])).join(' / ')}`);
}
if (largest && first && !smoke) lines.push(`growth 10 MB / 1 MB: ${(largest.checkSeconds.min / first.checkSeconds.min).toFixed(2)}× (raw parse ${(largest.rawParseSeconds.min / first.rawParseSeconds.min).toFixed(2)}×)`);
if (coldSingleFile) lines.push(`cold lhc check of one small file (${coldSingleFile.lines} lines): min ${s2(coldSingleFile.seconds.min)} s, median ${s2(coldSingleFile.seconds.median)} s`);
if (lsp) lines.push(`language server, ${lsp.lines} lines: open → diagnostics ${s2(lsp.openSeconds)} s; ${lsp.edits} edits → diagnostics p50 ${lsp.p50Ms.toFixed(0)} ms, p95 ${lsp.p95Ms.toFixed(0)} ms, max ${lsp.maxMs.toFixed(0)} ms; server peak RSS ${lsp.serverPeakRssMb?.toFixed(0) ?? '—'} MB`);
const w50 = bigInputs.workspace50MB as { checkSeconds?: number; peakRssMb?: number; failed?: boolean } | undefined;
if (w50) lines.push(`50 MB workspace: ${w50.failed ? 'FAILED' : `full check ${s2(w50.checkSeconds)} s, peak RSS ${w50.peakRssMb?.toFixed(0)} MB`}`);
const single = bigInputs.singleFile as { rawParseSeconds?: number; checkSeconds?: number; peakRssMb?: number; failed: boolean };
lines.push(`single ${bigLabel} file: ${single.failed ? 'FAILED' : `raw parse ${s2(single.rawParseSeconds)} s, full check ${s2(single.checkSeconds)} s, peak RSS ${single.peakRssMb?.toFixed(0)} MB`}`);
const errors = bigInputs.syntaxErrors as { syntaxErrors?: number; cleanRawParseSeconds?: number; rawParseSeconds?: number; slowdown?: number; checkSeconds?: number; checkPeakRssMb?: number; failed: boolean };
lines.push(`${bigLabel} with ${errors.syntaxErrors ?? '?'} syntax errors: raw parse ${s2(errors.rawParseSeconds)} s vs clean ${s2(errors.cleanRawParseSeconds)} s (${errors.slowdown?.toFixed(2) ?? '—'}×), full check ${s2(errors.checkSeconds)} s, peak RSS ${errors.checkPeakRssMb?.toFixed(0) ?? '—'} MB`);
if (datasetItem) {
    lines.push(`London + ${datasetItem.rows.toLocaleString('en-GB')}-row dataset: check ${s2(datasetItem.checkWithSeconds.min)} s vs ${s2(datasetItem.checkWithoutSeconds.min)} s without (${datasetItem.withOverWithout.toFixed(2)}×); ` +
        `loading the dataset ${s2(datasetItem.loadSeconds)} s, ${(datasetItem.loadShare * 100).toFixed(1)}% of the check`);
}
lines.push('');
lines.push('targets:');
for (const target of targets) lines.push(`  ${target.met ? 'met ' : 'MISS'}  ${target.name.padEnd(44)} ${target.target.padEnd(9)} measured ${target.measured}`);
process.stdout.write(`${lines.join('\n')}\n`);

const results = {
    date: started.toISOString(),
    smoke,
    machine: {
        cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30),
        platform: `${os.platform()} ${os.release()}`, node: process.version
    },
    nodeFlags: NODE_FLAGS,
    runsPerSize: RUNS,
    sizes: sizeResults,
    coldSingleFile,
    lsp,
    bigInputs,
    dataset: datasetItem,
    targets,
    failures
};
const resultsFile = smoke ? path.join(workspaces, 'results-smoke.json') : path.join(benchFolder, 'results.json');
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`\nwrote ${path.relative(repository, resultsFile)}\n`);
if (!smoke) updateBenchmarksDocument();
if (failures.length > 0) {
    process.stderr.write(`\nbenchmark broken — ${failures.length} failure(s):\n${failures.map((failure) => `- ${failure}`).join('\n')}\n`);
    process.exitCode = 1;
}

/** Rewrites the figures section of BENCHMARKS.md (between its markers) from this run's results. */
function updateBenchmarksDocument(): void {
    const file = path.join(repository, 'BENCHMARKS.md');
    if (!existsSync(file)) return;
    const start = '<!-- bench:results:start -->';
    const end = '<!-- bench:results:end -->';
    const text = readFileSync(file, 'utf8');
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) return;
    const load = os.loadavg().map((value) => value.toFixed(1)).join(' / ');
    const md: string[] = [];
    md.push(`Run of ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${results.machine.cpu} × ${results.machine.cores} cores, `
        + `${results.machine.memoryGb} GB, ${results.machine.platform}, Node ${results.machine.node}; Node flags: ${NODE_FLAGS.join(' ') || 'none'}. `
        + `Load average at the end (1 / 5 / 15 min): ${load}. ${RUNS} runs per size, each in a fresh process.`);
    md.push('');
    md.push('| target | goal | measured | |');
    md.push('|---|---|---|---|');
    for (const target of targets) md.push(`| ${target.name} | ${target.target} | ${target.measured} | ${target.met ? 'met' : '**missed**'} |`);
    md.push('');
    md.push('| size | files | MB | raw parse min / median (s) | full check min / median (s) | full ÷ raw (wall) | full ÷ raw (CPU) | conditions | peak RSS |');
    md.push('|---|---|---|---|---|---|---|---|---|');
    for (const size of sizeResults) {
        md.push(`| ${size.label} | ${size.files} | ${(size.bytes / 1e6).toFixed(2)} | ${s2(size.rawParseSeconds.min)} / ${s2(size.rawParseSeconds.median)} | ${s2(size.checkSeconds.min)} / ${s2(size.checkSeconds.median)} | ${size.fullOverRawParse.toFixed(2)}× | ${size.fullOverRawParseCpu.toFixed(2)}× | ${(size.conditionShare * 100).toFixed(1)}% (${s2(size.conditionSeconds)} s) | ${size.checkPeakRssMb.toFixed(0)} MB |`);
    }
    md.push('');
    md.push('Phases of the median full check (s):');
    md.push('');
    md.push('| size | services | read + parse | index | scopes | link | reference index | validate (checks + conditions) | report |');
    md.push('|---|---|---|---|---|---|---|---|---|');
    for (const size of sizeResults) {
        const phases = size.phasesOfMedianRun;
        md.push(`| ${size.label} | ${['services', 'parse', 'index', 'scopes', 'link', 'referenceIndex', 'validate', 'report'].map((phase) => s2(phases[phase])).join(' | ')} |`);
    }
    md.push('');
    md.push(...lines.filter((line) => /^(growth|cold|language server|50 MB|single|\d+ MB with)/.test(line)).map((line) => `- ${line}`));
    writeFileSync(file, `${text.slice(0, from + start.length)}\n${md.join('\n')}\n${text.slice(to)}`);
    process.stdout.write(`updated ${path.relative(repository, file)}\n`);
}
