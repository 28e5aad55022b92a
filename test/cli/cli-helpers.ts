import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LHC_BIN } from '../repo-paths.js';

export interface LhcRun {
    status: number | null;
    stdout: string;
    stderr: string;
}

/** Runs the real `lhc` binary in `cwd`, as a pipe (never a terminal), with the given extra environment. */
export function lhc(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): LhcRun {
    const run = spawnSync(process.execPath, [LHC_BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A temporary workspace: files by relative path (string contents, or raw bytes), removed by `dispose`. */
export function tempWorkspace(files: Record<string, string | Uint8Array>): { dir: string; dispose: () => void } {
    const dir = mkdtempSync(path.join(tmpdir(), 'lhc-cli-test-'));
    for (const [name, content] of Object.entries(files)) {
        const file = path.join(dir, name);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, content);
    }
    return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A clean little workspace: London, a borough, its council and CCG, a pilot with Healthwatch, signed. */
export const CLEAN = `
area London "London" region
area Haringey "Haringey" borough within London
party HaringeyCouncil "London Borough of Haringey" council serves Haringey
party HealthwatchHaringey "Healthwatch Haringey" healthwatch serves Haringey
agreement Agreement2015 "London Health and Care Collaboration Agreement" {
    signed 2015-12-15
    signatories HaringeyCouncil, HealthwatchHaringey
    pilot HaringeyPrevention "Haringey prevention pilot" {
        areas Haringey
        leads HaringeyCouncil
        partners HealthwatchHaringey
        starts 2016-04-01
    }
}
`;

/** One error (a £0 valuation) and one warning (a pilot without public involvement). */
export const ERROR = `estate-asset Site "Former clinic site" valued at £0\n`;
export const WARNING = `
area Lewisham "Lewisham" borough
party LewishamCouncil "London Borough of Lewisham" council serves Lewisham
pilot LewishamIntegration "Lewisham integration pilot" { areas Lewisham leads LewishamCouncil }
`;

/** A target due at the end of 2020, on track but not met: overdue only when judged after its deadline. */
export const TARGET = `
aspiration Habits "Kick unhealthy habits" {
    target Smoking "Adult smoking" { unit "% of adults" direction decrease baseline 17.3% on 2015-04-01 goal 13% by 2020-12-31 }
}
measurement Smoking2020 of Habits.Smoking: 13.1% on 2020-10-01
`;
