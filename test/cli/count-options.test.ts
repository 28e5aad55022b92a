import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { parseCountOption } from '../../language/cli/options.js';
import { InputError } from '../../language/engine/errors.js';

// Issue 23: a count option is a whole number the engine can count in ones; a larger one is refused, never read as
// infinity (`--stale-after` of 400 nines made every piece of evidence fresh for ever).
describe('count options (--stale-after, --max-warnings)', () => {
    it('reads whole numbers up to 2^53 - 1 and refuses larger ones in one line', () => {
        assert.equal(parseCountOption('stale-after', '400'), 400);
        assert.equal(parseCountOption('stale-after', '9007199254740991'), Number.MAX_SAFE_INTEGER);
        assert.throws(() => parseCountOption('stale-after', '9007199254740992'),
            (error: unknown) => error instanceof InputError && error.message === "--stale-after must be a whole number up to 9007199254740991, not '9007199254740992'");
        assert.throws(() => parseCountOption('max-warnings', '9'.repeat(400)), { message: "--max-warnings must be a whole number up to 9007199254740991, not '999999999999…'" });
        assert.throws(() => parseCountOption('stale-after', '1e400'), { message: "--stale-after must be a whole number, not '1e400'" });
    });
});
