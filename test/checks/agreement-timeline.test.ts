import { afterEach, describe, it } from 'mocha';
import { expectError, expectNoIssues } from 'langium/test';
import { isAgreement } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { checkTestKit, named } from './check-helpers.js';

const { services, validate } = checkTestKit();

const mou = (body: string): string => `
    area England "England" country
    party NHSEngland "NHS England" national-body serves England
    mou M "Devolution MoU" { signed 2015-02-27 signatories NHSEngland ${body} }
`;

describe('agreement-timeline', () => {
    afterEach(() => resetWorkspace(services));

    it('reports a shadow period that runs on past the date the agreement takes effect', async () => {
        const result = await validate(mou('takes effect 2016-04-01 shadow from 2015-04-01 until 2016-04-30'));
        expectError(result, "Agreement 'M''s shadow period runs until 2016-04-30, on or after it takes effect on 2016-04-01: the shadow period must end before.", {
            node: named(result, isAgreement, 'M'), property: 'shadowUntil', code: 'agreement-timeline'
        });
    });

    it('reports a shadow period that starts once the agreement is in effect, and an effect before signing', async () => {
        const late = await validate(mou('takes effect 2016-04-01 shadow from 2016-04-01'));
        expectError(late, /shadow period starts on 2016-04-01, not before it takes effect on 2016-04-01/, { node: named(late, isAgreement, 'M'), property: 'shadowFrom', code: 'agreement-timeline' });
        await resetWorkspace(services);
        const early = await validate(mou('takes effect 2014-04-01'));
        expectError(early, "Agreement 'M' takes effect on 2014-04-01, before it was signed on 2015-02-27.", { node: named(early, isAgreement, 'M'), property: 'effective', code: 'agreement-timeline' });
    });

    it('accepts dates in order, an open shadow period, and agreements that state none of them', async () => {
        expectNoIssues(await validate(mou('takes effect 2016-04-01 shadow from 2015-04-01 until 2016-03-31')));
        await resetWorkspace(services);
        expectNoIssues(await validate(mou('takes effect 2016-04-01 shadow from 2015-04-01')));
        await resetWorkspace(services);
        expectNoIssues(await validate(mou('')));
    });

    it('leaves a shadow period that ends before it starts to end-before-start', async () => {
        const result = await validate(mou('takes effect 2016-04-01 shadow from 2015-04-01 until 2015-03-01'));
        expectError(result, "Agreement 'M' ends its shadow period on 2015-03-01, before its shadow period starts on 2015-04-01.", {
            node: named(result, isAgreement, 'M'), property: 'shadowUntil', code: 'end-before-start'
        });
        expectNoIssues(result, { code: 'agreement-timeline' });
    });
});
