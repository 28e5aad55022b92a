import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { resolveConfigPath } from '../../../language/lsp/lhc-editor-settings.js';

describe('lhc.configPath and workspace trust', () => {
    const workspace = path.resolve('/projects/london');

    it('is unset when the setting is empty', () => {
        assert.equal(resolveConfigPath('', [workspace], false), undefined);
        assert.equal(resolveConfigPath(undefined, [workspace], true), undefined);
    });

    it('resolves a relative path against the first workspace folder', () => {
        assert.deepEqual(resolveConfigPath('config/lhc.config.json', [workspace], false), { path: path.join(workspace, 'config/lhc.config.json') });
    });

    it('reads a file outside the workspace only when the workspace is trusted', () => {
        assert.deepEqual(resolveConfigPath('/etc/lhc.config.json', [workspace], true), { path: path.resolve('/etc/lhc.config.json') });
        const refused = resolveConfigPath('/etc/lhc.config.json', [workspace], false);
        assert.ok(refused && 'refused' in refused, JSON.stringify(refused));
        assert.match(refused.refused, /outside the workspace/);
    });

    it('does not let `..` climb out of the workspace when untrusted', () => {
        const refused = resolveConfigPath('../elsewhere/lhc.config.json', [workspace], false);
        assert.ok(refused && 'refused' in refused);
    });

    it('accepts a file inside any of several workspace folders', () => {
        const second = path.resolve('/projects/shared');
        assert.deepEqual(resolveConfigPath('/projects/shared/lhc.config.json', [workspace, second], false), { path: path.join(second, 'lhc.config.json') });
    });
});
