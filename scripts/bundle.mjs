// Bundles the VS Code client and the language server into CommonJS files under dist/.
// VS Code loads extensions with `require`, and Langium is ESM-only, so both are bundled (as the Langium
// template does). The server's entry imports the Object.groupBy polyfill before anything else.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const production = process.argv.includes('--production');

const common = {
    absWorkingDir: root,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['vscode'],
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    // Langium and its dependencies are ESM: `import.meta.url` has no CommonJS meaning, so map it.
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" }
};

try {
    await Promise.all([
        build({ ...common, entryPoints: { extension: 'extension/src/extension.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' } }),
        build({ ...common, entryPoints: { server: 'language/main.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' } })
    ]);
} catch {
    // esbuild has already printed the errors.
    process.exit(1);
}
