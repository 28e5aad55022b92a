import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'mocha';
import { checkWorkspace } from '../../language/engine/check.js';
import { FINGERPRINT_KEY, renderSarif } from '../../language/render/sarif.js';
import { sarifValidator } from './schema-validators.js';

interface SarifResult { ruleId: string; message: { text: string }; partialFingerprints: Record<string, string>; locations: { physicalLocation: { region: { startLine: number } } }[] }

const folders: string[] = [];
after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** The SARIF results of checking one file with this text, in a fresh folder (each run its own root). */
async function sarifOf(text: string): Promise<SarifResult[]> {
    const folder = mkdtempSync(path.join(tmpdir(), 'lhc-sarif-'));
    folders.push(folder);
    writeFileSync(path.join(folder, 'estates.lhc'), text);
    const { report } = await checkWorkspace({ paths: [folder], config: false, asOf: '2020-01-01' });
    const log = JSON.parse(renderSarif(report, { cwd: folder, toolVersion: "0.0.0", docsUrl: (id) => `https://example.org/${id}` })) as { runs: { results: SarifResult[] }[] };
    assert.ok(sarifValidator()(log), 'valid SARIF 2.1.0');
    return log.runs[0]!.results;
}

const fingerprint = (results: SarifResult[], ruleId: string, title: string) =>
    results.find((result) => result.ruleId === ruleId && result.message.text.includes(title))?.partialFingerprints[FINGERPRINT_KEY];

const SITES = 'estate-asset ClinicSite "Former clinic site" valued at £0\nestate-asset DepotSite "Former depot site" valued at £0\n';

describe('SARIF partialFingerprints (issue 13, fault 9)', () => {
    it('keeps a finding\'s fingerprint when its fact moves down, and gives each fact its own', async () => {
        const before = await sarifOf(SITES);
        const moved = await sarifOf(`// Estates\n\n\n// (moved down by lines)\n\n${SITES}`);
        const clinic = fingerprint(before, 'non-positive-money', "'ClinicSite'");
        const depot = fingerprint(before, 'non-positive-money', "'DepotSite'");
        assert.match(clinic ?? '', /^[0-9a-f]{64}$/);
        assert.notEqual(clinic, depot);
        assert.notEqual(before[0]!.locations[0]!.physicalLocation.region.startLine, moved[0]!.locations[0]!.physicalLocation.region.startLine);
        assert.equal(fingerprint(moved, 'non-positive-money', "'ClinicSite'"), clinic);
        assert.equal(fingerprint(moved, 'non-positive-money', "'DepotSite'"), depot);
        // Swapping the two facts keeps each fact's fingerprint.
        const swapped = await sarifOf(SITES.split('\n').reverse().join('\n'));
        assert.equal(fingerprint(swapped, 'non-positive-money', "'ClinicSite'"), clinic);
    });

    it('changes a finding\'s fingerprint when its fact is renamed', async () => {
        const before = await sarifOf(SITES);
        const renamed = await sarifOf(SITES.replace('ClinicSite', 'OldClinicSite'));
        assert.notEqual(fingerprint(renamed, 'non-positive-money', "'OldClinicSite'"), fingerprint(before, 'non-positive-money', "'ClinicSite'"));
        assert.equal(fingerprint(renamed, 'non-positive-money', "'DepotSite'"), fingerprint(before, 'non-positive-money', "'DepotSite'"));
    });
});
