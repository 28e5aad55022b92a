// Seeded random edits of a multi-file workspace, as a user makes them: typing, renaming declarations other files
// use (and renaming them back), pasting broken text or another file's text, copying declarations between files,
// reverting a file, and opening and closing files inside and outside the workspace.
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** A small, fast, seedable generator (mulberry32): the same seed gives the same edits on every machine. */
export class Random {
    private state: number;

    constructor(seed: number) {
        this.state = seed >>> 0;
    }

    /** A float in [0, 1). */
    next(): number {
        this.state = (this.state + 0x6d2b79f5) >>> 0;
        let value = this.state;
        value = Math.imul(value ^ (value >>> 15), value | 1);
        value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
        return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
    }

    /** An integer in [0, below). */
    below(below: number): number {
        return Math.floor(this.next() * below);
    }

    pick<T>(items: readonly T[]): T {
        return items[this.below(items.length)]!;
    }
}

/** One step of the churn: which file, what happened, and the client's action. */
export type ChurnEdit =
    | { kind: 'open' | 'change'; uri: string; text: string; description: string }
    | { kind: 'close'; uri: string; description: string };

/** Text that typing, a bad paste or an unfinished thought leaves behind. */
const BROKEN_SNIPPETS = [
    'condition Deep "d" {\n    ((((((true\n}\n',
    'party', 'board ', 'agreement', 'under ', 'per ', '{', '}', '}\n}\n', '(', '"unterminated', '"', ':', '.',
    'commi', 'deleg', 'pil', 'condition', 'dataset', 'commitment X "x" under', 'pooled-budget',
    'agreement Draft "Draft" {\n    clause One "One"\n', 'condition C "c" {\n    every s in estate-sales: s.\n}\n',
    'area London "London again" region\n', 'party NHSEngland "NHS England again" national-body\n',
    '@#$%', '\u0000', '\ud800', '// a comment\n', '/* unclosed comment', '2019-13-45', '-£5m', '\n\n\n'
];

const DECLARATION_LINE = /^[ \t]*[a-z][a-z-]*[ \t]+([A-Z][A-Za-z0-9_]*)\b/gm;

/** The workspace as the client sees it: every file's text and which are open. */
export interface ChurnState {
    /** Workspace files (on disk), by URI, with their text on disk. */
    readonly disk: ReadonlyMap<string, string>;
    /** What the client shows: an open file's buffer, else the disk text. Outside files only while open. */
    readonly texts: Map<string, string>;
    readonly open: Set<string>;
}

/** Names declared in one workspace file and spelled in another: renaming their declaration breaks the other file. */
export function crossFileNames(disk: ReadonlyMap<string, string>): Map<string, string> {
    const declaredIn = new Map<string, string>();
    for (const [uri, text] of disk) {
        for (const match of text.matchAll(DECLARATION_LINE)) if (!declaredIn.has(match[1]!)) declaredIn.set(match[1]!, uri);
    }
    const result = new Map<string, string>();
    for (const [name, declaring] of declaredIn) {
        const word = new RegExp(`\\b${name}\\b`);
        if ([...disk].some(([uri, text]) => uri !== declaring && word.test(text))) result.set(name, declaring);
    }
    return result;
}

/** Makes the next edit, at most `maxOpen` files open at once. Call `apply` with it to keep the state in step. */
export class ChurnEditor {
    private readonly names: [string, string][];
    private readonly renamed = new Map<string, { uri: string; original: string }>();
    private outsideCount = 0;
    private readonly outsideFolder = path.join(tmpdir(), 'lhc-churn-outside-the-workspace');

    constructor(private readonly random: Random, readonly state: ChurnState, private readonly maxOpen = 6) {
        this.names = [...crossFileNames(state.disk)].sort(([a], [b]) => a.localeCompare(b));
    }

    next(): ChurnEdit {
        for (;;) {
            const edit = this.attempt(this.random.next());
            if (edit) return edit;
        }
    }

    apply(edit: ChurnEdit): void {
        const { state } = this;
        if (edit.kind === 'close') {
            state.open.delete(edit.uri);
            const disk = state.disk.get(edit.uri);
            if (disk === undefined) state.texts.delete(edit.uri);
            else state.texts.set(edit.uri, disk);
            for (const [name, renamed] of this.renamed) if (renamed.uri === edit.uri) this.renamed.delete(name);
            return;
        }
        state.open.add(edit.uri);
        state.texts.set(edit.uri, edit.text);
    }

    private attempt(roll: number): ChurnEdit | undefined {
        if (roll < 0.18) return this.renameDeclaration();
        if (roll < 0.26) return this.renameBack();
        if (roll < 0.30) return this.renameReference();
        if (roll < 0.44) return this.pasteBroken();
        if (roll < 0.62) return this.type();
        if (roll < 0.67) return this.deleteLines();
        if (roll < 0.72) return this.copyDeclaration();
        if (roll < 0.75) return this.revert();
        if (roll < 0.83) return this.openWorkspaceFile();
        if (roll < 0.88) return this.openOutsideFile();
        return this.close();
    }

    /** Edits go to an open file; a closed one is opened first (that open is the edit). */
    private change(uri: string, text: string, description: string): ChurnEdit {
        return { kind: this.state.open.has(uri) ? 'change' : 'open', uri, text, description };
    }

    private editable(): string | undefined {
        const open = [...this.state.open];
        if (open.length > 0 && (open.length >= this.maxOpen || this.random.next() < 0.8)) return this.random.pick(open);
        if (open.length >= this.maxOpen) return undefined;
        return this.random.pick([...this.state.disk.keys()]);
    }

    private renameDeclaration(): ChurnEdit | undefined {
        const [name, uri] = this.random.pick(this.names);
        if (this.renamed.has(name) || !this.mayEdit(uri)) return undefined;
        const text = this.state.texts.get(uri)!;
        const match = new RegExp(`^([ \\t]*[a-z][a-z-]*[ \\t]+)${name}\\b`, 'm').exec(text);
        if (!match) return undefined;
        const variant = this.random.next() < 0.5 ? `${name.slice(0, 1)}z${name.slice(1)}` : `${name}${this.random.below(10)}`;
        const at = match.index + match[1]!.length;
        this.renamed.set(name, { uri, original: name });
        this.renamed.set(variant, { uri, original: name });
        return this.change(uri, `${text.slice(0, at)}${variant}${text.slice(at + name.length)}`, `rename declaration ${name} → ${variant}`);
    }

    private renameBack(): ChurnEdit | undefined {
        const variants = [...this.renamed].filter(([variant, { original }]) => variant !== original);
        if (variants.length === 0) return undefined;
        const [variant, { uri, original }] = this.random.pick(variants);
        const text = this.state.texts.get(uri);
        this.renamed.delete(variant);
        this.renamed.delete(original);
        if (text === undefined || !this.state.open.has(uri)) return undefined;
        const at = new RegExp(`\\b${variant}\\b`).exec(text)?.index;
        if (at === undefined) return undefined;
        return this.change(uri, `${text.slice(0, at)}${original}${text.slice(at + variant.length)}`, `rename declaration ${variant} back to ${original}`);
    }

    private renameReference(): ChurnEdit | undefined {
        const [name, declaring] = this.random.pick(this.names);
        const users = [...this.state.texts].filter(([uri, text]) => uri !== declaring && new RegExp(`\\b${name}\\b`).test(text)).map(([uri]) => uri);
        if (users.length === 0) return undefined;
        const uri = this.random.pick(users);
        if (!this.mayEdit(uri)) return undefined;
        const text = this.state.texts.get(uri)!;
        const at = new RegExp(`\\b${name}\\b`).exec(text)!.index;
        return this.change(uri, `${text.slice(0, at)}${name}Typo${text.slice(at + name.length)}`, `misspell a use of ${name}`);
    }

    private pasteBroken(): ChurnEdit | undefined {
        const uri = this.editable();
        if (!uri) return undefined;
        const text = this.state.texts.get(uri)!;
        let snippet: string;
        if (this.random.next() < 0.3) {
            // Part of another file, cut anywhere.
            const other = this.state.texts.get(this.random.pick([...this.state.texts.keys()]))!;
            const start = this.random.below(other.length);
            snippet = other.slice(start, start + 20 + this.random.below(300));
        } else {
            snippet = this.random.pick(BROKEN_SNIPPETS);
        }
        const at = this.random.next() < 0.5 ? lineStart(text, this.random.below(text.length + 1)) : this.random.below(text.length + 1);
        return this.change(uri, `${text.slice(0, at)}${snippet}${text.slice(at)}`, `paste ${JSON.stringify(snippet.slice(0, 40))} at ${at}`);
    }

    private type(): ChurnEdit | undefined {
        const uri = this.editable();
        if (!uri) return undefined;
        const text = this.state.texts.get(uri)!;
        const at = this.random.below(text.length + 1);
        if (this.random.next() < 0.5 && text.length > 0) {
            const length = 1 + this.random.below(3);
            return this.change(uri, `${text.slice(0, at)}${text.slice(at + length)}`, `delete ${JSON.stringify(text.slice(at, at + length))} at ${at}`);
        }
        const typed = this.random.pick(['a', 'Z', '1', ' ', '\n', '"', '.', 'x', '_', '-', '(', ')', '{', '}', '%', '£']);
        return this.change(uri, `${text.slice(0, at)}${typed}${text.slice(at)}`, `type ${JSON.stringify(typed)} at ${at}`);
    }

    private deleteLines(): ChurnEdit | undefined {
        const uri = this.editable();
        if (!uri) return undefined;
        const lines = this.state.texts.get(uri)!.split('\n');
        const from = this.random.below(lines.length);
        const count = 1 + this.random.below(5);
        lines.splice(from, count);
        return this.change(uri, lines.join('\n'), `delete lines ${from + 1}-${from + count}`);
    }

    /** A whole declaration (from its keyword line to the next blank line) copied into another file: a duplicate. */
    private copyDeclaration(): ChurnEdit | undefined {
        const uri = this.editable();
        if (!uri) return undefined;
        const source = this.state.texts.get(this.random.pick([...this.state.disk.keys()]))!;
        const starts = [...source.matchAll(DECLARATION_LINE)].map((match) => match.index);
        if (starts.length === 0) return undefined;
        const start = this.random.pick(starts);
        const end = source.indexOf('\n\n', start);
        const declaration = source.slice(start, end < 0 ? undefined : end + 1);
        const text = this.state.texts.get(uri)!;
        return this.change(uri, `${text}\n${declaration}`, `copy ${JSON.stringify(declaration.slice(0, 40))} to the end`);
    }

    private revert(): ChurnEdit | undefined {
        const open = [...this.state.open].filter((uri) => this.state.disk.has(uri));
        if (open.length === 0) return undefined;
        const uri = this.random.pick(open);
        for (const [name, renamed] of this.renamed) if (renamed.uri === uri) this.renamed.delete(name);
        return { kind: 'change', uri, text: this.state.disk.get(uri)!, description: 'undo every change (the text on disk)' };
    }

    private openWorkspaceFile(): ChurnEdit | undefined {
        const closed = [...this.state.disk.keys()].filter((uri) => !this.state.open.has(uri));
        if (closed.length === 0 || this.state.open.size >= this.maxOpen) return undefined;
        const uri = this.random.pick(closed);
        return { kind: 'open', uri, text: this.state.disk.get(uri)!, description: 'open' };
    }

    /** A file from outside the workspace: a copy of a workspace file (every name in it declared twice) or a fragment. */
    private openOutsideFile(): ChurnEdit | undefined {
        if (this.state.open.size >= this.maxOpen) return undefined;
        const uri = pathToFileURL(path.join(this.outsideFolder, `draft-${++this.outsideCount}.lhc`)).toString();
        const source = this.state.texts.get(this.random.pick([...this.state.disk.keys()]))!;
        const text = this.random.next() < 0.5 ? source : source.slice(0, this.random.below(source.length + 1));
        return { kind: 'open', uri, text, description: `open a file outside the workspace (${text.length} characters)` };
    }

    private close(): ChurnEdit | undefined {
        const open = [...this.state.open];
        if (open.length === 0) return undefined;
        return { kind: 'close', uri: this.random.pick(open), description: 'close' };
    }

    /** A file can be edited if it is open, or can be opened without passing the limit. */
    private mayEdit(uri: string): boolean {
        return this.state.open.has(uri) || this.state.open.size < this.maxOpen;
    }
}

function lineStart(text: string, offset: number): number {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
