import { strict as assert } from 'node:assert';
import { ResponseError } from 'vscode-languageserver';
import { summariseOpenWorkspace } from '../../../language/lsp/lhc-summary-request.js';
import type { SummaryFormat } from '../../../language/lsp/lhc-summary-protocol.js';
import { buildWorkspace, createTestServices } from '../../helpers.js';

const places = `
area London "London" region
area Haringey "Haringey" borough within London
party HaringeyCouncil "London Borough of Haringey" council serves Haringey
party HaringeyHealthwatch "Healthwatch Haringey" healthwatch serves Haringey
`;
const agreement = `
agreement Collaboration "London Health and Care Collaboration Agreement" {
  signed 2015-12-15
  signatories HaringeyCouncil
  pilot HaringeyPrevention "Haringey <prevention> pilot" {
    areas Haringey
    leads HaringeyCouncil, HaringeyHealthwatch
    starts 2016-04-01
  }
}
`;

describe('the lhc/summary request', () => {
    const { services } = createTestServices();
    const shared = services.shared;

    before(async () => {
        await shared.workspace.WorkspaceManager.initializeWorkspace([]);
        await buildWorkspace(services, places, agreement);
    });

    const ask = (format: SummaryFormat, asOf?: string) => summariseOpenWorkspace(shared, services, { format, asOf }, '/workspace');

    it('renders the open workspace as the same self-contained HTML the CLI writes, escaping user text', async () => {
        const response = await ask('html', '2019-06-01');
        assert.equal(response.format, 'html');
        assert.equal(response.asOf, '2019-06-01');
        assert.match(response.content, /^<!DOCTYPE html>/i);
        assert.ok(response.content.includes('Haringey &lt;prevention&gt; pilot'));
        assert.ok(!response.content.includes('<prevention>'));
    });

    it('renders Markdown and JSON too', async () => {
        const markdown = await ask('markdown', '2019-06-01');
        assert.match(markdown.content, /^#+ Compliance summary as of 2019-06-01$/m);
        // The pilot's row carries its own finding (a lead who did not sign) after its name.
        assert.match(markdown.content, /\| ▶ Active \| \*\*Haringey &lt;prevention&gt; pilot\*\*<br>✖ `pilot-party-not-signatory` [^\n]* \| Haringey \|/);
        const json = JSON.parse((await ask('json', '2019-06-01')).content) as { asOf: string; pilots: { name: string; status: string }[] };
        assert.equal(json.asOf, '2019-06-01');
        assert.deepEqual(json.pilots.map((pilot) => [pilot.name, pilot.status]), [['HaringeyPrevention', 'active']]);
    });

    it('judges pilots at the date asked for', async () => {
        const json = JSON.parse((await ask('json', '2015-01-01')).content) as { pilots: { status: string }[] };
        assert.equal(json.pilots[0]?.status, 'planned');
    });

    it('refuses an unknown format or a malformed date with a plain message', async () => {
        await assert.rejects(() => ask('pdf' as SummaryFormat), (error: unknown) =>
            error instanceof ResponseError && /Unknown summary format 'pdf'/.test(error.message));
        await assert.rejects(() => ask('html', '2019-13-45'), (error: unknown) =>
            error instanceof ResponseError && /must look like 2019-06-01/.test(error.message));
    });
});
