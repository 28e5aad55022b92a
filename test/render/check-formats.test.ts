import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'mocha';
import { checkWorkspace } from '../../language/engine/check.js';
import type { CheckReport } from '../../language/engine/results.js';
import { allBuiltInRules } from '../../language/checks/catalogue.js';
import { CHECK_FORMATS, type CheckFormatContext } from '../../language/render/check-formats.js';
import { escapeGithubData, escapeGithubProperty, renderGithubAnnotations } from '../../language/render/github.js';
import { renderJunit } from '../../language/render/junit.js';
import { escapeXml } from '../../language/render/escape-xml.js';
import { renderSarif } from '../../language/render/sarif.js';
import { renderCheckJson } from '../../language/render/check-json.js';
import { Ajv } from 'ajv';
import { explain, sarifValidator } from './schema-validators.js';

const repositoryRoot = path.resolve(new URL('../../../', import.meta.url).pathname);
const docsUrl = (id: string) => `https://example.org/rules/${id}.md`;

interface SarifLog {
    version: string;
    runs: {
        tool: { driver: { rules: { id: string; helpUri?: string; help: { text: string }; fullDescription: { text: string } }[] } };
        results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]; suppressions?: { kind: string; justification: string }[] }[];
    }[];
}

describe('lhc check output formats', () => {
    let folder: string;
    let report: CheckReport;
    let context: CheckFormatContext;

    before(async () => {
        folder = mkdtempSync(path.join(tmpdir(), 'lhc-formats-'));
        writeFileSync(path.join(folder, 'parties.lhc'), [
            'party NHSEngland "NHS England" national-body',
            'party NHSEngland "NHS England again" national-body',
            'party Council "A council, with: commas" council serves Nowhere'
        ].join('\n'));
        writeFileSync(path.join(folder, 'clean.lhc'), 'area London "London" region\n');
        writeFileSync(path.join(folder, 'broken syntax.lhc'), 'agreement X "X" { signed 2017 }\n');
        ({ report } = await checkWorkspace({ paths: [folder], asOf: '2019-06-01' }));
        // One finding accepted by a waiver, as the conditions engine marks them.
        const accepted = report.findings.find((finding) => finding.ruleId === 'unresolved-reference')!;
        accepted.waived = { by: 'waiver', reason: 'Area to be declared next quarter', approver: 'NHSEngland', until: '2019-12-31', location: accepted.location };
        accepted.message += ' (waived by NHSEngland until 2019-12-31: Area to be declared next quarter)';
        report.totals.errors--;
        report.totals.waived++;
        context = { cwd: folder, color: false, toolVersion: '0.1.0', docsUrl };
    });

    after(() => rmSync(folder, { recursive: true, force: true }));

    describe('SARIF', () => {
        it('validates against the official SARIF 2.1.0 schema', () => {
            const validate = sarifValidator();
            const log = JSON.parse(renderSarif(report, context)) as SarifLog;
            assert.ok(validate(log), explain(validate));
            assert.equal(log.version, '2.1.0');
            assert.equal(validate({ version: '2.1.0', runs: [{ results: [] }] }), false, 'the schema does reject a run without a tool');
        });

        it('lists every catalogue rule with help text and its documentation page', () => {
            const log = JSON.parse(renderSarif(report, context)) as SarifLog;
            const rules = log.runs[0]!.tool.driver.rules;
            for (const rule of allBuiltInRules) {
                const listed = rules.find((candidate) => candidate.id === rule.id);
                assert.equal(listed?.helpUri, docsUrl(rule.id));
                assert.ok(listed?.help.text.includes(rule.rationale));
                assert.ok(listed?.fullDescription.text.includes(rule.description));
            }
        });

        it('gives each finding its rule, level and location, and marks waived ones as suppressed', () => {
            const log = JSON.parse(renderSarif(report, context)) as SarifLog;
            const results = log.runs[0]!.results;
            assert.equal(results.length, report.findings.length);
            const duplicate = results.find((result) => result.ruleId === 'duplicate-name')!;
            assert.equal(duplicate.level, 'error');
            assert.equal(duplicate.locations[0]!.physicalLocation.artifactLocation.uri, 'parties.lhc');
            assert.equal(log.runs[0]!.tool.driver.rules[duplicate.ruleIndex]!.id, 'duplicate-name');
            const syntax = results.find((result) => result.ruleId === 'syntax-error')!;
            assert.equal(syntax.locations[0]!.physicalLocation.artifactLocation.uri, 'broken%20syntax.lhc');
            const waived = results.find((result) => result.ruleId === 'unresolved-reference')!;
            assert.deepEqual(waived.suppressions?.map((s) => [s.kind, s.justification]), [['external', 'Area to be declared next quarter']]);
        });

        it('validates for the broken examples of the repository', async () => {
            const broken = path.join(repositoryRoot, 'examples', 'broken');
            assert.ok(existsSync(broken), 'examples/broken exists');
            // Each broken case is a workspace of its own (some have a config), so they are checked together by naming
            // them: the folders directly under examples/broken that hold .lhc files (grouping folders hold their own).
            const cases = readdirSync(broken, { withFileTypes: true })
                .filter((entry) => entry.isDirectory() && readdirSync(path.join(broken, entry.name)).some((name) => name.endsWith('.lhc')))
                .map((entry) => path.join(broken, entry.name));
            const { report: brokenReport } = await checkWorkspace({ paths: cases, asOf: '2019-06-01' });
            assert.ok(brokenReport.findings.length > 0, 'the broken examples have findings');
            const validate = sarifValidator();
            const log = JSON.parse(renderSarif(brokenReport, { ...context, cwd: repositoryRoot })) as SarifLog;
            assert.ok(validate(log), explain(validate));
            assert.ok(log.runs[0]!.results.every((result) => result.locations[0]!.physicalLocation.artifactLocation.uri.startsWith('examples/broken/')));
        });
    });

    describe('JUnit', () => {
        it('has one test case per rule per file, failing where the rule found an error or warning', () => {
            const xml = renderJunit(report, context);
            const files = report.files.length;
            const rules = allBuiltInRules.length;
            assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
            assert.equal((xml.match(/<testsuite /g) ?? []).length, files);
            assert.equal((xml.match(/<testcase /g) ?? []).length, files * rules);
            assert.ok(xml.includes(`tests="${files * rules}" failures="2"`), xml.split('\n')[1]);
            assert.match(xml, /<testcase classname="parties.lhc" name="duplicate-name" file="parties.lhc" time="0"><failure message="2 duplicate-name findings: [^"]*" type="error">/);
            assert.match(xml, /<testcase classname="clean.lhc" name="duplicate-name" file="clean.lhc" time="0"\/>/);
            assert.match(xml, /name="unresolved-reference"[^>]*><system-out>parties.lhc:3:\d+ waived: [^<]*\(waived by NHSEngland until 2019-12-31: Area to be declared next quarter\)<\/system-out>/);
        });

        it('escapes XML', () => {
            // A control character XML cannot carry is shown as its picture (printable.ts), not dropped unseen.
            assert.equal(escapeXml(`<a b="c">&'\u0001`), '&lt;a b=&quot;c&quot;&gt;&amp;&apos;\u2401');
        });
    });

    describe('JSON', () => {
        it('says who approved a waived finding and until when, and matches the published schema', () => {
            const output = JSON.parse(renderCheckJson(report, folder)) as { findings: Array<{ ruleId: string; waived: Record<string, unknown> | null }> };
            const waived = output.findings.find((finding) => finding.ruleId === 'unresolved-reference')!.waived;
            assert.deepEqual([waived?.by, waived?.approver, waived?.until, waived?.reason], ['waiver', 'NHSEngland', '2019-12-31', 'Area to be declared next quarter']);
            const schema = JSON.parse(readFileSync(path.join(repositoryRoot, 'schemas', 'check-result.schema.json'), 'utf8')) as object;
            const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
            assert.ok(validate(output), JSON.stringify(validate.errors));
        });
    });

    describe('GitHub annotations', () => {
        it('writes one workflow command per finding with file, line and column', () => {
            const lines = renderGithubAnnotations(report, context).trimEnd().split('\n');
            assert.equal(lines.length, report.findings.length + 1);
            const duplicate = lines.find((line) => line.includes('duplicate-name'))!;
            assert.match(duplicate, /^::error file=parties.lhc,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=lhc duplicate-name::.+/);
            assert.ok(lines.some((line) => line.startsWith('::notice file=parties.lhc,') && line.includes('title=lhc unresolved-reference (waived)') && line.includes('(waived by NHSEngland until 2019-12-31: Area to be declared next quarter)')));
            assert.ok(lines.some((line) => line.startsWith('::error file=broken syntax.lhc,line=1,')));
            assert.match(lines.at(-1)!, /^lhc: 3 errors, 0 warnings, 0 notes, 1 waived in 3 files as of 2019-06-01$/);
        });

        it('escapes messages and properties as GitHub requires', () => {
            assert.equal(escapeGithubData('50% done\r\nnext'), '50%25 done%0D%0Anext');
            assert.equal(escapeGithubProperty('a:b,c%'), 'a%3Ab%2Cc%25');
        });
    });

    it('lists the agreements\' conditions as rules, and as test cases, even when they pass', () => {
        const conditions = [{ id: 'ReinvestInLondon', title: 'Proceeds are reinvested in London', clause: { name: 'Estates', text: 'invest the money in estates' }, severity: 'error' as const }];
        const log = JSON.parse(renderSarif(report, { ...context, conditions })) as SarifLog;
        const rule = log.runs[0]!.tool.driver.rules.find((candidate) => candidate.id === 'ReinvestInLondon');
        assert.equal(rule?.fullDescription.text, 'Condition of the agreement: Proceeds are reinvested in London. Clause Estates: "invest the money in estates"');
        const validate = sarifValidator();
        assert.ok(validate(log), explain(validate));
        const xml = renderJunit(report, { ...context, conditions });
        assert.equal((xml.match(/<testcase [^>]*name="ReinvestInLondon"/g) ?? []).length, report.files.length);
    });

    it('every format is registered under the name --format takes', () => {
        assert.deepEqual(Object.keys(CHECK_FORMATS), ['text', 'json', 'sarif', 'junit', 'github']);
        for (const format of Object.values(CHECK_FORMATS)) assert.ok(format(report, context).length > 0);
    });
});
