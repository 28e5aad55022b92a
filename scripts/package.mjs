// Builds the extension's .vsix: production bundles, then `vsce package --no-dependencies` (everything the
// extension runs is in dist/). vsce refuses a package.json that has both a "files" list (ours is for the npm CLI
// package) and a .vscodeignore, so the .vsix is packed from a staging folder holding the manifest without
// "files"/"scripts" and exactly what .vscodeignore lets in. Usage: node scripts/package.mjs [--out file.vsix]
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outIndex = process.argv.indexOf('--out');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = resolve(outIndex > 0 && process.argv[outIndex + 1] ? process.argv[outIndex + 1] : join(root, `${manifest.name}-${manifest.version}.vsix`));

execFileSync(process.execPath, [join(root, 'scripts/bundle.mjs'), '--production'], { stdio: 'inherit' });

const staging = mkdtempSync(join(tmpdir(), 'lhc-vsix-'));
try {
    const staged = { ...manifest };
    delete staged.files;
    delete staged.scripts;
    delete staged.devDependencies;
    // Bundled into dist/: the installed extension needs none of them.
    delete staged.dependencies;
    writeFileSync(join(staging, 'package.json'), `${JSON.stringify(staged, null, 2)}\n`);
    for (const file of ['.vscodeignore', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist', 'syntaxes', 'images']) {
        cpSync(join(root, file), join(staging, file), { recursive: true });
    }
    const vsce = join(dirname(fileURLToPath(import.meta.resolve('@vscode/vsce/package.json'))), 'vsce');
    execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: staging, stdio: 'inherit' });
} finally {
    rmSync(staging, { recursive: true, force: true });
}
