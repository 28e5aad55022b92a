import { reportingChain } from '../model/governance.js';
import { defineCheck } from './rule.js';
import { quoted } from './wording.js';

export const governanceNoOversight = defineCheck({
    id: 'governance-no-oversight',
    severity: 'error',
    category: 'governance',
    scope: 'document',
    description: 'Every board\'s reporting chain must reach a board with political oversight (`oversight political`).',
    rationale: 'Devolution keeps decisions accountable to elected leaders: a deal\'s partnership board reports, directly or through other boards, to a board that gives political oversight (chaired by the area\'s mayor or made up of its council leaders). A board whose chain never reaches such a board answers to no one elected.',
    checks: {
        Board: (board, context) => {
            const chain = reportingChain(board);
            if (chain.boards.some((each) => each.oversight === 'political')) return;
            const last = chain.boards.at(-1)!;
            // The chain goes on to a name that is not a board (unresolved-reference reports it): where it ends is not known.
            if (!chain.loopsBackTo && last.reportsTo && !last.reportsTo.ref) return;
            const path = chain.boards.map((each) => each.name).join(' → ');
            const end = chain.loopsBackTo
                ? `loops back to ${quoted(chain.loopsBackTo.name)}`
                : `ends at ${quoted(last.name)}, which reports to no board`;
            const message = chain.boards.length === 1 && !chain.loopsBackTo
                ? `Board ${quoted(board.name)} has no political oversight: it reports to no board and is not itself \`oversight political\`.`
                : `Board ${quoted(board.name)} never reaches political oversight: its reporting chain ${path} ${end}, and none of these boards is \`oversight political\`.`;
            context.report(board, message, {
                property: board.reportsTo ? 'reportsTo' : 'name',
                related: last !== board ? [{ node: last, property: 'name', message: `${quoted(last.name)} is the end of the chain.` }] : []
            });
        }
    }
});
