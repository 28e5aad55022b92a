// After `tsc`: copies the Node 20 polyfill next to the compiled server (so `out/language/main.js` runs as is) and
// bundles the CLI into one file, `out/language/cli/bundle.mjs`. Loading one file instead of a few hundred ES
// modules is most of a cold `lhc check`'s start-up time (see BENCHMARKS.md); `bin/lhc.js` uses the bundle when it
// is at least as new as the compiled modules.
import { copyFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'out', 'language');
copyFileSync(path.join(root, 'language', 'polyfill.mjs'), path.join(out, 'polyfill.mjs'));

const bundle = path.join(out, 'cli', 'bundle.mjs');

/**
 * Modules that find files relative to themselves (`new URL('../../../package.json', import.meta.url)`) keep
 * working from the bundle: their `import.meta.url` becomes their own compiled file's URL, relative to the bundle.
 */
const ownModuleUrls = {
    name: 'own-module-urls',
    setup(context) {
        context.onLoad({ filter: /[\\/]out[\\/]language[\\/].*\.js$/ }, async (args) => {
            const { readFile } = await import('node:fs/promises');
            const source = await readFile(args.path, 'utf8');
            if (!source.includes('import.meta.url')) return { contents: source, loader: 'js' };
            const relative = path.relative(path.dirname(bundle), args.path).split(path.sep).join('/');
            return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(relative)}, import.meta.url).href`), loader: 'js' };
        });
    }
};

await build({
    entryPoints: [path.join(out, 'cli', 'main.js')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    plugins: [ownModuleUrls],
    // Some dependencies are CommonJS and call `require`.
    banner: { js: "import { createRequire as lhcCreateRequire } from 'node:module'; const require = lhcCreateRequire(import.meta.url);" }
});

