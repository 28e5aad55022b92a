import { strict as assert } from 'node:assert';
import { fileURLToPath } from 'node:url';
import { AstUtils } from 'langium';
import { before, describe, it } from 'mocha';
import { isCommitment, type Commitment, type Document } from '../../language/generated/ast.js';
import { checkWorkspace } from '../../language/engine/check.js';
import { agreementOf } from '../../language/model/agreements.js';
import { commitmentState, deadlineKind, modalityOf } from '../../language/model/commitments.js';

const LONDON = fileURLToPath(new URL('../../../examples/london', import.meta.url));

describe('the London commitments', () => {
    let commitments: Commitment[];
    const byName = (name: string): Commitment => {
        const found = commitments.find((commitment) => commitment.name === name);
        assert.ok(found, name);
        return found;
    };

    before(async () => {
        const { documents } = await checkWorkspace({ paths: [LONDON], asOf: '2018-06-01' });
        commitments = documents.flatMap((document) => AstUtils.streamAllContents(document.parseResult.value as Document).filter(isCommitment).toArray());
    });

    it('has every promise the issue names, each with its modality and clause', () => {
        const expected: [string, string, string][] = [
            ['LondonEstatesBoardAndDeliveryUnit', 'duty', 'undated'],
            ['LondonWorkforceBoardEstablished', 'duty', 'undated'],
            ['ExploreLondonWeighting', 'endeavour', 'undated'],
            ['SoftDrinksIndustryLevy', 'duty', 'undated'],
            ['RestrictUnhealthyFoodAdvertising', 'endeavour', 'undated'],
            ['MentalHealthAndWork', 'duty', 'undated'],
            ['DelegateTransformationFunding', 'duty', 'continuing'],
            ['BHRPoolingFromApril2018', 'duty', 'continuing'],
            ['BHRFullyPooledFromApril2019', 'endeavour', 'dated'],
            ['LewishamPlansFromApril2016', 'duty', 'dated'],
            ['StrategicPartnershipBoardReportsToLHB', 'duty', 'undated']
        ];
        for (const [name, modality, deadline] of expected) {
            const commitment = byName(name);
            assert.equal(modalityOf(commitment), modality, name);
            assert.equal(deadlineKind(commitment), deadline, name);
            assert.ok(commitment.clause?.ref, `${name} cites its clause`);
            assert.ok(commitment.modality, `${name} states its modality`);
        }
        for (const commitment of commitments) assert.ok(commitment.holders.length > 0 && commitment.modality, commitment.name);
    });

    it('says delivered only where a source says so, naming the source', () => {
        for (const commitment of commitments) {
            for (const delivery of commitment.deliveries) {
                assert.match(delivery.source ?? '', /^00\d_[0-9a-f]+\.txt$/, `${commitment.name} names its source`);
                assert.ok(delivery.evidence, commitment.name);
            }
        }
        assert.deepEqual(commitments.filter((commitment) => commitment.deliveries.length > 0).map((commitment) => commitment.name), ['LondonWorkforceBoardEstablished']);
    });

    it('gives the 2017 MoU\'s commitments different statuses as of 2017-01-01, 2018-06-01 and 2026-11-30', () => {
        const mou = commitments.filter((commitment) => agreementOf(commitment)?.name === 'DevolutionMoU2017');
        const statuses = (asOf: string) => Object.fromEntries(mou.map((commitment) => [commitment.name, commitmentState(commitment, asOf).status]));
        const before = statuses('2017-01-01');
        assert.ok(Object.values(before).every((status) => status === 'not-yet-due'), JSON.stringify(before));
        const mid = statuses('2018-06-01');
        assert.equal(mid['DelegateTransformationFunding'], 'in-force');
        assert.equal(mid['BHRPoolingFromApril2018'], 'in-force');
        assert.equal(mid['BHRFullyPooledFromApril2019'], 'due');
        assert.equal(mid['BHRJointCommissioningPlans'], 'overdue');
        assert.equal(mid['LondonWorkforceBoardEstablished'], 'delivered');
        assert.equal(mid['ExploreLondonWeighting'], 'due');
        assert.equal(mid['LondonEstatesBoardAndDeliveryUnit'], 'due');
        const late = statuses('2026-11-30');
        assert.equal(late['BHRFullyPooledFromApril2019'], 'overdue');
        assert.equal(late['DelegateTransformationFunding'], 'in-force');
        assert.equal(late['BHRJointCommissioningPlans'], 'overdue');
        assert.notDeepEqual(before, mid);
        assert.notDeepEqual(mid, late);
    });

    it('--as-of moves lhc check\'s commitment findings', async () => {
        const ids = async (asOf: string) => (await checkWorkspace({ paths: [LONDON], asOf })).report.findings
            .filter((finding) => finding.ruleId === 'commitment-overdue').map((finding) => /Commitment '(\w+)'/.exec(finding.message)?.[1]).sort();
        assert.deepEqual(await ids('2017-01-01'), ['LewishamPlansFromApril2016'], 'the 2015 agreement binds; the MoU does not yet');
        assert.deepEqual(await ids('2018-06-01'), ['BHRJointCommissioningPlans', 'LewishamPlansFromApril2016']);
        assert.deepEqual(await ids('2026-11-30'), ['BHRFullyPooledFromApril2019', 'BHRJointCommissioningPlans', 'LewishamPlansFromApril2016']);
    });
});
