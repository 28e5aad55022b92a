/**
 * Node flags every benchmark child runs with — the same the `lhc` command runs with (see `bin/lhc.js`), so the
 * benchmark measures what users get. Empty: the CLI sets no Node flags.
 */
export const NODE_FLAGS: readonly string[] = [];
