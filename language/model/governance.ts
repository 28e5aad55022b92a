import type { Board } from '../generated/ast.js';

/** A board's reporting chain: the board, the board it reports to, and so on. */
export interface ReportingChain {
    /** The boards in order, starting with the board itself, each once. */
    boards: Board[];
    /** Set when the chain comes back to a board already in it: the board it loops back to. */
    loopsBackTo?: Board;
}

export function reportingChain(board: Board): ReportingChain {
    const boards: Board[] = [];
    for (let current: Board | undefined = board; current; current = current.reportsTo?.ref) {
        if (boards.includes(current)) return { boards, loopsBackTo: current };
        boards.push(current);
    }
    return { boards };
}
