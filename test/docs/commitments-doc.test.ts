import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { AstUtils } from 'langium';
import { afterEach, before, describe, it } from 'mocha';
import { isCommitment, type Document } from '../../language/generated/ast.js';
import { commitmentState } from '../../language/model/commitments.js';
import { buildWorkspace, createTestServices, resetWorkspace, ruleIds } from '../helpers.js';
import { REPO_ROOT } from '../repo-paths.js';

const { services } = createTestServices();
const page = readFileSync(path.join(REPO_ROOT, 'docs', 'commitments.md'), 'utf8');
const blocks = [...page.matchAll(/```lhc\n([\s\S]*?)```/g)].map((match) => match[1]!);
const modalities = page.slice(page.indexOf('## Each modality'), page.indexOf('## In conditions'));
const shared = /```lhc\n([\s\S]*?)```/.exec(modalities)![1]!;
const examples = [...modalities.matchAll(/```lhc\n([\s\S]*?)```/g)].map((match) => match[1]!).filter((block) => block.includes('// expect '));

describe('docs/commitments.md', () => {
    before(() => { services.lhc.Settings.asOf = undefined; });
    afterEach(() => resetWorkspace(services));

    it('has a kept and a broken example for each modality, relative deadlines and conditions precedent', () => {
        for (const heading of ['Firm duty', 'Endeavour', 'Permission', 'Prohibition', 'Continuing duty', 'Relative deadline', 'Pooled-budget deadline', 'Conditions precedent']) {
            const start = modalities.indexOf(`### ${heading}`);
            assert.ok(start >= 0, heading);
            const section = modalities.slice(start, modalities.indexOf('###', start + 4));
            assert.ok((section.match(/```lhc/g) ?? []).length >= 2, `${heading} has two examples`);
        }
        assert.ok(examples.length >= 15);
    });

    for (const [index, example] of examples.entries()) {
        const expected = [...example.matchAll(/\/\/ expect (\w+): ([\w-]+)/g)].map((match) => [match[1]!, match[2]!] as const);
        const asOf = /^as of (\d{4}-\d{2}-\d{2})/.exec(example)?.[1];
        it(`example ${index + 1}: ${expected.map(([name, status]) => `${name} is ${status}`).join(', ')} as of ${asOf}`, async () => {
            assert.ok(asOf, 'the example gives its date');
            const { documents, diagnostics } = await buildWorkspace(services, example, shared);
            assert.deepEqual(ruleIds(diagnostics.flat()).filter((id) => id === 'syntax-error' || id === 'unresolved-reference'), []);
            const commitments = AstUtils.streamAllContents(documents[0]!.parseResult.value as Document).filter(isCommitment).toArray();
            for (const [name, status] of expected) {
                const commitment = commitments.find((node) => node.name === name);
                assert.ok(commitment, name);
                assert.equal(commitmentState(commitment, asOf).status, status, name);
            }
        });
    }

    it('every other example parses', async () => {
        for (const block of blocks.filter((text) => !examples.includes(text))) {
            const { documents } = await buildWorkspace(services, block.includes('condition ') ? `${block}\n${shared}` : block);
            assert.deepEqual(documents[0]!.parseResult.parserErrors.map((error) => error.message), [], block.slice(0, 60));
            await resetWorkspace(services);
        }
    });
});
