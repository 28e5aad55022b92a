import type { CliIo } from './command.js';

/**
 * Progress for long runs: one line on stderr, rewritten in place, only when stderr is a terminal (never in
 * CI logs or pipes). `done()` clears it so the command's own output starts on a clean line.
 */
export function createProgress(io: CliIo): { report: (message: string) => void; done: () => void } | undefined {
    if (!io.interactive) return undefined;
    let shown = false;
    return {
        report: (message) => {
            io.stderr(`\r\x1b[2K${message}`);
            shown = true;
        },
        done: () => {
            if (shown) io.stderr('\r\x1b[2K');
            shown = false;
        }
    };
}
