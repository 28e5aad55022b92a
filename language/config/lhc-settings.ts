import type { IsoDate } from '../model/dates.js';
import type { Severity } from '../checks/rule.js';
import { DEFAULT_STALE_AFTER_DAYS } from '../model/targets.js';

/** The rule severity after configuration: a severity, or `off`. */
export type ConfiguredSeverity = Severity | 'off';

/**
 * What a run of the checks is judged by. The CLI fills it from flags and `lhc.config.json`, the language
 * server from the editor's settings; checks only read it.
 */
export class LhcSettings {
    /** Explicit as-of date (flag, setting or config); a file's own `as of` is used when this is unset. */
    asOf: IsoDate | undefined;
    /** Per-rule overrides by id (built-in checks and conditions alike). */
    readonly severities = new Map<string, ConfiguredSeverity>();
    /** Evidence older than this many days is stale (`--stale-after`, setting `lhc.staleAfterDays`). */
    staleAfterDays = DEFAULT_STALE_AFTER_DAYS;
    /** Where documentation pages live; a rule's page is `${docsBaseUrl}/<id>.md`. */
    docsBaseUrl = 'https://github.com/lhc-devolution/lhc/blob/main/docs/rules';

    severityOf(id: string, defaultSeverity: Severity): ConfiguredSeverity {
        return this.severities.get(id) ?? defaultSeverity;
    }

    docsUrl(id: string): string {
        return `${this.docsBaseUrl}/${id}.md`;
    }
}
