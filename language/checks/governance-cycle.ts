import { reportingChain } from '../model/governance.js';
import { defineCheck } from './rule.js';
import { quoted } from './wording.js';

export const governanceCycle = defineCheck({
    id: 'governance-cycle',
    severity: 'error',
    category: 'governance',
    scope: 'document',
    description: 'A board\'s reporting chain (`reports to`) must not loop back on itself.',
    rationale: 'Reporting lines carry decisions upwards: "The SPB will report into the London Health Board (LHB), which is chaired by the Mayor of London and provides political oversight." A loop means no board is ultimately accountable.',
    checks: {
        Board: (board, context) => {
            const chain = reportingChain(board);
            // Reported on each board of the loop itself; boards that merely lead into a loop are not in it.
            if (chain.loopsBackTo !== board) return;
            const loop = [...chain.boards, board].map((each) => each.name).join(' → ');
            const next = board.reportsTo?.ref;
            context.report(board, `Board ${quoted(board.name)} reports to itself through a loop: ${loop}.`, {
                property: 'reportsTo',
                related: next && next !== board ? [{ node: next, property: 'reportsTo', message: `${quoted(next.name)} continues the loop.` }] : []
            });
        }
    }
});
