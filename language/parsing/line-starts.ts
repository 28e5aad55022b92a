/**
 * Where each line of a text starts, so that a character offset can be turned into a line and column without the
 * parser storing both for every token.
 *
 * Line breaks are counted the way the lexer (Chevrotain's default `/\n|\r\n?/`) counts them: `\r\n`, `\n` and a
 * lone `\r` end a line each; other Unicode line separators do not.
 */

/**
 * The offset (UTF-16 code units) at which each line of `text` starts: entry 0 is 0, entry `k` is the offset just
 * after the `k`-th line break. A `Uint32Array` costs 4 bytes a line, and is built in one pass.
 */
export function computeLineStarts(text: string): Uint32Array {
    const length = text.length;
    let count = 1;
    for (let i = 0; i < length; i++) {
        const code = text.charCodeAt(i);
        if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) count++;
    }
    const starts = new Uint32Array(count);
    let line = 1;
    for (let i = 0; i < length; i++) {
        const code = text.charCodeAt(i);
        if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts[line++] = i + 1;
    }
    return starts;
}

/**
 * The 0-based line that `offset` falls on: the last line starting at or before it (binary search, `from` being a
 * line known to start at or before `offset`, to narrow the search). An offset past the end is on the last line.
 */
export function lineOfOffset(starts: Uint32Array, offset: number, from = 0): number {
    let low = from;
    let high = starts.length - 1;
    while (low < high) {
        // eslint-disable-next-line no-bitwise
        const middle = (low + high + 1) >>> 1;
        if (starts[middle]! <= offset) low = middle;
        else high = middle - 1;
    }
    return low;
}
