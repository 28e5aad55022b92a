#!/usr/bin/env node
// Entry point of the `lhc` command. The polyfill must load before Langium (see language/polyfill.mjs).
import '../language/polyfill.mjs';

const { main } = await import('../out/language/cli/main.js');
// `lhc summary | head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
});
const color = Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb';
const exitCode = await main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color,
    interactive: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    env: process.env
});
process.exitCode = exitCode;
