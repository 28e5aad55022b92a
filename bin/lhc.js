#!/usr/bin/env node
// Entry point of the `lhc` command. The polyfill must load before Langium (see language/polyfill.mjs).
import '../language/polyfill.mjs';
import { statSync } from 'node:fs';

// The one-file bundle starts much faster than the compiled modules; use it unless the modules were rebuilt after it.
const bundle = new URL('../out/language/cli/bundle.mjs', import.meta.url);
const modules = new URL('../out/language/cli/main.js', import.meta.url);
const { main } = await import(isAtLeastAsNew(bundle, modules) ? bundle.href : modules.href);
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

function isAtLeastAsNew(file, than) {
    try {
        return statSync(file).mtimeMs >= statSync(than).mtimeMs;
    } catch {
        return false;
    }
}
