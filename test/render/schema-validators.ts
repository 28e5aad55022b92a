import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';

// Both packages are CommonJS with `exports.default`; under Node16 resolution the default import is the module object.
const AjvDraft04 = ((AjvDraft04Module as unknown as { default?: unknown }).default ?? AjvDraft04Module) as unknown as typeof Ajv;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;
const root = new URL('../../../', import.meta.url);
const readJson = (relative: string) => JSON.parse(readFileSync(new URL(relative, root), 'utf8')) as object;

/** Validates against `schemas/summary.schema.json` (draft-07). */
export function summaryValidator(): ValidateFunction {
    const ajv = addFormats(new Ajv({ allErrors: true, strict: true }));
    return ajv.compile(readJson('schemas/summary.schema.json'));
}

/** Validates against the official SARIF 2.1.0 schema (draft-04), vendored in `schemas/vendor/`. */
export function sarifValidator(): ValidateFunction {
    // The schema's `language` pattern is not valid with the `u` flag, so patterns are compiled without it.
    const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv as unknown as Ajv);
    return ajv.compile(readJson('schemas/vendor/sarif-2.1.0.json'));
}

export function explain(validate: ValidateFunction): string {
    return (validate.errors ?? []).slice(0, 10).map((error) => `${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`).join('\n');
}
