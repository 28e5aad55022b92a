import type { ParseArgsConfig } from 'node:util';

/** Where a command writes; tests pass buffers, the real CLI passes the process's streams. */
export interface CliIo {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    /** Whether stdout is a terminal and colour is allowed (no NO_COLOR). */
    color: boolean;
    /** Whether stderr is a terminal, so progress may be shown. */
    interactive: boolean;
    cwd: string;
    env: NodeJS.ProcessEnv;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** One `lhc` sub-command: its flags, its help and what it does. Commands are thin: parse, call the engine, render. */
export interface CliCommand {
    name: string;
    summary: string;
    usage: string;
    options: NonNullable<ParseArgsConfig['options']>;
    run(values: Record<string, string | boolean | string[] | undefined>, positionals: string[], io: CliIo): Promise<number>;
}
