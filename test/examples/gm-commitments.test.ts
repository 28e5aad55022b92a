import { strict as assert } from 'node:assert';
import { fileURLToPath } from 'node:url';
import { AstUtils } from 'langium';
import { before, describe, it } from 'mocha';
import { isCommitment, type Commitment, type Document } from '../../language/generated/ast.js';
import { checkWorkspace } from '../../language/engine/check.js';
import { commitmentState, deadlineKind, modalityOf } from '../../language/model/commitments.js';

const GM = fileURLToPath(new URL('../../../examples/greater-manchester', import.meta.url));

describe('the Greater Manchester commitments', () => {
    let commitments: Commitment[];

    before(async () => {
        const { documents, report } = await checkWorkspace({ paths: [GM], asOf: '2026-11-30' });
        commitments = documents.flatMap((document) => AstUtils.streamAllContents(document.parseResult.value as Document).filter(isCommitment).toArray());
        // Checked alone, the deal stays free of errors; its one commitment finding is the undated joint body, a note.
        assert.equal(report.findings.filter((finding) => finding.severity === 'error').length, 0);
        assert.deepEqual(report.findings.filter((finding) => finding.ruleId.startsWith('commitment-')).map((finding) => `${finding.ruleId} ${finding.severity}`),
            ['commitment-without-deadline info']);
    });

    it('has each promise the reporting supports, with its modality, deadline and clause', () => {
        const expected: [string, string, string, string][] = [
            ['DevolveFromApril2016', 'duty', 'continuing', 'Devolution'],
            ['ShadowBoardFromApril2015', 'duty', 'dated', 'SharedBoard'],
            ['JointCommissioningBody', 'duty', 'undated', 'JointCommissioning'],
            ['StaysWithinTheNHS', 'prohibition', 'continuing', 'WithinTheNHS']
        ];
        assert.deepEqual(commitments.map((commitment) => commitment.name).sort(), expected.map(([name]) => name).sort());
        for (const [name, modality, deadline, clause] of expected) {
            const commitment = commitments.find((candidate) => candidate.name === name)!;
            assert.equal(modalityOf(commitment), modality, name);
            assert.equal(deadlineKind(commitment), deadline, name);
            assert.equal(commitment.clause?.ref?.name, clause, name);
            assert.equal(commitment.deliveries.length, 0, `${name}: the February 2015 reporting evidences no delivery`);
        }
    });

    it('moves with the date: nothing binds before the MoU, the shadow board in its shadow year, the rest once it takes effect', () => {
        const statuses = (asOf: string) => Object.fromEntries(commitments.map((commitment) => [commitment.name, commitmentState(commitment, asOf).status]));
        assert.deepEqual(statuses('2015-01-01'), {
            DevolveFromApril2016: 'not-yet-due', ShadowBoardFromApril2015: 'not-yet-due', JointCommissioningBody: 'not-yet-due', StaysWithinTheNHS: 'not-yet-due'
        });
        // In the shadow year the board is set up; the rest binds once the MoU takes effect (2016-04-01).
        assert.deepEqual(statuses('2015-06-01'), {
            DevolveFromApril2016: 'not-yet-due', ShadowBoardFromApril2015: 'delivered', JointCommissioningBody: 'not-yet-due', StaysWithinTheNHS: 'not-yet-due'
        });
        assert.deepEqual(statuses('2026-11-30'), {
            DevolveFromApril2016: 'in-force', ShadowBoardFromApril2015: 'delivered', JointCommissioningBody: 'due', StaysWithinTheNHS: 'in-force'
        });
    });
});
