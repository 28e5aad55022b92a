import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckReport, Finding, Location } from '../engine/results.js';
import type { ConditionRuleInfo } from '../engine/condition-rules.js';
import { describeRules } from './rule-descriptions.js';
import { escapeJsonControls } from './printable.js';

export interface SarifOptions {
    /** Paths are given relative to this folder (the repository root in CI), under the base id `SRCROOT`. */
    cwd: string;
    toolVersion: string;
    docsUrl: (id: string) => string;
    conditions?: readonly ConditionRuleInfo[];
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
function relativeUri(file: string, cwd: string): string {
    const relative = path.relative(cwd, file).split(path.sep);
    return relative.map((segment) => encodeURIComponent(segment)).join('/');
}

function physicalLocation(location: Location, cwd: string) {
    return {
        artifactLocation: { uri: relativeUri(location.file, cwd), uriBaseId: 'SRCROOT' },
        region: {
            startLine: location.start.line,
            startColumn: location.start.column,
            endLine: location.end.line,
            endColumn: location.end.column
        }
    };
}

/** The fingerprint's name and version in `partialFingerprints`; bumped if what it hashes changes. */
export const FINGERPRINT_KEY = 'lhcFinding/v1';

/**
 * A stable fingerprint per finding, so code scanning follows a finding across commits: a hash of the rule id, the
 * file relative to the root and the qualified name of the fact the finding is on (never the line), and, for findings
 * alike in all three, their order in the file. Adding lines above a fact keeps its fingerprints; renaming the fact,
 * or moving it to another file, gives new ones.
 */
export function findingFingerprints(findings: readonly Finding[], cwd: string): string[] {
    const seen = new Map<string, number>();
    return findings.map((finding) => {
        const key = [finding.ruleId, relativeUri(finding.location.file, cwd), finding.fact ?? ''].join('\u0000');
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        return createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex');
    });
}

/**
 * `lhc check --format sarif`: a SARIF 2.1.0 log with one run. Every catalogue rule is listed with its
 * description, help text and documentation page (`helpUri`); each finding is a result with its location,
 * related locations, and a suppression when a waiver or comment accepted it. Tests validate the output
 * against the official 2.1.0 schema (`schemas/vendor/sarif-2.1.0.json`).
 */
export function renderSarif(report: CheckReport, options: SarifOptions): string {
    const rules = describeRules(report, options.docsUrl, options.conditions);
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const fingerprints = findingFingerprints(report.findings, options.cwd);
    const result = (finding: Finding, index: number) => ({
        ruleId: finding.ruleId,
        ruleIndex: ruleIndex.get(finding.ruleId)!,
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [{ physicalLocation: physicalLocation(finding.location, options.cwd) }],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[index]! },
        ...(finding.related.length > 0 ? {
            relatedLocations: finding.related.map((related, index) => ({
                id: index,
                physicalLocation: physicalLocation(related.location, options.cwd),
                message: { text: related.message }
            }))
        } : {}),
        ...(finding.waived ? {
            suppressions: [{
                kind: finding.waived.by === 'comment' ? 'inSource' : 'external',
                status: 'accepted',
                justification: finding.waived.reason,
                location: { physicalLocation: physicalLocation(finding.waived.location, options.cwd) }
            }]
        } : {})
    });
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'lhc',
                    fullName: 'lhc — health-and-care devolution agreement checker',
                    version: options.toolVersion,
                    semanticVersion: options.toolVersion,
                    informationUri: 'https://github.com/lhc-devolution/lhc',
                    rules: rules.map((rule) => ({
                        id: rule.id,
                        name: rule.id.replace(/(^|-)(\w)/g, (_match, _dash, letter: string) => letter.toUpperCase()),
                        shortDescription: { text: rule.shortDescription },
                        fullDescription: { text: rule.fullDescription },
                        help: { text: rule.help },
                        ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
                        defaultConfiguration: { level: LEVEL[rule.severity] },
                        properties: { category: rule.category, tags: [rule.category] }
                    }))
                }
            },
            originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(options.cwd.endsWith(path.sep) ? options.cwd : options.cwd + path.sep).href } },
            invocations: [{ executionSuccessful: true }],
            results: report.findings.map(result),
            properties: { asOf: report.asOf, totals: report.totals }
        }]
    };
    return escapeJsonControls(JSON.stringify(log, null, 2)) + '\n';
}
