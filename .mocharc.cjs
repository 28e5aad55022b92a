// Mocha's configuration. `npm test` runs every unit test; `npx mocha out/test/a.test.js …` runs only the files named
// (mocha would otherwise add them to the default spec and run the whole suite as well).
const named = process.argv.slice(2).some((arg) => /\.test\.js$/.test(arg) && !arg.includes('*'));

module.exports = {
    spec: named ? [] : ['out/test/**/*.test.js'],
    ignore: ['out/test/e2e/**'],
    'node-option': ['import=./language/polyfill.mjs'],
    reporter: './test/reporter.cjs',
    timeout: 20000
};
