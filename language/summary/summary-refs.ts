/**
 * How the summary points at what the user wrote: a place in a file, a declared fact, a party, a clause. A leaf
 * module (it imports nothing), so every part of the summary can use these without importing the summary's model.
 */

/** Where a declaration is written: a path relative to the summary's root, with forward slashes, and a 1-based line. */
export interface SourceRef {
    file: string;
    line: number;
}

/** A declared fact the summary points at: its kind (`Pilot`, `EstateSale`…), its qualified name and title. */
export interface FactRef {
    type: string;
    /** Qualified name as written in references (`Aspiration.Target`, `Agreement.Clause`). */
    id: string;
    name: string;
    title?: string;
    source?: SourceRef;
}

export interface PartyRef extends FactRef {
    /** `ccg`, `council`, `healthwatch`…, or `board` for governance boards. */
    kind: string;
}

export interface ClauseRef extends FactRef {
    text: string;
    /** The agreement the clause belongs to. */
    agreement?: string;
}
