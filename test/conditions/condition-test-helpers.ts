import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import type { ConditionOutcome } from '../../language/conditions/condition-evaluator.js';
import type { LhcServices } from '../../language/lhc-module.js';

/** The repository root, from the compiled test's location (out/test/conditions/…). */
export const ROOT = path.resolve(fileURLToPath(new URL('../../../', import.meta.url)));
export const BIN = path.join(ROOT, 'bin', 'lhc.js');

/** Runs the real `lhc` binary. */
export function runLhc(args: readonly string[], cwd = ROOT): { status: number | null; stdout: string; stderr: string } {
    const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function outcomeOf(services: LhcServices, name: string, asOf?: string): ConditionOutcome {
    const outcome = services.lhc.Conditions.outcomes(asOf).find((candidate) => candidate.id === name);
    if (!outcome) throw new Error(`no outcome for ${name}`);
    return outcome;
}

/** The text a diagnostic underlines. */
export function underlined(text: string, diagnostic: Diagnostic): string {
    const lines = text.split('\n');
    const { start, end } = diagnostic.range;
    if (start.line === end.line) return lines[start.line]!.slice(start.character, end.character);
    return [lines[start.line]!.slice(start.character), ...lines.slice(start.line + 1, end.line), lines[end.line]!.slice(0, end.character)].join('\n');
}

/** Common facts for condition tests: areas, parties, boards, a sale, a budget, a team, a pilot. */
export const FACTS = `
area England "England" country
area London "London" region within England
area Camden "Camden" borough within London
area Surrey "Surrey" region within England
party CamdenCCG "Camden CCG" ccg serves Camden
party CamdenCouncil "Camden Council" council serves Camden
party NHSEngland "NHS England" national-body serves England
board LHB "London Health Board" { chair CamdenCouncil oversight political }
board SPB "Strategic Partnership Board" { reports to LHB oversight executive }
board LEB "London Estates Board" { reports to SPB }
power PrimaryCareCommissioning "Primary care commissioning" held by NHSEngland since 2013-04-01
service PrimaryCare "Primary care"
service AcuteCare "Acute care"
mou Mou "Devolution MoU" {
    signed 2017-11-16
    signatories CamdenCCG, CamdenCouncil, NHSEngland
    clause Estates "Proceeds are reinvested in London."
    delegation D1: NHSEngland delegates PrimaryCareCommissioning to CamdenCCG from 2018-04-01 per Estates
}
estate-sale Sale "Former clinic site" {
    located in Camden
    approved by LEB on 2018-05-10
    sold 2018-06-30 for £12.5m
    reinvest £8m in Camden for PrimaryCare
    reinvest £4.5m in Surrey for AcuteCare
}
pooled-budget Budget "Pooled budget" {
    total £10m
    CamdenCCG contributes £6m
    CamdenCouncil contributes £4m
    pooled from 2018-04-01
    accountable CamdenCCG, CamdenCouncil
}
locality-team Team "Camden team" { in Camden serves 60,000 residents gp practices 10 }
pilot P "Camden pilot" { areas Camden leads CamdenCouncil partners CamdenCCG starts 2016-04-01 }
`;
