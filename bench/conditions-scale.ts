/**
 * How condition evaluation scales with the facts (not a test: timings are printed, never asserted).
 *
 * Builds the London workspace (examples/london) and versions with k× its facts — every file that declares
 * facts (parties, boards, pilots, sales, budgets, teams, targets, measurements, …) copied k−1 more times
 * with its declared names suffixed, so each copy is a consistent set of facts under the same agreements
 * and conditions — then times a full evaluation of every condition (fact index + evaluation + waivers),
 * median of several runs. Run: `npm run bench:conditions` (or with `-- <multipliers…>`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { evaluateWorkspace } from '../language/conditions/condition-evaluator.js';
import type { Document } from '../language/generated/ast.js';
import { createLhcServices } from '../language/lhc-module.js';
import { buildFactIndex } from '../language/model/fact-index-assembly.js';

const ROOT = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));
const LONDON = path.join(ROOT, 'examples', 'london');
const AS_OF = '2019-06-01';

function lhcFiles(folder: string): string[] {
    return readdirSync(folder).flatMap((entry) => {
        const full = path.join(folder, entry);
        return statSync(full).isDirectory() ? lhcFiles(full) : entry.endsWith('.lhc') ? [full] : [];
    });
}

/** Files that hold the agreements, their conditions or the areas stay single: they are the frame, not the facts. */
function isFrame(text: string): boolean {
    return /^\s*(agreement|mou|area|condition|waiver)\s/m.test(text);
}

const DECLARATION = /^\s*(?:party|board|power|theme|service|delegation|pilot|aspiration|objective|commitment|measurement|estate-asset|estate-sale|pooled-budget|locality-team)\s+([A-Za-z_]\w*)/gm;

/**
 * London's texts with its facts repeated `times` times in all. Facts the frame names (the board that must
 * approve sales, the services proceeds go to, the signatories) are shared by every copy, not repeated, so
 * each copy is as valid as the original and the conditions do the same work per fact at every scale.
 */
function scaledLondon(times: number): string[] {
    const texts = lhcFiles(LONDON).map((file) => readFileSync(file, 'utf8'));
    const frame = texts.filter(isFrame);
    const facts = texts.filter((text) => !isFrame(text));
    const declared = new Set(facts.flatMap((text) => [...text.matchAll(DECLARATION)].map((match) => match[1]!)));
    const frameWords = new Set(frame.join('\n').match(/\b[A-Za-z_]\w*\b/g) ?? []);
    const shared = new Set([...declared].filter((name) => frameWords.has(name)));
    const renamed = [...declared].filter((name) => !shared.has(name));
    const pattern = new RegExp(`\\b(${renamed.join('|')})\\b`, 'g');
    const copies: string[] = [];
    for (let copy = 1; copy < times; copy++) {
        for (const text of facts) copies.push(withoutDeclarations(text, shared).replace(pattern, (name) => `${name}_${copy}`));
    }
    return [...frame, ...facts, ...copies];
}

/** The text less the top-level declarations of the given names (a declaration's block ends at a `}` in column 0). */
function withoutDeclarations(text: string, names: ReadonlySet<string>): string {
    const kept: string[] = [];
    let skipping = false;
    for (const line of text.split('\n')) {
        if (skipping) {
            if (line.startsWith('}')) skipping = false;
            continue;
        }
        const match = /^(?:party|board|power|theme|service|delegation|pilot|aspiration|objective|commitment|measurement|estate-asset|estate-sale|pooled-budget|locality-team)\s+([A-Za-z_]\w*)/.exec(line);
        if (match && names.has(match[1]!)) {
            skipping = line.includes('{') && !line.includes('}');
            continue;
        }
        kept.push(line);
    }
    return kept.join('\n');
}

/**
 * Runs are timed from cold CPU caches, as in the language server, where evaluation follows a build that
 * walked far more memory than the facts. Warm, London's few hundred nodes sit in the core's cache while
 * ten times as many do not, and the ratio would measure the cache, not the algorithm.
 */
const SCRATCH = new Float64Array(8 * 1024 * 1024); // 64 MB, larger than any last-level cache here
function evictCaches(): void {
    for (let index = 0; index < SCRATCH.length; index += 8) SCRATCH[index] = SCRATCH[index]! + 1;
}

async function measure(times: number, runs: number) {
    const services = createLhcServices(EmptyFileSystem).Lhc;
    const documents: LangiumDocument<Document>[] = scaledLondon(times).map((text, index) => {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString<Document>(text, URI.parse(`file:///bench/${times}x/file-${index}.lhc`));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: false });
    const timings: number[] = [];
    const indexTimings: number[] = [];
    let evaluation;
    let factCount = 0;
    for (let run = 0; run < runs; run++) {
        evictCaches();
        const start = process.hrtime.bigint();
        // A fresh index each run, as after an edit: nothing is cached between runs.
        const facts = buildFactIndex(documents);
        const indexed = process.hrtime.bigint();
        evaluation = evaluateWorkspace(facts, AS_OF);
        const end = process.hrtime.bigint();
        timings.push(Number(end - start) / 1e6);
        indexTimings.push(Number(indexed - start) / 1e6);
        factCount = Object.values(facts).reduce((sum, list) => sum + (Array.isArray(list) ? list.length : 0), 0);
    }
    timings.sort((a, b) => a - b);
    indexTimings.sort((a, b) => a - b);
    const checked = evaluation!.outcomes.reduce((sum, outcome) => sum + outcome.checked.length, 0);
    const failing = evaluation!.outcomes.filter((outcome) => outcome.status !== 'pass').length;
    return { times, files: documents.length, facts: factCount, checked, failing, median: timings[Math.floor(timings.length / 2)]!, index: indexTimings[Math.floor(indexTimings.length / 2)]! };
}

const multipliers = process.argv.slice(2).map(Number).filter((n) => n >= 1);
const scales = multipliers.length > 0 ? multipliers : [1, 10];
const results = [];
for (const times of scales) results.push(await measure(times, times <= 1 ? 400 : times <= 10 ? 100 : 20));
const base = results[0]!;
console.log('Condition evaluation (fact index + every condition + waivers), median:');
for (const result of results) {
    console.log(`  ${String(result.times).padStart(3)}× London: ${String(result.files).padStart(4)} files, ${String(result.facts).padStart(6)} facts, ` +
        `${String(result.checked).padStart(5)} fact checks, ${result.failing} failing conditions — ${result.median.toFixed(3)} ms, of which indexing ${result.index.toFixed(3)} ms ` +
        `(${(result.median / base.median).toFixed(2)}× the time for ${(result.facts / base.facts).toFixed(1)}× the facts)`);
}
