import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { toFinding } from '../../language/engine/check.js';
import { countTotals, sortFindings, type CheckReport } from '../../language/engine/results.js';
import { summariseChecked } from '../../language/engine/summarise.js';
import { builtInChecks } from '../../language/checks/catalogue.js';
import type { ComplianceSummary } from '../../language/summary/summary-model.js';
import { buildWorkspace, createTestServices, resetWorkspace } from '../helpers.js';
import { judgementProblems } from '../fuzz/judge-judgements.js';

const { services } = createTestServices();

const CLAUSES = ['Health', 'Estates', 'Promise', 'Pooling', 'Shared'];

const HEAD = `
area Shire "Shire" region
area Town "Town" borough within Shire
party Board "Shire Board" ccg serves Shire
party Council "Town Council" council serves Town
party Watch "Healthwatch Town" healthwatch serves Town
power Care "Care commissioning" held by Board since 2013-04-01
service Clinics "Clinics"
mou Deal "Shire deal" {
  signed 2016-01-01
  signatories Board, Council
${CLAUSES.map((clause) => `  clause ${clause} "The ${clause.toLowerCase()} clause."`).join('\n')}
}
`;

/** Declarations a workspace may or may not have, each citing the clause it is given (or none). */
const DECLARATIONS: ((name: string, per: string) => string)[] = [
    (name, per) => `delegation ${name}: Board delegates Care to Council from 2017-04-01 ${per} under Deal`,
    (name, per) => `pilot ${name} "Pilot ${name}" under Deal { areas Town leads Council partners Watch starts 2017-01-01 ${per} }`,
    (name, per) => `pilot ${name} "Pilot ${name}" under Deal { areas Town leads Council ${per} }`,
    (name, per) => `aspiration ${name} "Aspiration ${name}" under Deal { ${per}\n  target T "Smoking" { direction decrease baseline 17% on 2015-01-01 goal 13% by 2018-12-31 } }\nmeasurement ${name}M of ${name}.T: 16% on 2018-06-01`,
    (name, per) => `aspiration ${name} "Aspiration ${name}" under Deal { ${per}\n  target T "Jobs" { direction increase baseline 0 on 2015-01-01 goal 100 by 2030-12-31 } }\nmeasurement ${name}M of ${name}.T: 50 on 2018-06-01`,
    (name, per) => `aspiration ${name} "Aspiration ${name}" under Deal { ${per}\n  target T "Access" { direction increase goal 10 } }`,
    (name, per) => `commitment ${name} "Report ${name}" under Deal { by Council will "report" due 2018-03-31 ${per} }`,
    (name, per) => `commitment ${name} "Plan ${name}" under Deal { by Council will "plan" due 2030-03-31 ${per} }`,
    (name, per) => `objective ${name} "Objective ${name}" under Deal ${per}`,
    (name, per) => `estate-sale ${name} "Site ${name}" under Deal {\n  located in Town sold 2018-06-30 for £2m\n  reinvest £2m in Town for Clinics\n  approved by Board on 2018-05-10\n  ${per}\n}`,
    (name) => `condition ${name} "Sales are approved" under Deal severity error { every sale in estate-sales: some approval in sale.approvals: approval.approver = Board }`,
    (name) => `condition ${name} "Pilots have a start" under Deal severity warning { every p in pilots: p.start is set }`,
    (name, per) => `condition ${name} "Pilots have a start" ${per || 'under Deal'} severity error { every p in pilots: p.start is set }`
];

const workspaceArb = fc.record({
    declarations: fc.array(fc.record({ kind: fc.nat(DECLARATIONS.length - 1), clause: fc.option(fc.constantFrom(...CLAUSES), { nil: undefined }) }), { maxLength: 8 }),
    asOf: fc.constantFrom('2016-06-01', '2019-06-01', '2031-06-01'),
    off: fc.subarray(builtInChecks.map((check) => check.id), { maxLength: 12 })
});

function textOf(declarations: { kind: number; clause?: string }[]): string {
    return declarations.map(({ kind, clause }, index) => DECLARATIONS[kind]!(`D${index}`, clause ? `per Deal.${clause}` : '')).join('\n');
}

/** The summary `lhc summary` would make of the texts: the real build, findings and condition outcomes. */
async function summarise(texts: string[], asOf: string): Promise<ComplianceSummary> {
    const { documents } = await buildWorkspace(services, ...texts);
    const findings = sortFindings(documents.flatMap((document) => (document.diagnostics ?? []).map((diagnostic) => toFinding(document, diagnostic))));
    const report: CheckReport = { asOf, files: documents.map((document) => document.uri.fsPath), findings, totals: countTotals(documents.length, findings) };
    return summariseChecked({ report, services, documents }, '/workspace').summary;
}

describe('no pass without a judgement, in any workspace (property)', () => {
    it('no Pass row without a judged fact, no count holding rules or conditions with nothing to judge, over random workspaces', async function () {
        this.timeout(300_000);
        await fc.assert(fc.asyncProperty(workspaceArb, async ({ declarations, asOf, off }) => {
            services.lhc.Settings.asOf = asOf;
            for (const id of off) services.lhc.Settings.severities.set(id, 'off');
            try {
                const summary = await summarise([HEAD, textOf(declarations)], asOf);
                assert.deepEqual(summary.findings.filter((finding) => finding.ruleId === 'syntax-error').map((finding) => finding.message), [], 'the generator writes valid .lhc');
                assert.deepEqual(judgementProblems(summary), [], textOf(declarations));
                // Apart from the judge: a rule whose declarations the workspace lacks is never counted as judged.
                const rules = summary.verdict.concerns.find((concern) => concern.concern === 'conditions')!;
                const kinds = new Set(declarations.map(({ kind }) => kind));
                if (![1, 2].some((kind) => kinds.has(kind)) && !off.includes('no-public-involvement')) {
                    assert.ok(rules.nothingToJudge >= 1, 'no pilot: no-public-involvement judged nothing');
                }
            } finally {
                services.lhc.Settings.severities.clear();
                services.lhc.Settings.asOf = '2019-06-01';
                await resetWorkspace(services);
            }
        }), { numRuns: 60, seed: 23 });
    });
});
