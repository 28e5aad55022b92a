// What every benchmark child shares: how it reports (one JSON line on stdout) and its peak memory.

/** Peak resident set size of this process so far, in megabytes. */
export function peakRssMb(): number {
    return process.resourceUsage().maxRSS / 1024;
}

export function seconds(fromMs: number, toMs = performance.now()): number {
    return (toMs - fromMs) / 1000;
}

/** Runs a child's measurement and prints its result as the one line of JSON the orchestrator reads. */
export function runChild(measure: (args: string[]) => Promise<object>): void {
    measure(process.argv.slice(2)).then(
        (result) => {
            process.stdout.write(`${JSON.stringify({ ...result, peakRssMb: peakRssMb() })}\n`);
        },
        (error: unknown) => {
            process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
            process.exitCode = 1;
        }
    );
}

/** CPU time (user + system, all threads) since `from`, in seconds: steadier than wall time on a busy machine. */
export function cpuSeconds(from: NodeJS.CpuUsage): number {
    const used = process.cpuUsage(from);
    return (used.user + used.system) / 1e6;
}
