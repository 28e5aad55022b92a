// `npm run bench`: generates the workspaces, measures each item in fresh child processes, prints the goals table and
// the figures, and writes `results.json` and `results.md` to the benchmark's folder — outside the repository
// ($LHC_BENCH_DIR, or `lhc-bench` in the system's temporary folder; see settings.ts). `npm run bench:smoke`
// (`--smoke`): the smallest sizes, one run, no big workspaces — so the benchmark never rots; it fails when a
// measurement breaks, never on a timing goal. Sizes are options: `npm run bench -- --sizes 1,4 --large 20 --huge 0`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { singleDocument, withSyntaxErrors, workspaceFiles, writeWorkspace } from './generate.js';
import { NODE_FLAGS } from './node-flags.js';
import { measureDatasetItem } from './dataset-item.js';
import { child, expect, failures, min, repository, stats } from './orchestrator.js';
import { runWatchingMemory } from './process-memory.js';
import { benchSettings, FILES_PER_MB, type BenchSettings } from './settings.js';
import { report, type BenchResults, type CheckResult, type LspResult, type ParseResult, type SizeResult } from './report.js';

let settings: BenchSettings;
try {
    settings = benchSettings(process.argv.slice(2), process.env, repository);
} catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
}
const { smoke, runs: RUNS, workspaces } = settings;

/** Findings that mean the generated workspace no longer matches the grammar or its own names. */
function brokenGeneratedContent(check: CheckResult): string[] {
    return ['syntax-error', 'unresolved-reference', 'duplicate-name'].filter((id) => (check.findingsByRule[id] ?? 0) > 0)
        .map((id) => `${id} × ${check.findingsByRule[id]}`);
}

function writeSingle(folder: string, name: string, text: string): void {
    const file = path.join(folder, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
}

rmSync(workspaces, { recursive: true, force: true });
mkdirSync(workspaces, { recursive: true });
const started = new Date();
process.stdout.write(`lhc benchmark${smoke ? ' (smoke)' : ''} — Node ${process.version}, flags ${NODE_FLAGS.join(' ') || '(none)'}; writing to ${settings.folder}\n`);

// --- Workspace sizes: raw parse vs full check -----------------------------------------------------------------
const sizeResults: SizeResult[] = [];
const folderOf = (files: number): string => path.join(workspaces, `ws-${files}`);
for (const mb of settings.sizesMb) {
    const label = `${mb} MB`;
    const files = mb * FILES_PER_MB;
    const folder = folderOf(files);
    const bytes = writeWorkspace(folder, { files });
    process.stdout.write(`${label}: ${files} files, ${(bytes / 1e6).toFixed(2)} MB\n`);
    const parses: ParseResult[] = [];
    const checks: CheckResult[] = [];
    for (let run = 1; run <= RUNS; run++) {
        const parse = child<ParseResult>(`raw parse, run ${run}`, 'measure-parse.js', [folder]);
        if (parse) parses.push(parse);
        const check = child<CheckResult>(`full check, run ${run}`, 'measure-check.js', [folder]);
        if (check) checks.push(check);
    }
    for (const parse of parses) expect(parse.lexerErrors + parse.parserErrors === 0, `${label}: the generated workspace has ${parse.lexerErrors + parse.parserErrors} syntax errors`);
    for (const check of checks) {
        const broken = brokenGeneratedContent(check);
        expect(broken.length === 0, `${label}: the generated workspace has findings it must not have: ${broken.join(', ')}`);
    }
    if (parses.length === 0 || checks.length === 0) continue;
    const medianCheck = [...checks].sort((a, b) => a.checkSeconds - b.checkSeconds)[Math.floor(checks.length / 2)]!;
    const parse = stats(parses.map((result) => result.parseSeconds));
    const check = stats(checks.map((result) => result.checkSeconds));
    const checkPeakRssMb = Math.max(...checks.map((result) => result.peakRssMb));
    sizeResults.push({
        label, files, bytes, rawParseSeconds: parse, checkSeconds: check,
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
        checkPeakRssMb,
        checkRssPerMb: checkPeakRssMb / (bytes / 1e6)
    });
}
const largest = sizeResults[sizeResults.length - 1];

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

// --- Language server: the largest workspace and a 10-file one, the same 10 files open, the same edits -------------
const lsp: BenchResults['lsp'] = {};
{
    const small = 10;
    writeWorkspace(folderOf(small), { files: small });
    const big = largest?.files;
    for (const files of big && big > small ? [small, big] : [small]) {
        const result = child<LspResult>(`language server: ${files} files, 10 open, ${settings.edits} edits`, 'lsp-latency.js', [folderOf(files), String(settings.edits)], 45 * 60 * 1000);
        if (!result) continue;
        expect(result.edits === settings.edits, `language server, ${files} files: ${result.edits} of ${settings.edits} edits measured`);
        if (files === small) lsp.small = { files, ...result };
        else lsp.big = { files, bytes: largest!.bytes, ...result, cliPeakRssMb: largest!.checkPeakRssMb };
    }
}

// --- Memory and big inputs ---------------------------------------------------------------------------------------
// The smoke run keeps these small (30 files, 0.3 MB): it proves they still run, the full run measures them.
const bigFiles = smoke ? 30 : largest?.files ?? FILES_PER_MB;
const bigLabel = smoke ? '0.3 MB' : largest?.label ?? '1 MB';
const bigInputs: BenchResults['bigInputs'] = {};
if (settings.largeMb > 0) {
    const files = settings.largeMb * FILES_PER_MB;
    const folder = folderOf(files);
    const bytes = writeWorkspace(folder, { files });
    process.stdout.write(`${settings.largeMb} MB workspace: ${files} files, ${(bytes / 1e6).toFixed(1)} MB\n`);
    const check = child<CheckResult>(`full check of ${settings.largeMb} MB`, 'measure-check.js', [folder], 45 * 60 * 1000);
    bigInputs.large = check
        ? { label: `${settings.largeMb} MB`, bytes, checkSeconds: check.checkSeconds, peakRssMb: check.peakRssMb, rssPerMb: check.peakRssMb / (bytes / 1e6), phases: check.phases }
        : { label: `${settings.largeMb} MB`, bytes, failed: true };
    if (!settings.keep) rmSync(folder, { recursive: true, force: true });
}
{
    const folder = path.join(workspaces, 'single-file');
    const text = singleDocument({ bytes: bigFiles * 10_000 });
    writeSingle(folder, 'single.lhc', text);
    process.stdout.write(`single ${bigLabel} file: ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB, ${text.split('\n').length} lines\n`);
    const parse = child<ParseResult>(`raw parse of a single ${bigLabel} file`, 'measure-parse.js', [folder]);
    const check = child<CheckResult>(`full check of a single ${bigLabel} file`, 'measure-check.js', [folder]);
    bigInputs.singleFile = {
        label: bigLabel, bytes: Buffer.byteLength(text),
        rawParseSeconds: parse?.parseSeconds, checkSeconds: check?.checkSeconds, peakRssMb: check?.peakRssMb, failed: !parse || !check
    };
}
{
    const folder = path.join(workspaces, `ws-${bigFiles}-syntax-errors`);
    let bytes = 0;
    for (const { name, text } of workspaceFiles({ files: bigFiles })) {
        const broken = withSyntaxErrors(text);
        writeSingle(folder, name, broken);
        bytes += Buffer.byteLength(broken);
    }
    process.stdout.write(`${bigLabel} workspace with a syntax error every 10 lines: ${(bytes / 1e6).toFixed(1)} MB\n`);
    const parse = child<ParseResult>(`raw parse, ${bigLabel} with syntax errors`, 'measure-parse.js', [folder]);
    const check = child<CheckResult>(`full check, ${bigLabel} with syntax errors`, 'measure-check.js', [folder]);
    if (parse) expect(parse.parserErrors + parse.lexerErrors > 0, 'the syntax-error workspace parsed without errors');
    const cleanParseSeconds = bigFiles === largest?.files ? largest.rawParseSeconds.min : undefined;
    bigInputs.syntaxErrors = {
        label: bigLabel, bytes,
        syntaxErrors: parse ? parse.lexerErrors + parse.parserErrors : undefined,
        cleanRawParseSeconds: cleanParseSeconds,
        rawParseSeconds: parse?.parseSeconds,
        slowdown: cleanParseSeconds && parse ? parse.parseSeconds / cleanParseSeconds : undefined,
        rawParsePeakRssMb: parse?.peakRssMb,
        checkSeconds: check?.checkSeconds,
        checkPeakRssMb: check?.peakRssMb,
        failed: !parse || !check
    };
}

// --- A workspace that may not fit: `lhc check` as users run it must check it or say it is too large, exit 2 ------
if (settings.hugeMb > 0) {
    const files = settings.hugeMb * FILES_PER_MB;
    const folder = folderOf(files);
    const bytes = writeWorkspace(folder, { files });
    process.stdout.write(`${settings.hugeMb} MB workspace: ${files} files, ${(bytes / 1e6).toFixed(1)} MB\n`);
    const run = await runWatchingMemory(process.execPath, [path.join(repository, 'bin', 'lhc.js'), 'check', folder, '--format', 'json'], 45 * 60 * 1000);
    const stderrLines = run.stderr.split('\n').filter((line) => line.trim() !== '');
    const checked = run.exitCode === 0 || run.exitCode === 1;
    const clearLine = run.exitCode === 2 && stderrLines.length === 1;
    process.stdout.write(`  lhc check of ${settings.hugeMb} MB: exit ${run.exitCode ?? run.signal} after ${run.seconds.toFixed(1)} s, peak RSS ${run.peakRssMb?.toFixed(0) ?? '?'} MB\n`);
    bigInputs.huge = {
        label: `${settings.hugeMb} MB`, bytes, exitCode: run.exitCode, signal: run.signal, seconds: run.seconds, peakRssMb: run.peakRssMb,
        stderrLines: stderrLines.length, lastLine: stderrLines[stderrLines.length - 1]?.slice(0, 300), met: checked || clearLine
    };
    if (!settings.keep) rmSync(folder, { recursive: true, force: true });
}

// --- A 50,000-row dataset beside the London example ---------------------------------------------------------------
const dataset = measureDatasetItem(workspaces, settings.datasetRows, RUNS);

// --- Report ------------------------------------------------------------------------------------------------------
const results: BenchResults = {
    date: started.toISOString(),
    smoke,
    machine: {
        cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30),
        platform: `${os.platform()} ${os.release()}`, node: process.version, loadAverage: os.loadavg()
    },
    nodeFlags: NODE_FLAGS,
    runsPerSize: RUNS,
    sizes: sizeResults,
    coldSingleFile,
    lsp,
    bigInputs,
    dataset,
    failures
};
const { text, markdown } = report(results);
process.stdout.write(`${text}\n`);
const resultsFile = path.join(settings.folder, smoke ? 'results-smoke.json' : 'results.json');
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(path.join(settings.folder, smoke ? 'results-smoke.md' : 'results.md'), markdown);
if (!settings.keep) rmSync(workspaces, { recursive: true, force: true });
process.stdout.write(`\nwrote ${resultsFile} and its Markdown beside it${settings.keep ? `; kept the workspaces in ${workspaces}` : ''}\n`);
if (failures.length > 0) {
    process.stderr.write(`\nbenchmark broken — ${failures.length} failure(s):\n${failures.map((failure) => `- ${failure}`).join('\n')}\n`);
    process.exitCode = 1;
}
