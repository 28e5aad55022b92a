import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { runLhc } from '../cli/cli-harness.js';
import { REPO_ROOT } from '../repo-paths.js';

describe('lhc explain <condition> --fact <name>', () => {
    it("prints the condition's evaluation tree for one sale, each part in words with its value", async () => {
        const result = await runLhc(['explain', 'ProceedsReinvestedInLondon', 'examples/london', '--fact', 'SaleOfFormerClinicLewisham', '--as-of', '2019-06-01'], { cwd: REPO_ROOT });
        assert.equal(result.code, 0, result.stderr);
        assert.equal(result.stdout, [
            'ProceedsReinvestedInLondon for Sale of the former community clinic, Lewisham (SaleOfFormerClinicLewisham) — passes',
            "├─ the sale's completion date is set and the sale's completion date is not after today (2019-06-01) — true",
            "│  ├─ the sale's completion date is set — true",
            "│  │  └─ the sale's completion date — 2019-03-29",
            "│  └─ the sale's completion date is not after today (2019-06-01) — true",
            "│     └─ the sale's completion date is after today (2019-06-01) — false",
            "│        └─ the sale's completion date — 2019-03-29",
            "└─ for every reinvestment of the sale's reinvestments, the reinvestment is within London and the total amount of the sale's reinvestments is at least the sale's proceeds — true",
            "   ├─ for every reinvestment of the sale's reinvestments, the reinvestment is within London — true",
            '   │  ├─ the reinvestment of £3.5m in Lewisham for Community care: the reinvestment is within London — true',
            '   │  └─ the reinvestment of £2.5m in Greenwich for Primary care: the reinvestment is within London — true',
            "   └─ the total amount of the sale's reinvestments is at least the sale's proceeds — true",
            "      ├─ the total amount of the sale's reinvestments — £6m",
            "      │  ├─ the reinvestment of £3.5m in Lewisham for Community care: the reinvestment's amount — £3.5m",
            "      │  └─ the reinvestment of £2.5m in Greenwich for Primary care: the reinvestment's amount — £2.5m",
            "      └─ the sale's proceeds — £6m",
            ''
        ].join('\n'));
    });

    it('says when the fact is not one the condition ranges over, and refuses an unknown fact', async () => {
        const other = await runLhc(['explain', 'ProceedsReinvestedInLondon', 'examples/london', '--fact', 'BHRDiabetesBudget'], { cwd: REPO_ROOT });
        assert.equal(other.code, 0);
        assert.match(other.stdout, /^ProceedsReinvestedInLondon for BHR pooled budget for diabetes \(BHRDiabetesBudget\) — not judged: it is not one of all estate sales\n/);
        const unknown = await runLhc(['explain', 'ProceedsReinvestedInLondon', 'examples/london', '--fact', 'NoSuchSale'], { cwd: REPO_ROOT });
        assert.equal(unknown.code, 2);
        assert.match(unknown.stderr, /^lhc explain: no fact is called 'NoSuchSale'/);
    });
});
