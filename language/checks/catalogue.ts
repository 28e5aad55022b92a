import type { BuiltInCheck, BuiltInDiagnostic } from './rule.js';
import { duplicateName } from './duplicate-name.js';
import {
    conditionNotACollection, conditionTypeError, conditionUnknownArea, conditionUnknownField, conditionUnknownName
} from './condition-type-errors.js';
import { suppressionIncomplete } from './suppression-incomplete.js';
import { waiverExpired, waiverIncomplete, waiverUnused } from './waiver-checks.js';
import { syntaxError } from './syntax-error.js';
import { unresolvedReference } from './unresolved-reference.js';

/**
 * Every built-in check, in the order `lhc rules` lists them. Adding a check: write
 * `checks/<id>.ts`, add it here, document it in `docs/rules/<id>.md`, test it in `test/checks/<id>.test.ts`,
 * and add `examples/broken/<id>/`.
 */
export const builtInChecks: readonly BuiltInCheck[] = [
    duplicateName,
    // Conditions and waivers
    conditionTypeError,
    conditionUnknownField,
    conditionNotACollection,
    conditionUnknownArea,
    conditionUnknownName,
    waiverExpired,
    waiverIncomplete,
    waiverUnused
];

/** Findings that Langium itself produces, named and documented like checks. */
export const builtInDiagnostics: readonly BuiltInDiagnostic[] = [
    syntaxError,
    unresolvedReference,
    suppressionIncomplete
];

/** Every rule id with its metadata: the catalogue `lhc rules`, the config schema and the docs are built from. */
export const allBuiltInRules: readonly BuiltInDiagnostic[] = [...builtInDiagnostics, ...builtInChecks];

export function findBuiltInRule(id: string): BuiltInDiagnostic | undefined {
    return allBuiltInRules.find((rule) => rule.id === id);
}
