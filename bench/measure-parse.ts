// Child: the baseline — our own Langium parser (lexer + parser, `LangiumParser.parse`) over every file,
// with nothing else: no documents, no index, no linking, no checks. The texts are read before the clock starts
// (the full check's clock includes reading them).
import { NodeFileSystem } from 'langium/node';
import { findLhcFiles, readLhcFile } from '../language/engine/workspace.js';
import { createLhcServices } from '../language/lhc-module.js';
import { cpuSeconds, runChild, seconds } from './child.js';

runChild(async ([folder]) => {
    if (!folder) throw new Error('usage: measure-parse <folder>');
    const texts = findLhcFiles([folder]).map(readLhcFile);
    // The clock starts where the full check's does: modules loaded, nothing built. Building the parser is part
    // of parsing (the full check pays it too); it is also reported on its own.
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const parser = createLhcServices(NodeFileSystem).Lhc.parser.LangiumParser;
    const parserSetupSeconds = seconds(start);
    const results: unknown[] = [];
    let lexerErrors = 0;
    let parserErrors = 0;
    for (const text of texts) {
        const result = parser.parse(text);
        lexerErrors += result.lexerErrors.length;
        parserErrors += result.parserErrors.length;
        results.push(result); // kept, as a real parse of the workspace keeps its trees
    }
    const parseSeconds = seconds(start);
    const parseCpuSeconds = cpuSeconds(cpuStart);
    return {
        files: texts.length,
        bytes: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
        parseSeconds,
        parseCpuSeconds,
        parserSetupSeconds,
        lexerErrors,
        parserErrors,
        kept: results.length
    };
});
