// The benchmark's report: the goals table (issue 16's national-scale goals, issue 11's dataset goal and the earlier
// speed goals), each against the figure measured in the same run, then the figures behind them — as text for the
// terminal and as Markdown for BENCHMARKS.md.
import type { Stats } from './orchestrator.js';

export interface ParseResult { files: number; bytes: number; parseSeconds: number; parseCpuSeconds: number; parserSetupSeconds: number; lexerErrors: number; parserErrors: number; peakRssMb: number }
export interface CheckResult {
    files: number; checkSeconds: number; checkCpuSeconds: number; phases: Record<string, number>; rules: Record<string, number>; conditionSeconds: number;
    findings: { errors: number; warnings: number; infos: number; waived: number }; findingsByRule: Record<string, number>; peakRssMb: number;
}
export interface SizeResult {
    label: string; files: number; bytes: number; rawParseSeconds: Stats; checkSeconds: Stats; fullOverRawParse: number; fullOverRawParseMedian: number;
    rawParseCpuSeconds: Stats; checkCpuSeconds: Stats; fullOverRawParseCpu: number; parserSetupSeconds: number;
    phasesOfMedianRun: Record<string, number>; rulesOfMedianRun: Record<string, number>; conditionSeconds: number; conditionShare: number;
    findings: CheckResult['findings']; findingsByRule: Record<string, number>; rawParsePeakRssMb: number; checkPeakRssMb: number; checkRssPerMb: number;
}
interface Distribution { p50Ms: number; p95Ms: number; maxMs: number }
export interface LspResult { open: number; readySeconds: number; edits: number; edited: Distribution; affected: Distribution; publishesPerEdit: number; serverPeakRssMb?: number }

export interface BenchResults {
    date: string;
    smoke: boolean;
    machine: { cpu: string; cores: number; memoryGb: number; platform: string; node: string; loadAverage: number[] };
    nodeFlags: readonly string[];
    runsPerSize: number;
    sizes: SizeResult[];
    coldSingleFile?: { file: string; lines: number; seconds: Stats };
    lsp: { small?: LspResult & { files: number }; big?: LspResult & { files: number; bytes: number; cliPeakRssMb: number } };
    bigInputs: {
        large?: { label: string; bytes: number; checkSeconds?: number; peakRssMb?: number; rssPerMb?: number; phases?: Record<string, number>; failed?: boolean };
        singleFile?: { label: string; bytes: number; rawParseSeconds?: number; checkSeconds?: number; peakRssMb?: number; failed: boolean };
        syntaxErrors?: {
            label: string; bytes: number; syntaxErrors?: number; cleanRawParseSeconds?: number; rawParseSeconds?: number; slowdown?: number;
            rawParsePeakRssMb?: number; checkSeconds?: number; checkPeakRssMb?: number; failed: boolean;
        };
        huge?: { label: string; bytes: number; exitCode: number | null; signal: string | null; seconds: number; peakRssMb?: number; stderrLines: number; lastLine?: string; met: boolean };
    };
    dataset?: { rows: number; checkWithoutSeconds: Stats; checkWithSeconds: Stats; loadSeconds: number; loadShare: number; withOverWithout: number };
    failures: string[];
}

export interface Goal { name: string; goal: string; measured: string; met: boolean }

const PHASES = ['services', 'parse', 'index', 'scopes', 'link', 'referenceIndex', 'validate', 'report'];
const s2 = (value: number | undefined): string => (value === undefined ? '—' : value.toFixed(2));
const ms = (value: number): string => `${value.toFixed(0)} ms`;
const mb = (value: number | undefined): string => (value === undefined ? '—' : `${value.toFixed(0)} MB`);

/** Every goal this run measured, with its figure. Goals of a size the run left out are not listed. */
export function goals(results: BenchResults): Goal[] {
    const { sizes, lsp, bigInputs, dataset, coldSingleFile } = results;
    const list: Goal[] = [];
    const largest = sizes[sizes.length - 1];
    const first = sizes[0];
    if (lsp.big && lsp.small) {
        const ratio = lsp.big.edited.p95Ms / lsp.small.edited.p95Ms;
        list.push({ name: `edit → diagnostics p95, ${lsp.big.files}-file ÷ ${lsp.small.files}-file workspace`, goal: '≤ 1.5×', measured: `${ratio.toFixed(2)}× (${ms(lsp.big.edited.p95Ms)} vs ${ms(lsp.small.edited.p95Ms)})`, met: ratio <= 1.5 });
    }
    const biggestLsp = lsp.big ?? lsp.small;
    if (biggestLsp) list.push({ name: `edit → diagnostics p95, ${biggestLsp.files}-file workspace`, goal: '< 100 ms', measured: ms(biggestLsp.edited.p95Ms), met: biggestLsp.edited.p95Ms < 100 });
    if (lsp.big?.serverPeakRssMb !== undefined) {
        const ratio = lsp.big.serverPeakRssMb / lsp.big.cliPeakRssMb;
        list.push({ name: `language server ÷ CLI peak RSS, same ${(lsp.big.bytes / 1e6).toFixed(0)} MB`, goal: '≤ 1.5×', measured: `${ratio.toFixed(2)}× (${mb(lsp.big.serverPeakRssMb)} vs ${mb(lsp.big.cliPeakRssMb)})`, met: ratio <= 1.5 });
    }
    // Per MB only means something where the workspace outweighs the process's fixed cost (≈ 150 MB).
    for (const size of sizes.filter((size) => size.bytes >= 9e6)) list.push({ name: `peak RSS per MB of .lhc, ${size.label}`, goal: '≤ 24 MB', measured: mb(size.checkRssPerMb), met: size.checkRssPerMb <= 24 });
    const large = bigInputs.large;
    if (large) {
        list.push({ name: `peak RSS per MB of .lhc, ${large.label}`, goal: '≤ 24 MB', measured: large.rssPerMb === undefined ? 'failed' : mb(large.rssPerMb), met: (large.rssPerMb ?? Infinity) <= 24 });
        list.push({ name: `lhc check peak RSS, ${large.label}`, goal: '< 1.2 GB', measured: large.peakRssMb === undefined ? 'failed' : mb(large.peakRssMb), met: (large.peakRssMb ?? Infinity) < 1200 });
    }
    const huge = bigInputs.huge;
    if (huge) {
        const outcome = huge.exitCode === 0 || huge.exitCode === 1 ? `checked, exit ${huge.exitCode}` : `exit ${huge.exitCode ?? huge.signal}, ${huge.stderrLines} stderr line(s)`;
        list.push({ name: `${huge.label} of .lhc: lhc check`, goal: 'checked, or 1 line + exit 2', measured: `${outcome}, ${huge.seconds.toFixed(0)} s, ${mb(huge.peakRssMb)}`, met: huge.met });
    }
    for (const size of sizes) list.push({ name: `full check ÷ raw parse, ${size.label}`, goal: '≤ 1.6×', measured: `${size.fullOverRawParse.toFixed(2)}× (CPU ${size.fullOverRawParseCpu.toFixed(2)}×)`, met: size.fullOverRawParse <= 1.6 });
    if (dataset) list.push(datasetGoal(dataset));
    if (largest && first && largest !== first && !results.smoke) {
        const growth = largest.checkSeconds.min / first.checkSeconds.min;
        const expected = (largest.bytes / first.bytes) * 1.05;
        list.push({ name: `full check growth ${largest.label} ÷ ${first.label}`, goal: `≤ ${expected.toFixed(1)}×`, measured: `${growth.toFixed(2)}×`, met: growth <= expected });
    }
    if (largest && largest.label === '10 MB') {
        list.push({ name: '10 MB full check time', goal: '< 8 s', measured: `${largest.checkSeconds.min.toFixed(2)} s`, met: largest.checkSeconds.min < 8 });
        list.push({ name: '10 MB full check peak RSS', goal: '< 800 MB', measured: mb(largest.checkPeakRssMb), met: largest.checkPeakRssMb < 800 });
    }
    for (const size of sizes) list.push({ name: `condition evaluation share, ${size.label}`, goal: '≤ 20%', measured: `${(size.conditionShare * 100).toFixed(1)}%`, met: size.conditionShare <= 0.2 });
    if (coldSingleFile) list.push({ name: 'cold lhc check, one small file', goal: '< 0.6 s', measured: `${coldSingleFile.seconds.min.toFixed(2)} s`, met: coldSingleFile.seconds.min < 0.6 });
    return list;
}

type DatasetResult = NonNullable<BenchResults['dataset']>;

/** Issue 11's goal: London with the dataset checks in under twice London alone (the ratio of one run). */
export function datasetGoal(dataset: DatasetResult): Goal {
    return { name: `London + ${dataset.rows.toLocaleString('en-GB')}-row dataset ÷ London`, goal: '< 2.0×', measured: `${dataset.withOverWithout.toFixed(2)}×`, met: dataset.withOverWithout < 2 };
}

/** The dataset item's figures in one line. */
export function datasetFigures(dataset: DatasetResult): string {
    return `London + ${dataset.rows.toLocaleString('en-GB')}-row dataset: check ${s2(dataset.checkWithSeconds.min)} s vs ${s2(dataset.checkWithoutSeconds.min)} s without (${dataset.withOverWithout.toFixed(2)}×); `
        + `loading the dataset ${s2(dataset.loadSeconds)} s, ${(dataset.loadShare * 100).toFixed(1)}% of the check`;
}

/** Lines describing the figures behind the goals (terminal and Markdown share them). */
function figureLines(results: BenchResults): string[] {
    const { lsp, bigInputs, dataset, coldSingleFile } = results;
    const lines: string[] = [];
    for (const [name, run] of [['small', lsp.small], ['big', lsp.big]] as const) {
        if (!run) continue;
        lines.push(`language server, ${run.files} files (${name}), ${run.open} open: ready after ${s2(run.readySeconds)} s; ${run.edits} edits → edited file's diagnostics p50 ${ms(run.edited.p50Ms)}, p95 ${ms(run.edited.p95Ms)}, max ${ms(run.edited.maxMs)}; `
            + `→ all affected files' diagnostics p50 ${ms(run.affected.p50Ms)}, p95 ${ms(run.affected.p95Ms)}, max ${ms(run.affected.maxMs)}; ${run.publishesPerEdit.toFixed(2)} publishes per edit; server peak RSS ${mb(run.serverPeakRssMb)}`);
    }
    if (lsp.big && lsp.small) {
        lines.push(`language server ${lsp.big.files} ÷ ${lsp.small.files} files, p95: edited file ${(lsp.big.edited.p95Ms / lsp.small.edited.p95Ms).toFixed(2)}×, all affected files ${(lsp.big.affected.p95Ms / lsp.small.affected.p95Ms).toFixed(2)}×; `
            + `p50: ${(lsp.big.edited.p50Ms / lsp.small.edited.p50Ms).toFixed(2)}× / ${(lsp.big.affected.p50Ms / lsp.small.affected.p50Ms).toFixed(2)}×`);
    }
    if (coldSingleFile) lines.push(`cold lhc check of one small file (${coldSingleFile.lines} lines): min ${s2(coldSingleFile.seconds.min)} s, median ${s2(coldSingleFile.seconds.median)} s`);
    const { large, singleFile, syntaxErrors: errors, huge } = bigInputs;
    if (large) lines.push(`${large.label} workspace: ${large.failed ? 'FAILED' : `full check ${s2(large.checkSeconds)} s, peak RSS ${mb(large.peakRssMb)} (${mb(large.rssPerMb)} per MB of .lhc)`}`);
    if (huge) lines.push(`${huge.label} workspace, lhc check: exit ${huge.exitCode ?? huge.signal} after ${huge.seconds.toFixed(1)} s, peak RSS ${mb(huge.peakRssMb)}; stderr ${huge.stderrLines} line(s)${huge.lastLine ? `, last: ${huge.lastLine}` : ''}`);
    if (singleFile) lines.push(`single ${singleFile.label} file: ${singleFile.failed ? 'FAILED' : `raw parse ${s2(singleFile.rawParseSeconds)} s, full check ${s2(singleFile.checkSeconds)} s, peak RSS ${mb(singleFile.peakRssMb)}`}`);
    if (errors) lines.push(`${errors.label} with ${errors.syntaxErrors ?? '?'} syntax errors: raw parse ${s2(errors.rawParseSeconds)} s vs clean ${s2(errors.cleanRawParseSeconds)} s (${errors.slowdown?.toFixed(2) ?? '—'}×), full check ${s2(errors.checkSeconds)} s, peak RSS ${mb(errors.checkPeakRssMb)}`);
    if (dataset) lines.push(datasetFigures(dataset));
    return lines;
}

/** The report as terminal text and as the Markdown section of BENCHMARKS.md. */
export function report(results: BenchResults): { text: string; markdown: string } {
    const list = goals(results);
    const pad = (text: string | number, width: number): string => String(text).padStart(width);
    const text: string[] = [''];
    text.push(`${'size'.padEnd(6)} ${pad('files', 5)} ${pad('MB', 6)} ${pad('raw parse min/med s', 20)} ${pad('full check min/med s', 21)} ${pad('full/raw', 8)} ${pad('conditions', 10)} ${pad('peak RSS', 9)} ${pad('RSS/MB', 7)}`);
    for (const size of results.sizes) {
        text.push(`${size.label.padEnd(6)} ${pad(size.files, 5)} ${pad((size.bytes / 1e6).toFixed(2), 6)} ${pad(`${s2(size.rawParseSeconds.min)} / ${s2(size.rawParseSeconds.median)}`, 20)} ${pad(`${s2(size.checkSeconds.min)} / ${s2(size.checkSeconds.median)}`, 21)} ${pad(`${size.fullOverRawParse.toFixed(2)}×`, 8)} ${pad(`${(size.conditionShare * 100).toFixed(1)}%`, 10)} ${pad(mb(size.checkPeakRssMb), 9)} ${pad(size.checkRssPerMb.toFixed(0), 7)}`);
    }
    text.push('CPU time (user + system, all threads; steadier on a busy machine), min s: raw parse / full check / ratio');
    for (const size of results.sizes) text.push(`  ${size.label.padEnd(6)} ${s2(size.rawParseCpuSeconds.min)} / ${s2(size.checkCpuSeconds.min)} / ${size.fullOverRawParseCpu.toFixed(2)}×   (building the parser: ${s2(size.parserSetupSeconds)} s wall, in both)`);
    text.push('', `phases of the median full check (s): ${PHASES.join(' / ')}`);
    for (const size of results.sizes) text.push(`  ${size.label.padEnd(6)} ${PHASES.map((phase) => s2(size.phasesOfMedianRun[phase])).join(' / ')}`);
    const figures = figureLines(results);
    text.push(...figures, '', 'goals (issue 16, issue 11 and earlier):');
    for (const goal of list) text.push(`  ${goal.met ? 'met ' : 'MISS'}  ${goal.name.padEnd(58)} ${goal.goal.padEnd(12)} measured ${goal.measured}`);

    const { machine } = results;
    const md: string[] = [];
    md.push(`Run of ${results.date.slice(0, 16).replace('T', ' ')} UTC on ${machine.cpu} × ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.platform}, Node ${machine.node}; `
        + `Node flags: ${results.nodeFlags.join(' ') || 'none'}. Load average at the end (1 / 5 / 15 min): ${machine.loadAverage.map((value) => value.toFixed(1)).join(' / ')}. `
        + `${results.runsPerSize} run(s) per size, each in a fresh process.`);
    md.push('', '| figure | goal | measured | |', '|---|---|---|---|');
    for (const goal of list) md.push(`| ${goal.name} | ${goal.goal} | ${goal.measured} | ${goal.met ? 'met' : '**missed**'} |`);
    md.push('', '| size | files | MB | raw parse min / median (s) | full check min / median (s) | full ÷ raw (wall) | full ÷ raw (CPU) | conditions | peak RSS | RSS per MB |');
    md.push('|---|---|---|---|---|---|---|---|---|---|');
    for (const size of results.sizes) {
        md.push(`| ${size.label} | ${size.files} | ${(size.bytes / 1e6).toFixed(2)} | ${s2(size.rawParseSeconds.min)} / ${s2(size.rawParseSeconds.median)} | ${s2(size.checkSeconds.min)} / ${s2(size.checkSeconds.median)} | ${size.fullOverRawParse.toFixed(2)}× | ${size.fullOverRawParseCpu.toFixed(2)}× | ${(size.conditionShare * 100).toFixed(1)}% (${s2(size.conditionSeconds)} s) | ${mb(size.checkPeakRssMb)} | ${size.checkRssPerMb.toFixed(1)} MB |`);
    }
    md.push('', 'Phases of the median full check (s):', '', '| size | services | read + parse | index | scopes | link | reference index | validate (checks + conditions) | report |', '|---|---|---|---|---|---|---|---|---|');
    for (const size of results.sizes) md.push(`| ${size.label} | ${PHASES.map((phase) => s2(size.phasesOfMedianRun[phase])).join(' | ')} |`);
    md.push('', ...figures.map((line) => `- ${line}`));
    return { text: text.join('\n'), markdown: `${md.join('\n')}\n` };
}
