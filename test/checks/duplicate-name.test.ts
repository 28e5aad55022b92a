import { afterEach, describe, it } from 'mocha';
import { expectError, expectNoIssues } from 'langium/test';
import { isOrganisation, isClause } from '../../language/generated/ast.js';
import { resetWorkspace } from '../helpers.js';
import { all, checkTestKit, named } from './check-helpers.js';

const { services, validate, validateFiles } = checkTestKit();

describe('duplicate-name', () => {
    afterEach(() => resetWorkspace(services));

    it('reports both declarations of a name used twice in one file', async () => {
        const result = await validate(`party CamdenCCG "Camden CCG" ccg  party CamdenCCG "Camden CCG again" ccg`);
        const [first, second] = all(result, isOrganisation);
        for (const node of [first!, second!]) {
            expectError(result, "'CamdenCCG' is declared 2 times; names must be unique across the workspace.", { node, property: 'name', code: 'duplicate-name' });
        }
    });

    it('reports a name declared in two files', async () => {
        const [a, b] = await validateFiles(`party CamdenCCG "Camden CCG" ccg`, `area CamdenCCG "Camden" borough`);
        expectError(a!, /'CamdenCCG' is declared 2 times/, { node: named(a!, isOrganisation, 'CamdenCCG'), property: 'name', code: 'duplicate-name' });
        expectError(b!, /'CamdenCCG' is declared 2 times/, { offset: b!.document.textDocument.getText().indexOf('CamdenCCG'), length: 'CamdenCCG'.length, code: 'duplicate-name' });
    });

    it('accepts the same clause name in two agreements (clauses are qualified by their agreement)', async () => {
        const result = await validate(`agreement A "A" { clause Estates "a" } agreement B "B" { clause Estates "b" }`);
        expectNoIssues(result, { code: 'duplicate-name' });
        if (all(result, isClause).length !== 2) throw new Error('expected two clauses');
    });
});
