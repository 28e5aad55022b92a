import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import fc from 'fast-check';
import { closest } from '../../language/linking/near-names.js';

describe('near names ("did you mean")', () => {
    it('offers the same name whatever order the candidates were indexed in (the language server and a fresh build agree)', () => {
        // Both are one edit from the name written; the server indexes in edit order, a fresh build in file order.
        assert.equal(closest('MertonCouncil', ['SuttonCouncil', 'BoltonCouncil']), 'BoltonCouncil');
        assert.equal(closest('MertonCouncil', ['BoltonCouncil', 'SuttonCouncil']), 'BoltonCouncil');
        // Equally near ignoring case: the one that also matches in case.
        assert.equal(closest('sael', ['Sale', 'sale']), 'sale');
        assert.equal(closest('sael', ['sale', 'Sale']), 'sale');
        fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 8 }), fc.array(fc.string({ maxLength: 8 }), { maxLength: 8 }), (written, names) => {
            assert.equal(closest(written, names), closest(written, [...names].reverse()));
        }));
    });

    it('offers nothing when no candidate is near enough to be a typo', () => {
        assert.equal(closest('Lewisham', ['NHSEngland', 'GreaterManchester']), undefined);
        // Lengths 4 apart are not a distance of 4: 'WalthamForest' is nothing like 'NorthEast' or 'Islington'.
        assert.equal(closest('WalthamForest', ['NorthEast', 'Islington']), undefined);
        assert.equal(closest('WalthamForest', ['WalthamForrest']), 'WalthamForrest');
    });
});
