import { strict as assert } from 'node:assert';
import { AstUtils } from 'langium';
import { afterEach, describe, it } from 'mocha';
import { isCommitment, type Commitment, type Document } from '../../language/generated/ast.js';
import { commitmentState, modalityOf, type CommitmentStatus } from '../../language/model/commitments.js';
import { buildWorkspace, createTestServices, resetWorkspace } from '../helpers.js';

const { services } = createTestServices();

const BASE = `
    party NHSEngland "NHS England" national-body
    party LondonPartners "London Partners" partnership
    power TransformationFunding "Transformation funding" held by NHSEngland
    mou MoU "The MoU" { signed 2017-11-16 signatories NHSEngland, LondonPartners clause Promise "A promise." }
`;

async function commitments(text: string): Promise<Map<string, Commitment>> {
    const { documents } = await buildWorkspace(services, BASE, text);
    const found = new Map<string, Commitment>();
    for (const document of documents) {
        const issues = document.parseResult.parserErrors.map((error) => error.message);
        assert.deepEqual(issues, [], 'the text parses');
        for (const node of AstUtils.streamAllContents((document.parseResult.value as Document))) {
            if (isCommitment(node)) found.set(node.name, node);
        }
    }
    return found;
}

function statusAt(commitment: Commitment | undefined, asOf: string): CommitmentStatus {
    assert.ok(commitment, 'the commitment is declared');
    return commitmentState(commitment, asOf).status;
}

describe('commitment status', () => {
    afterEach(() => resetWorkspace(services));

    it('a firm duty with a date: not yet due before signing, due in its window, overdue after, delivered or delivered late', async () => {
        const found = await commitments(`
            commitment Board "Set up a board" under MoU { by LondonPartners will "set up a board" due 2018-03-31 per MoU.Promise }
            commitment OnTime "Kept on time" under MoU { by LondonPartners must "report" due 2018-03-31 delivered on 2018-03-01 "The report." source "r.txt" }
            commitment Late "Kept late" under MoU { by LondonPartners will "report" due 2018-03-31 delivered on 2018-05-01 "The report." }
        `);
        assert.equal(statusAt(found.get('Board'), '2017-01-01'), 'not-yet-due');
        assert.equal(statusAt(found.get('Board'), '2018-01-01'), 'due');
        assert.equal(statusAt(found.get('Board'), '2018-03-31'), 'due');
        assert.equal(statusAt(found.get('Board'), '2018-04-01'), 'overdue');
        assert.equal(statusAt(found.get('OnTime'), '2018-06-01'), 'delivered');
        assert.equal(statusAt(found.get('OnTime'), '2018-02-01'), 'due', 'a delivery after the as-of date does not count yet');
        assert.equal(statusAt(found.get('Late'), '2018-04-15'), 'overdue');
        assert.equal(statusAt(found.get('Late'), '2018-06-01'), 'delivered-late');
    });

    it('an endeavour is done when the exploration is reported; undated, it stays due', async () => {
        const found = await commitments(`
            commitment Weighting "Explore London weighting" under MoU { by LondonPartners will explore "London weighting" }
            commitment Seek "Seek to restrict advertising" under MoU { by LondonPartners will seek to "restrict advertising" due 2019-03-31 delivered on 2019-01-10 "Options reported to the board." }
        `);
        assert.equal(modalityOf(found.get('Weighting')!), 'endeavour');
        assert.equal(statusAt(found.get('Weighting'), '2026-11-30'), 'due');
        assert.equal(modalityOf(found.get('Seek')!), 'endeavour');
        assert.equal(statusAt(found.get('Seek'), '2019-06-01'), 'delivered');
    });

    it('a permission is never overdue; a prohibition is in force until breached', async () => {
        const found = await commitments(`
            commitment Sell "May sell land" under MoU { by NHSEngland may "sell unused land" due 2018-01-01 }
            commitment NoCuts "Must not cut budgets" under MoU { by NHSEngland must not "cut the pooled budgets" breached on 2019-02-01 "Budget cut by 5%." source "news.txt" }
            commitment WontSell "Will not sell" under MoU { by NHSEngland will not "sell the hospital" }
        `);
        assert.equal(modalityOf(found.get('Sell')!), 'permission');
        assert.equal(statusAt(found.get('Sell'), '2026-11-30'), 'in-force');
        assert.equal(statusAt(found.get('Sell'), '2017-01-01'), 'not-yet-due');
        assert.equal(modalityOf(found.get('NoCuts')!), 'prohibition');
        assert.equal(statusAt(found.get('NoCuts'), '2018-06-01'), 'in-force');
        assert.equal(statusAt(found.get('NoCuts'), '2019-06-01'), 'breached');
        assert.equal(statusAt(found.get('WontSell'), '2019-06-01'), 'in-force');
    });

    it('a continuing duty is discharged by the fact that fulfils it, and breached when that fact ends', async () => {
        const found = await commitments(`
            delegation Funding: NHSEngland delegates TransformationFunding to LondonPartners from 2018-04-01 until 2020-03-31 under MoU
            commitment Delegate "Delegate transformation funding" under MoU { by NHSEngland for LondonPartners will "delegate transformation funding" from 2018-04-01 fulfilled by Funding }
            commitment Pool "Pool budgets" under MoU { by LondonPartners will "pool budgets" from 2018-04-01 }
        `);
        assert.equal(statusAt(found.get('Delegate'), '2018-01-01'), 'not-yet-due');
        assert.equal(statusAt(found.get('Delegate'), '2018-06-01'), 'in-force');
        assert.equal(commitmentState(found.get('Delegate')!, '2018-06-01').delivered?.date, '2018-04-01');
        assert.equal(statusAt(found.get('Delegate'), '2021-01-01'), 'breached');
        assert.equal(statusAt(found.get('Pool'), '2018-06-01'), 'overdue');
    });

    it('a board established discharges "will set up" without a delivered line', async () => {
        const found = await commitments(`
            board EstatesBoard "Estates Board" { established 2018-02-01 }
            commitment SetUp "Set up the board" under MoU { by LondonPartners will "set up an estates board" due 2018-03-31 fulfilled by EstatesBoard }
        `);
        assert.equal(statusAt(found.get('SetUp'), '2018-01-01'), 'due');
        assert.equal(statusAt(found.get('SetUp'), '2018-06-01'), 'delivered');
        assert.match(commitmentState(found.get('SetUp')!, '2018-06-01').delivered?.evidence ?? '', /EstatesBoard established 2018-02-01/);
    });

    it('fulfilled by several facts: delivered when the last of them happens', async () => {
        const found = await commitments(`
            board EstatesBoard "Estates Board" { established 2018-02-01 }
            board DeliveryUnit "Delivery Unit" { }
            board Workforce "Workforce Board" { established 2018-05-01 }
            commitment Both "Board and unit" under MoU { by LondonPartners will "set up both" fulfilled by EstatesBoard, DeliveryUnit }
            commitment Two "Two boards" under MoU { by LondonPartners will "set up both" due 2018-04-01 fulfilled by EstatesBoard, Workforce }
        `);
        assert.equal(statusAt(found.get('Both'), '2026-11-30'), 'due', 'the unit has no established date');
        assert.equal(statusAt(found.get('Two'), '2018-03-01'), 'due');
        assert.equal(statusAt(found.get('Two'), '2018-06-01'), 'delivered-late');
        assert.equal(commitmentState(found.get('Two')!, '2018-06-01').delivered?.date, '2018-05-01');
    });

    it('a relative deadline counts from its fact, and is not yet due before the fact happens', async () => {
        const found = await commitments(`
            delegation Funding: NHSEngland delegates TransformationFunding to LondonPartners from 2018-04-01 under MoU
            commitment Report "Report on the delegation" under MoU { by LondonPartners will "report" due within 6 months of Funding }
        `);
        assert.equal(statusAt(found.get('Report'), '2018-01-01'), 'not-yet-due');
        const state = commitmentState(found.get('Report')!, '2018-06-01');
        assert.equal(state.status, 'due');
        assert.equal(state.due, '2018-10-01');
        assert.equal(statusAt(found.get('Report'), '2018-10-02'), 'overdue');
    });

    it('conditions precedent hold a commitment back until they are met', async () => {
        const found = await commitments(`
            commitment Signed "Once signed" under MoU { by LondonPartners will "act" due 2018-06-30 once "the delegation agreement is signed" met on 2018-05-01 }
            commitment Unmet "Never met" under MoU { by LondonPartners will "act" due 2018-06-30 once "the delegation agreement is signed" }
            commitment AfterOther "After the other" under MoU { by LondonPartners will "act" due 2018-09-30 once Signed }
        `);
        assert.equal(statusAt(found.get('Signed'), '2018-04-01'), 'not-yet-due');
        assert.equal(statusAt(found.get('Signed'), '2018-06-01'), 'due');
        assert.equal(statusAt(found.get('Signed'), '2018-07-01'), 'overdue');
        assert.equal(statusAt(found.get('Unmet'), '2026-11-30'), 'not-yet-due');
        assert.equal(statusAt(found.get('AfterOther'), '2026-11-30'), 'not-yet-due', 'the commitment it waits for was never delivered');
    });

    it('withdrawn, varied and superseded end a commitment before it is kept', async () => {
        const found = await commitments(`
            mou Later "A later MoU" { signed 2019-01-01 }
            commitment Gone "Withdrawn" under MoU { by LondonPartners will "act" due 2019-06-30 withdrawn on 2018-12-01 approved by NHSEngland because "No longer needed." }
            commitment Replaced "Superseded" under MoU { by LondonPartners will "act" due 2019-06-30 superseded on 2019-01-01 under Later because "Replaced by the later MoU." }
            commitment Varied "Varied" under MoU { by LondonPartners will "act" due 2019-06-30 varied on 2019-01-01 under Later }
        `);
        assert.equal(statusAt(found.get('Gone'), '2018-06-01'), 'due');
        assert.equal(statusAt(found.get('Gone'), '2019-01-01'), 'withdrawn');
        assert.equal(statusAt(found.get('Replaced'), '2019-02-01'), 'superseded');
        assert.equal(statusAt(found.get('Varied'), '2019-02-01'), 'superseded');
        assert.equal(commitmentState(found.get('Replaced')!, '2019-02-01').ended?.by, 'Later');
    });

    it('survives a partial commitment: no holders, no modality, no dates', async () => {
        const found = await commitments(`commitment Bare "Bare" { }`);
        assert.equal(statusAt(found.get('Bare'), '2020-01-01'), 'due');
    });

    it('binds once its agreement takes effect (not when signed), and a prohibition from a later date binds only from then', async () => {
        const found = await commitments(`
            mou Later "A later MoU" { signed 2015-02-27 takes effect 2016-04-01 signatories NHSEngland }
            commitment Body "Set up a body" under Later { by NHSEngland will "set up a body" }
            commitment Within "Stay within the NHS" under Later { by NHSEngland must not "leave the NHS" from 2017-01-01 }
        `);
        assert.equal(statusAt(found.get('Body'), '2015-06-01'), 'not-yet-due');
        assert.equal(commitmentState(found.get('Body')!, '2015-06-01').reason, 'it binds from 2016-04-01');
        assert.equal(statusAt(found.get('Body'), '2016-06-01'), 'due');
        assert.equal(statusAt(found.get('Within'), '2016-06-01'), 'not-yet-due');
        assert.equal(statusAt(found.get('Within'), '2017-06-01'), 'in-force');
    });
});
