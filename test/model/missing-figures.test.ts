import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { counted, refText, writtenValue } from '../../language/checks/wording.js';
import { formatCount, formatMoney, formatPercent, NO_AMOUNT, NO_FIGURE } from '../../language/model/money.js';
import { formatValue } from '../../language/model/target-values.js';

/** What a missing figure must never read as. */
const MISSING = /undefined|null|NaN|Infinity/;

/**
 * Any optional property of a recovered tree may be missing, and a sum over one is NaN: the shared formatters every
 * finding, hover and summary writes figures with say "(no amount)" or "?" instead of 'undefined', 'NaN' or '£NaN'.
 */
describe('figures a file does not give', () => {
    const anyFigure = fc.oneof(fc.constant(undefined), fc.constant(Number.NaN), fc.constant(Infinity), fc.constant(-Infinity), fc.double(), fc.integer());
    const kind = fc.constantFrom('money' as const, 'percent' as const, 'number' as const);
    const literal = fc.constantFrom('MoneyLiteral', 'PercentLiteral', 'NumberLiteral', undefined);

    it('are written as "(no amount)" or "?" by every formatter, never as undefined, NaN or £NaN', () => {
        fc.assert(fc.property(anyFigure, kind, literal, (value, valueKind, literalKind) => {
            for (const text of [formatMoney(value), formatPercent(value), formatCount(value), formatValue(value, valueKind, 'jobs'),
                writtenValue(value, literalKind), counted(value, 'resident')]) {
                assert.doesNotMatch(text, MISSING, `${String(value)} → ${text}`);
            }
        }), { numRuns: 500 });
        assert.equal(formatMoney(undefined), NO_AMOUNT);
        assert.equal(formatMoney(Number.NaN), NO_AMOUNT);
        assert.equal(formatValue(undefined, 'percent'), `${NO_FIGURE}%`);
        assert.equal(formatValue(Number.NaN, 'number', 'jobs'), `${NO_FIGURE} jobs`);
        assert.equal(counted(undefined, 'resident'), '? residents');
    });

    it('leave real figures as they were', () => {
        assert.equal(formatMoney(12_500_000), '£12.5m');
        assert.equal(formatMoney(800_000), '£800,000');
        assert.equal(formatPercent(14.153), '14.15%');
        assert.equal(formatValue(652_198.4, 'number', 'working days'), '652,198 working days');
        assert.equal(formatValue(14.153, 'percent'), '14.15%');
        assert.equal(writtenValue(25_176.34, 'NumberLiteral'), '25,176');
        assert.equal(counted(1, 'practice'), '1 practice');
        assert.equal(counted(42_000, 'resident'), '42,000 residents');
    });

    it('name a missing reference by a fallback, never undefined', () => {
        assert.equal(refText({ $refText: 'CamdenCCG' }), 'CamdenCCG');
        assert.equal(refText(undefined), '?');
        assert.equal(refText(undefined, 'an unnamed partner'), 'an unnamed partner');
        assert.equal(refText({ $refText: '' }, 'a power'), 'a power');
    });
});
