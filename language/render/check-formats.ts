import type { ConditionRuleInfo } from '../engine/condition-rules.js';
import type { CheckReport } from '../engine/results.js';
import { renderCheckJson } from './check-json.js';
import { renderGithubAnnotations } from './github.js';
import { renderJunit } from './junit.js';
import { renderSarif } from './sarif.js';
import { renderCheckText } from './text.js';

/** What every output format of `lhc check` may use; each format is a pure function of the report and this. */
export interface CheckFormatContext {
    cwd: string;
    color: boolean;
    toolVersion: string;
    docsUrl: (id: string) => string;
    /** The workspace's declared conditions: rules too, listed even when they pass. */
    conditions?: readonly ConditionRuleInfo[];
}

export type CheckFormatter = (report: CheckReport, context: CheckFormatContext) => string;

/** The output formats of `lhc check`, by the name `--format` takes. */
export const CHECK_FORMATS = {
    text: (report, context) => renderCheckText(report, { color: context.color, cwd: context.cwd }),
    json: (report, context) => renderCheckJson(report, context.cwd),
    sarif: (report, context) => renderSarif(report, context),
    junit: (report, context) => renderJunit(report, context),
    github: (report, context) => renderGithubAnnotations(report, context)
} satisfies Record<string, CheckFormatter>;

export type CheckFormatName = keyof typeof CHECK_FORMATS;

export const CHECK_FORMAT_NAMES = Object.keys(CHECK_FORMATS) as CheckFormatName[];
