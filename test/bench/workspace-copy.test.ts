import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'mocha';
import { libraryPaths } from '../../language/config/libraries.js';
import { REPO_ROOT } from '../repo-paths.js';
import { copyWorkspaceWithLibraries } from '../workspace-copy.js';

describe('copying an example workspace with its libraries', () => {
    let folder: string;
    beforeEach(() => { folder = mkdtempSync(path.join(tmpdir(), 'lhc-copy-')); });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    it('puts the libraries London names (../england) beside the copy, so its config resolves there', () => {
        const copy = path.join(folder, 'london');
        copyWorkspaceWithLibraries(path.join(REPO_ROOT, 'examples', 'london'), copy);
        assert.ok(existsSync(path.join(copy, 'lhc.config.json')));
        assert.ok(existsSync(path.join(folder, 'england', 'parties.lhc')));
        assert.deepEqual(libraryPaths([copy]), [path.join(folder, 'england')]);
    });

    it('copies a workspace without a config as it is', () => {
        const copy = path.join(folder, 'england');
        copyWorkspaceWithLibraries(path.join(REPO_ROOT, 'examples', 'england'), copy);
        assert.ok(existsSync(path.join(copy, 'areas.lhc')));
        assert.deepEqual(libraryPaths([copy]), []);
    });
});
