import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, describe, it } from 'mocha';
import { summariseWorkspace } from '../../language/engine/summarise.js';
import { renderSummaryJson } from '../../language/render/summary-json.js';
import type { IsoDate } from '../../language/model/dates.js';

/**
 * No silent weakening (issue 23, F): today's engine is run over the three examples as they were at the last release
 * (`release-0.1.0/examples/`, copied from commit cde8ee4) and over today's examples, and what it finds is compared
 * with what release 0.1.0 found (`release-0.1.0/findings.json`, recorded by that release's own CLI). Every
 * difference, a finding or a fact's status gained or lost, must be listed in `accepted-changes.json` with either
 * the CHANGELOG.md text that tells users about it or, for today's examples only, the edit to the example that made it.
 */

const HERE = fileURLToPath(new URL('.', import.meta.url));
const REPO = path.resolve(HERE, '../../..');
const COMPAT = path.join(REPO, 'test/compat');
const EXAMPLES = ['london', 'greater-manchester', 'england'] as const;

interface RecordedFinding { ruleId: string; severity: string; file: string; line: number; message: string }
interface Recorded {
    asOf: IsoDate;
    examples: Record<string, RecordedFinding[]>;
    statuses: Record<string, Record<string, string>>;
}
/** One accepted difference: `key` is a finding's `ruleId severity file:line` or a fact's `kind id: status`. */
interface AcceptedChange {
    example: string;
    /** Which copy the difference is seen in: the release snapshot, today's examples, or both. */
    in: 'release' | 'today' | 'both';
    change: 'added' | 'removed';
    key: string;
    /** Text that must appear in CHANGELOG.md's Unreleased section. */
    changelog?: string;
    /** For `in: 'today'` only: the edit to today's example that explains the difference. */
    exampleEdit?: string;
}

const recorded = JSON.parse(readFileSync(path.join(COMPAT, 'release-0.1.0/findings.json'), 'utf8')) as Recorded;
const accepted = JSON.parse(readFileSync(path.join(COMPAT, 'accepted-changes.json'), 'utf8')) as AcceptedChange[];
const changelog = readFileSync(path.join(REPO, 'CHANGELOG.md'), 'utf8');
const unreleased = changelog.slice(changelog.indexOf('## Unreleased'), changelog.indexOf('\n## ', changelog.indexOf('## Unreleased') + 1));

function findingKey(finding: { ruleId: string; severity: string; file: string; line: number }): string {
    return `${finding.ruleId} ${finding.severity} ${finding.file}:${finding.line}`;
}

/** The release's keys: findings, then every fact's status. */
function recordedKeys(example: string): Set<string> {
    const statuses = recorded.statuses[example] ?? {};
    return new Set([
        ...(recorded.examples[example] ?? []).map(findingKey),
        ...Object.entries(statuses).map(([fact, status]) => `${fact}: ${status}`)
    ]);
}

interface SummaryFacts {
    findings: { ruleId: string; severity: string; location?: { file: string; line: number } }[];
    [kind: string]: unknown;
}

const FACT_KINDS = ['delegations', 'pilots', 'targets', 'commitments', 'conditions'] as const;

/** Today's keys for one copy of an example, from the same JSON summary the CLI writes. */
async function currentKeys(folder: string): Promise<Set<string>> {
    const { summary } = await summariseWorkspace({ paths: [folder], asOf: recorded.asOf, root: folder });
    const json = JSON.parse(renderSummaryJson(summary)) as SummaryFacts;
    const keys = new Set<string>();
    for (const finding of json.findings) {
        if (!finding.location) continue;
        keys.add(findingKey({ ruleId: finding.ruleId, severity: finding.severity, file: finding.location.file, line: finding.location.line }));
    }
    for (const kind of FACT_KINDS) {
        for (const fact of (json[kind] ?? []) as { id: string; status: string }[]) keys.add(`${kind.slice(0, -1)} ${fact.id}: ${fact.status}`);
    }
    return keys;
}

function differences(before: Set<string>, after: Set<string>): { change: 'added' | 'removed'; key: string }[] {
    return [
        ...[...before].filter((key) => !after.has(key)).map((key) => ({ change: 'removed' as const, key })),
        ...[...after].filter((key) => !before.has(key)).map((key) => ({ change: 'added' as const, key }))
    ];
}

function unexplained(example: string, copy: 'release' | 'today', found: { change: 'added' | 'removed'; key: string }[]): string[] {
    return found
        .filter(({ change, key }) => !accepted.some((entry) => entry.example === example && (entry.in === copy || entry.in === 'both')
            && entry.change === change && entry.key === key))
        .map(({ change, key }) => `${example} (${copy === 'release' ? 'release snapshot' : "today's example"}): ${change} ${key}`);
}

describe('compatibility: the examples as at release 0.1.0 keep their findings (issue 23)', () => {
    const seen: { example: string; copy: 'release' | 'today'; change: 'added' | 'removed'; key: string }[] = [];
    const results = new Map<string, { release: ReturnType<typeof differences>; today: ReturnType<typeof differences> }>();

    before(async function () {
        this.timeout(120_000);
        for (const example of EXAMPLES) {
            const before = recordedKeys(example);
            const release = differences(before, await currentKeys(path.join(COMPAT, 'release-0.1.0/examples', example)));
            const today = differences(before, await currentKeys(path.join(REPO, 'examples', example)));
            results.set(example, { release, today });
            seen.push(...release.map((d) => ({ example, copy: 'release' as const, ...d })), ...today.map((d) => ({ example, copy: 'today' as const, ...d })));
        }
    });

    for (const example of EXAMPLES) {
        it(`${example}: the release snapshot judged today differs from release 0.1.0 only as CHANGELOG.md says`, () => {
            const problems = unexplained(example, 'release', results.get(example)!.release);
            assert.deepEqual(problems, [], `differences not in test/compat/accepted-changes.json:\n${problems.join('\n')}`);
        });
        it(`${example}: today's example differs from release 0.1.0 only as CHANGELOG.md or an example edit says`, () => {
            const problems = unexplained(example, 'today', results.get(example)!.today);
            assert.deepEqual(problems, [], `differences not in test/compat/accepted-changes.json:\n${problems.join('\n')}`);
        });
    }

    it('every accepted change happens and is explained: in CHANGELOG.md (Unreleased) or, for today\'s examples, by an edit', () => {
        for (const entry of accepted) {
            const where = `${entry.example} ${entry.in} ${entry.change} ${entry.key}`;
            assert.ok(seen.some((d) => d.example === entry.example && (entry.in === 'both' || d.copy === entry.in) && d.change === entry.change && d.key === entry.key),
                `accepted change no longer happens (remove it): ${where}`);
            if (entry.exampleEdit !== undefined) {
                assert.equal(entry.in, 'today', `an example edit explains only today's examples: ${where}`);
                assert.ok(entry.exampleEdit.trim().length > 10, `say what the edit was: ${where}`);
            } else {
                assert.ok(entry.changelog && unreleased.includes(entry.changelog), `CHANGELOG.md's Unreleased section must contain "${entry.changelog ?? ''}": ${where}`);
            }
        }
    });
});
