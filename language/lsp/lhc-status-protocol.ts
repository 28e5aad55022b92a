// The `lhc/status` notification from the language server to the client. No imports: the client bundle takes this
// file as it is.

export const STATUS_NOTIFICATION = 'lhc/status';

/**
 * `checking` from start-up until every workspace file has been checked once, then `ready`. Until `ready`, counts
 * of findings are incomplete: a client must not show them as the workspace's result (never a false "0 errors").
 */
export interface StatusParams {
    state: 'checking' | 'ready';
    /**
     * With `ready`: how many `.lhc` files (scenario tests left out) the server has checked, sent again after each
     * build; 0 means there is nothing to judge, and a client must not show "0 errors" as if there were.
     */
    files?: number;
}
