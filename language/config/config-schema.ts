import { z } from 'zod';
import { isValidIsoDate } from '../model/dates.js';

/**
 * `lhc.config.json`: what a project may configure. Validated with zod; the JSON schema shipped for editor
 * completion (`schemas/lhc.config.schema.json`) is generated from this same definition.
 */

export const CONFIG_FILE_NAME = 'lhc.config.json';

export const ruleSetting = z.enum(['error', 'warning', 'info', 'off'])
    .describe("The rule's severity in this project, or 'off' to disable it.");

const ruleId = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'must be a rule id: a built-in check id such as "waiver-expired" or a condition name such as "ReinvestInLondon"');

export const lhcConfigSchema = z.strictObject({
    $schema: z.string().optional().describe('The JSON schema this file follows, for editor completion.'),
    asOf: z.string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2019-06-01')
        .refine(isValidIsoDate, { message: 'must be a real date like 2019-06-01' })
        .optional()
        .describe('The date checks are judged at (delegations in force, overdue targets, expired waivers); `--as-of` overrides it. Default: today.'),
    staleAfterDays: z.number().int().min(0)
        .optional()
        .describe('Evidence older than this many days is stale (the stale-evidence check and the compliance summary); `--stale-after` overrides it. Default: 400.'),
    rules: z.record(ruleId, ruleSetting)
        .optional()
        .describe('Severity overrides by rule id: built-in checks (see `lhc rules`) and the workspace’s conditions by name.'),
    ignore: z.array(z.string().min(1, 'must not be empty'))
        .optional()
        .describe('Glob patterns, relative to this file, of .lhc files to leave out (e.g. "drafts/**").'),
    libraries: z.array(z.string().min(1, 'must not be empty'))
        .optional()
        .describe('Shared libraries the workspace builds on: folders or .lhc files, relative to this file (e.g. "../england", the national library of England\'s regions, NHS England and the departments). `lhc check` and the editor load them with the workspace, once even when they are also named on the command line or shared by several deals.')
}).describe('Configuration of `lhc` for an agreement workspace.');

export type LhcConfig = z.infer<typeof lhcConfigSchema>;

/** The JSON schema of `lhc.config.json`, as shipped in `schemas/lhc.config.schema.json`. */
export function configJsonSchema(): Record<string, unknown> {
    const schema = z.toJSONSchema(lhcConfigSchema, { io: 'input' }) as Record<string, unknown>;
    return {
        $schema: schema.$schema,
        $id: 'https://github.com/lhc-devolution/lhc/blob/main/schemas/lhc.config.schema.json',
        title: 'lhc.config.json',
        ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema'))
    };
}
