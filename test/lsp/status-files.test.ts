import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'mocha';
import { checkedFiles } from '../../language/lsp/lhc-language-server.js';
import { startServer } from './server-harness.js';

describe('the lhc/status file count', () => {
    const folders: string[] = [];
    const folder = (files: Record<string, string>) => {
        const made = mkdtempSync(path.join(tmpdir(), 'lhc-status-files-'));
        for (const [name, text] of Object.entries(files)) writeFileSync(path.join(made, name), text);
        folders.push(made);
        return made;
    };
    after(() => {
        for (const made of folders) rmSync(made, { recursive: true, force: true });
    });

    it('counts the workspace\'s .lhc files, scenario tests left out, and is 0 when there is nothing to judge', async () => {
        const some = await startServer(folder({ 'deal.lhc': 'party Mayor "Mayor of London" mayor', 'deal.test.lhc': 'test T "t" { expect no errors }' }));
        assert.equal(checkedFiles(some.services.shared), 1);
        const none = await startServer(folder({ 'notes.txt': 'no agreements here' }));
        assert.equal(checkedFiles(none.services.shared), 0);
    });
});
