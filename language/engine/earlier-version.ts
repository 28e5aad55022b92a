import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { InputError } from './errors.js';
import { isInside } from './paths.js';

/** An earlier version of the workspace, ready to be checked like the current one. */
export interface EarlierVersion {
    /** What to check: the same paths as now, as they were then. */
    paths: string[];
    /** The folder the earlier version's paths are relative to, matching the current root. */
    root: string;
    /** Removes whatever was materialised on disk. */
    dispose(): void;
}

function isFolder(candidate: string): boolean {
    try {
        return statSync(candidate).isDirectory();
    } catch {
        return false;
    }
}

function git(cwd: string, args: string[]): { ok: boolean; stdout: Buffer; stderr: string } {
    const result = spawnSync('git', args, { cwd, maxBuffer: 512 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
    if (result.error) throw new InputError(`Cannot run git: ${(result.error as NodeJS.ErrnoException).code ?? result.error.message}`);
    return { ok: result.status === 0, stdout: result.stdout, stderr: result.stderr.toString('utf8').trim() };
}

/**
 * Resolves `--since`: a folder is the earlier version as it stands; anything else is a git ref (a commit,
 * branch or tag of the repository around `cwd`), whose `.lhc` and dataset (`.csv`) files under the current paths are written
 * into a temporary folder with `git show` — no network, no change to the work tree or index.
 */
export function resolveEarlierVersion(since: string, currentPaths: readonly string[], currentRoot: string, cwd: string): EarlierVersion {
    const asFolder = path.resolve(cwd, since);
    if (isFolder(asFolder)) return { paths: [asFolder], root: asFolder, dispose: () => undefined };

    const top = git(cwd, ['rev-parse', '--show-toplevel']);
    if (!top.ok) throw new InputError(`--since ${since}: no such folder, and ${cwd} is not inside a git repository`);
    const repositoryRoot = top.stdout.toString('utf8').trim();
    const commit = git(repositoryRoot, ['rev-parse', '--verify', '--quiet', `${since}^{commit}`]);
    if (!commit.ok) throw new InputError(`--since ${since}: neither a folder nor a git commit, branch or tag`);
    const sha = commit.stdout.toString('utf8').trim();

    const inRepository = (absolute: string) => {
        if (!isInside(absolute, repositoryRoot)) throw new InputError(`--since ${since}: ${absolute} is outside the git repository ${repositoryRoot}`);
        return path.relative(repositoryRoot, absolute).split(path.sep).join('/');
    };
    const relativePaths = currentPaths.map((given) => inRepository(path.resolve(cwd, given)));
    const temporary = mkdtempSync(path.join(tmpdir(), 'lhc-since-'));
    const dispose = () => rmSync(temporary, { recursive: true, force: true });
    try {
        const listing = git(repositoryRoot, ['ls-tree', '-r', '-z', '--name-only', sha, '--', ...relativePaths.map((p) => p || '.')]);
        if (!listing.ok) throw new InputError(`--since ${since}: git ls-tree failed: ${listing.stderr.split('\n')[0]}`);
        // Dataset files come too: the earlier version's targets are judged on the data it had.
        const files = listing.stdout.toString('utf8').split('\0').filter((file) => file.endsWith('.lhc') || file.toLowerCase().endsWith('.csv'));
        for (const file of files) {
            const content = git(repositoryRoot, ['show', `${sha}:${file}`]);
            if (!content.ok) throw new InputError(`--since ${since}: cannot read ${file}: ${content.stderr.split('\n')[0]}`);
            const target = path.join(temporary, ...file.split('/'));
            mkdirSync(path.dirname(target), { recursive: true });
            writeFileSync(target, content.stdout);
        }
        // Paths that did not exist then are checked as empty folders: everything in them is new.
        const paths = relativePaths.map((relative) => path.join(temporary, ...relative.split('/').filter(Boolean)));
        for (const folder of paths) if (!folder.endsWith('.lhc')) mkdirSync(folder, { recursive: true });
        const existing = paths.filter((candidate) => isFolder(candidate) || files.some((file) => path.join(temporary, ...file.split('/')) === candidate));
        return { paths: existing, root: path.join(temporary, ...inRepository(currentRoot).split('/').filter(Boolean)), dispose };
    } catch (error) {
        dispose();
        throw error;
    }
}
