import { strict as assert } from 'node:assert';
import { textDocumentPositionParams } from 'langium/test';
import { afterEach, describe, it } from 'mocha';
import { renderSummaryMarkdown } from '../../language/render/summary-markdown.js';
import { buildSummary } from '../../language/summary/build-summary.js';
import { buildWorkspace, createTestServices, resetWorkspace } from '../helpers.js';
import { emptyReport } from './summary-fixture.js';

const { services } = createTestServices();
const AS_OF = '2018-06-01';

function workspace(latest: string): string {
    return `
aspiration Growth "Grow the workforce" {
    target Jobs "Jobs created" { unit "jobs" direction increase baseline 500 on 2015-04-01 goal 100000 by 2020-12-31 }
}
measurement Latest of Growth.Jobs: ${latest} on 2018-01-31
`;
}

describe('a target value reads the same in a finding, a hover and the summary', () => {
    afterEach(async () => {
        services.lhc.Settings.asOf = undefined;
        await resetWorkspace(services);
    });

    for (const [written, expected] of [['612.34', '612.34 jobs'], ['25176.34', '25,176 jobs']] as const) {
        it(`writes ${written} as '${expected}' everywhere`, async () => {
            services.lhc.Settings.asOf = AS_OF;
            const { documents, diagnostics } = await buildWorkspace(services, workspace(written));
            const finding = diagnostics[0]!.find((diagnostic) => diagnostic.code === 'target-off-trajectory');
            assert.ok(finding, diagnostics[0]!.map((diagnostic) => diagnostic.message).join('\n'));
            assert.match(String(finding.message), new RegExp(`: ${expected} on 2018-01-31`));

            const document = documents[0]!;
            const offset = document.textDocument.getText().indexOf('Jobs "Jobs created"');
            const hover = await services.lsp.HoverProvider!.getHoverContent(document, textDocumentPositionParams(document, offset));
            assert.match(JSON.stringify(hover?.contents), new RegExp(`latest ${expected} on 2018-01-31`));

            const summary = buildSummary({
                facts: services.lhc.Facts.get(), report: emptyReport(AS_OF), rulesInForce: [], rulesJudged: [], conditions: [], asOf: AS_OF,
                root: '/workspace', evidence: services.lhc.Evidence
            });
            assert.ok(renderSummaryMarkdown(summary).includes(expected), renderSummaryMarkdown(summary));
        });
    }
});
