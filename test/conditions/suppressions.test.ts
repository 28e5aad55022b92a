import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'mocha';
import { findSuppressions } from '../../language/conditions/suppressions.js';
import { toFinding } from '../../language/engine/check.js';
import { buildWorkspace, createTestServices, resetWorkspace } from '../helpers.js';

const { services } = createTestServices();

describe('lhc-ignore suppression comments', () => {
    afterEach(() => resetWorkspace(services));

    it('finds comments on their own line (applying to the next code line) and at the end of a line', () => {
        const found = findSuppressions([
            'area A "A" region',
            '// lhc-ignore duplicate-name: kept for the 2015 text',
            '',
            '// another comment',
            'area A "A again" region',
            'area B "B" region // lhc-ignore duplicate-name: same line',
            'area C "// lhc-ignore in a string" region'
        ].join('\n'));
        assert.deepEqual(found.map((s) => [s.id, s.reason, s.line, s.appliesTo]), [
            ['duplicate-name', 'kept for the 2015 text', 1, 4],
            ['duplicate-name', 'same line', 5, 5]
        ]);
    });

    it('accepts the named built-in finding on the next line: shown as information, marked waived', async () => {
        const { documents, diagnostics } = await buildWorkspace(services, [
            'area A "A" region',
            '// lhc-ignore duplicate-name: the 2015 and 2017 texts name it alike',
            'area A "A again" region'
        ].join('\n'));
        const findings = diagnostics[0]!.map((diagnostic) => toFinding(documents[0]!, diagnostic));
        assert.deepEqual(findings.map((finding) => [finding.ruleId, finding.location.start.line, finding.severity, finding.waived?.by]), [
            ['duplicate-name', 1, 'error', undefined],
            ['duplicate-name', 3, 'info', 'comment']
        ]);
        assert.equal(findings[1]!.waived?.reason, 'the 2015 and 2017 texts name it alike');
        assert.equal(findings[1]!.waived?.location.start.line, 2);
    });

    it('does not accept another rule, and a comment without a reason accepts nothing and is a finding', async () => {
        const { diagnostics } = await buildWorkspace(services, [
            'area A "A" region',
            '// lhc-ignore unresolved-reference: wrong rule',
            'area A "A again" region',
            'area B "B" region',
            'area B "B again" region // lhc-ignore duplicate-name'
        ].join('\n'));
        const codes = diagnostics[0]!.map((diagnostic) => `${diagnostic.code}@${diagnostic.range.start.line + 1}:${diagnostic.severity}`);
        assert.deepEqual(codes.sort(), ['duplicate-name@1:1', 'duplicate-name@3:1', 'duplicate-name@4:1', 'duplicate-name@5:1', 'suppression-incomplete@5:2', 'suppression-unused@2:2']);
        const incomplete = diagnostics[0]!.find((diagnostic) => diagnostic.code === 'suppression-incomplete')!;
        assert.match(String(incomplete.message), /gives no reason; write '\/\/ lhc-ignore duplicate-name: <why this is acceptable>'/);
    });
});
