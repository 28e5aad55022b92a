// Runs inside the desktop VS Code's extension host (loaded with require, hence CommonJS): mocha over this folder.
'use strict';
const path = require('node:path');
const { pathToFileURL } = require('node:url');

exports.run = async function run() {
    // mocha 12 is an ES module.
    const { default: Mocha } = await import(pathToFileURL(require.resolve('mocha')).href);
    const mocha = new Mocha({ ui: 'bdd', timeout: 60000, reporter: path.join(__dirname, '../../reporter.cjs') });
    mocha.addFile(path.join(__dirname, 'extension.test.cjs'));
    await mocha.loadFilesAsync();
    const failures = await new Promise((resolve) => mocha.run(resolve));
    if (failures > 0) throw new Error(`${failures} desktop test(s) failed.`);
};
