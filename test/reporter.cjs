// Mocha's spec reporter plus the closing line CI reads: "N passed, N failed".
'use strict';
const Mocha = require('mocha');
const { Spec } = Mocha.reporters;
const { EVENT_RUN_END } = Mocha.Runner.constants;

class SpecWithTotals extends Spec {
    constructor(runner, options) {
        super(runner, options);
        runner.once(EVENT_RUN_END, () => {
            const { passes = 0, failures = 0, pending = 0 } = runner.stats ?? {};
            const skipped = pending > 0 ? `, ${pending} skipped` : '';
            process.stdout.write(`${passes} passed, ${failures} failed${skipped}\n`);
        });
    }
}
module.exports = SpecWithTotals;
