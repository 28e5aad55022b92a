import { parseArgs } from 'node:util';
import { InputError } from '../engine/errors.js';
import { printable } from '../render/printable.js';
import { checkCommand } from './commands/check.js';
import { fmtCommand } from './commands/fmt.js';
import { explainCommand } from './commands/explain.js';
import { initCommand } from './commands/init.js';
import { rulesCommand } from './commands/rules.js';
import { summaryCommand } from './commands/summary.js';
import { testCommand } from './commands/test.js';
import { EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from './command.js';

/** Every sub-command; `lhc help` lists them in this order. */
export const commands: readonly CliCommand[] = [checkCommand, testCommand, summaryCommand, rulesCommand, explainCommand, initCommand, fmtCommand];

function help(): string {
    const width = Math.max(...commands.map((command) => command.name.length));
    return [
        'lhc — check health-and-care devolution agreements written in .lhc',
        '',
        'Usage: lhc <command> [options]',
        '',
        ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
        '',
        'Run `lhc <command> --help` for its options. Exit codes: 0 clean, 1 findings, 2 usage or input error.'
    ].join('\n') + '\n';
}

/** Runs one CLI invocation and returns its exit code; never throws for bad input. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
    const [name, ...rest] = argv;
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
        io.stdout(help());
        return name === undefined ? EXIT_USAGE : EXIT_OK;
    }
    if (name === '--version' || name === '-v') {
        io.stdout(`${await version()}\n`);
        return EXIT_OK;
    }
    const command = commands.find((candidate) => candidate.name === name);
    if (!command) {
        io.stderr(`lhc: unknown command '${printable(name)}'. Commands: ${commands.map((c) => c.name).join(', ')}.\n`);
        return EXIT_USAGE;
    }
    try {
        const { values, positionals } = parseArgs({
            args: joinNegativeValues(rest, command),
            options: { ...command.options, help: { type: 'boolean', short: 'h' } },
            allowPositionals: true,
            strict: true
        });
        if (values.help) {
            io.stdout(`${command.summary}\n\nUsage: ${command.usage}\n`);
            return EXIT_OK;
        }
        return await command.run(values as Record<string, string | boolean | string[] | undefined>, positionals, io);
    } catch (error) {
        io.stderr(`lhc ${name}: ${printable(describeError(error))}\n`);
        return EXIT_USAGE;
    }
}

/**
 * `--max-warnings -1`: Node's parser reads `-1` as an option of its own and gives a cut-short "ambiguous" error.
 * A value that starts with `-` and a digit is joined to its option (`--max-warnings=-1`), so the option's own
 * check says what is wrong with it.
 */
function joinNegativeValues(args: readonly string[], command: CliCommand): string[] {
    const takesValue = (arg: string): boolean => Object.entries(command.options).some(([name, option]) =>
        option.type === 'string' && (arg === `--${name}` || (option.short !== undefined && arg === `-${option.short}`)));
    const joined: string[] = [];
    for (let index = 0; index < args.length; index++) {
        const arg = args[index]!;
        const next = args[index + 1];
        if (takesValue(arg) && next !== undefined && /^-\d/.test(next)) {
            joined.push(`${arg.startsWith('--') ? arg : `--${Object.entries(command.options).find(([, o]) => `-${o.short}` === arg)![0]}`}=${next}`);
            index++;
        } else {
            joined.push(arg);
        }
    }
    return joined;
}

/** One line, never a stack trace: the user's mistake in their words, or the fault in ours. */
function describeError(error: unknown): string {
    if (error instanceof InputError) return error.message;
    const code = (error as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
        return String((error as Error).message).split('\n')[0]!.replace(/\. To specify a positional.*$/, '.');
    }
    return `internal error: ${(error as Error).message ?? String(error)}`.split('\n')[0]!;
}

async function version(): Promise<string> {
    const { readFile } = await import('node:fs/promises');
    const manifest = JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    return manifest.version;
}
