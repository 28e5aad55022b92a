import { reportingChain } from '../model/governance.js';
import { defineCheck } from './rule.js';
import { quoted } from './wording.js';

export const governanceCycle = defineCheck({
    id: 'governance-cycle',
    severity: 'error',
    category: 'governance',
    description: 'A board\'s reporting chain (`reports to`) must not loop back on itself.',
    rationale: 'Reporting lines carry decisions upwards: a deal\'s partnership board reports to a board that gives political oversight (in a typical deal, the area\'s health board chaired by its mayor or council leaders). A loop means no board is ultimately accountable.',
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
