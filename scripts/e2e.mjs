// `npm run test:e2e`: the end-to-end tests in a real VS Code (code-server 4.100.3 = VS Code 1.100.3) driven
// through Debian's Chromium by playwright-core, then the desktop suite (@vscode/test-electron) when a VS Code
// executable is given. The one entry point: it installs what is missing, builds, packages the extension, installs
// the .vsix and runs every out/test/e2e/**/*.test.js. See TOOLCHAIN notes in the README ("End-to-end tests").
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tools = join(root, 'test/e2e/.tools');
const CODE_SERVER_VERSION = '4.100.3';
const codeServer = join(tools, 'node_modules/code-server');
const installedMarker = join(tools, `.code-server-${CODE_SERVER_VERSION}-complete`);
const SYSTEM_PACKAGES = [
    { name: 'chromium', present: () => existsSync('/usr/bin/chromium') },
    { name: 'ripgrep', present: () => existsSync('/usr/bin/rg') },
    // pdftotext: the print test reads the text of the summary printed to PDF.
    { name: 'poppler-utils', present: () => existsSync('/usr/bin/pdftotext') },
    { name: 'libkrb5-dev', present: () => existsSync('/usr/include/gssapi/gssapi.h') || existsSync('/usr/include/krb5.h') }
];

function run(command, args, options = {}) {
    const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options, env: { ...process.env, ...options.env } });
    if (result.status !== 0) {
        console.error(`e2e: '${command} ${args.join(' ')}' failed (exit ${result.status ?? result.signal}).`);
        process.exit(1);
    }
}
const npm = (args, options) => run('npm', args, options);
const step = (message) => console.log(`\n== ${message}`);

function ensureSystemPackages() {
    const missing = SYSTEM_PACKAGES.filter((item) => !item.present()).map((item) => item.name);
    if (missing.length === 0) return;
    if (process.getuid?.() !== 0) {
        console.error(`e2e: missing system packages; install them with: sudo apt-get install -y ${missing.join(' ')}`);
        process.exit(1);
    }
    step(`Installing ${missing.join(', ')}`);
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', ...missing], { env: { DEBIAN_FRONTEND: 'noninteractive' } });
}

/** code-server from npm, finished by hand: its own postinstall would download things that cannot be reached here. */
function ensureCodeServer() {
    if (existsSync(installedMarker)) return;
    step(`Installing code-server ${CODE_SERVER_VERSION} into test/e2e/.tools (once, about 80 s)`);
    rmSync(tools, { recursive: true, force: true });
    mkdirSync(tools, { recursive: true });
    writeFileSync(join(tools, 'package.json'), `${JSON.stringify({ name: 'lhc-e2e-tools', private: true }, null, 2)}\n`);
    const yes = { npm_config_yes: 'true' };
    npm(['install', '--no-audit', '--no-fund', '--ignore-scripts', '--save-exact', `code-server@${CODE_SERVER_VERSION}`], { cwd: tools });
    const vscodeDir = join(codeServer, 'lib/vscode');
    npm(['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: vscodeDir });
    // Before rebuilding: otherwise @vscode/ripgrep's install script tries to download rg.
    const ripgrepBin = join(vscodeDir, 'node_modules/@vscode/ripgrep/bin');
    mkdirSync(ripgrepBin, { recursive: true });
    rmSync(join(ripgrepBin, 'rg'), { force: true });
    symlinkSync('/usr/bin/rg', join(ripgrepBin, 'rg'));
    // node-pty runs `npx node-gyp`, which needs a yes.
    npm(['rebuild'], { cwd: vscodeDir, env: yes });
    const asar = join(vscodeDir, 'node_modules.asar');
    rmSync(asar, { recursive: true, force: true });
    symlinkSync('node_modules', asar);
    npm(['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: join(vscodeDir, 'extensions') });
    // Needed even with --auth none.
    npm(['rebuild', 'argon2'], { cwd: tools, env: yes });
    if (!existsSync(join(tools, 'node_modules/argon2/lib/binding/napi-v3/argon2.node'))) {
        console.error('e2e: argon2 was not built; code-server cannot start without it.');
        process.exit(1);
    }
    writeFileSync(installedMarker, `${new Date().toISOString()}\n`);
}

function codeServerCommand() {
    return [process.execPath, join(codeServer, 'out/node/entry.js')];
}

/** Installs the packaged .vsix the way a user would, into a fresh extensions folder shared by the tests. */
function installExtension() {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const vsix = join(root, 'test-results', `${manifest.name}-${manifest.version}.vsix`);
    const extensionsDir = join(root, 'test-results/e2e-extensions');
    rmSync(extensionsDir, { recursive: true, force: true });
    mkdirSync(extensionsDir, { recursive: true });
    step('Packaging the extension');
    run(process.execPath, [join(root, 'scripts/package.mjs'), '--out', vsix]);
    step('Installing the .vsix into code-server');
    const [node, entry] = codeServerCommand();
    const home = join(root, 'test-results/e2e-install-home');
    mkdirSync(home, { recursive: true });
    run(node, [entry, '--extensions-dir', extensionsDir, '--user-data-dir', join(home, 'data'), '--install-extension', vsix],
        { env: { HOME: home, TMPDIR: home } });
    return extensionsDir;
}

ensureSystemPackages();
ensureCodeServer();
// `--install-only`: prepare the tools (e.g. to cache them in CI) without running anything.
if (process.argv.includes('--install-only')) process.exit(0);
step('Building');
npm(['run', 'build']);
const extensionsDir = installExtension();

// `npm run test:e2e -- london editor-basics`: only those files of test/e2e (while iterating; the desktop suite is
// skipped then). No names: every file, then the desktop suite.
const selected = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const specs = selected.length > 0 ? selected.map((name) => `out/test/e2e/${name.replace(/(\.test)?\.[jt]s$/, '')}.test.js`) : ['out/test/e2e/**/*.test.js'];
for (const spec of specs) {
    if (!spec.includes('*') && !existsSync(join(root, spec))) {
        console.error(`e2e: no test file ${spec}`);
        process.exit(2);
    }
}

step('End-to-end tests in code-server + Chromium');
const mocha = join(root, 'node_modules/mocha/bin/mocha.js');
const browserSuite = spawnSync(process.execPath, [mocha, '--no-config', '--node-option', 'import=./language/polyfill.mjs',
    '--reporter', './test/reporter.cjs', '--timeout', '180000', ...specs], {
    cwd: root, stdio: 'inherit',
    env: { ...process.env, LHC_E2E_CODE_SERVER: join(codeServer, 'out/node/entry.js'), LHC_E2E_EXTENSIONS_DIR: extensionsDir }
});

if (selected.length > 0) process.exit(browserSuite.status === 0 ? 0 : 1);
step('Desktop VS Code suite (@vscode/test-electron)');
const electronSuite = spawnSync('npm', ['run', '--silent', 'test:electron'], { cwd: root, stdio: 'inherit' });

process.exit(browserSuite.status === 0 && electronSuite.status === 0 ? 0 : 1);
