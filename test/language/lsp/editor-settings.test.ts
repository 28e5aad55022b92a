import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { EditorSettingsState, findAllowedConfig, resolveConfigPath } from '../../../language/lsp/lhc-editor-settings.js';

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

describe('which lhc.config.json the language server reads', () => {
    let root: string;
    let workspace: string;

    before(() => {
        // A config above the workspace folder (as in a user's home) and none inside it.
        root = mkdtempSync(path.join(tmpdir(), 'lhc-editor-config-'));
        workspace = path.join(root, 'agreements');
        mkdirSync(workspace);
        writeFileSync(path.join(root, 'lhc.config.json'), JSON.stringify({ rules: { 'duplicate-name': 'off' } }));
    });

    after(() => rmSync(root, { recursive: true, force: true }));

    const state = (trusted: boolean): EditorSettingsState => Object.assign(new EditorSettingsState(), { trusted, workspaceFolders: [workspace] });

    it('finds the nearest one above the workspace when the workspace is trusted, as lhc check does', () => {
        assert.equal(findAllowedConfig(undefined, state(true))?.file, path.join(root, 'lhc.config.json'));
    });

    it('ignores one outside the workspace when the workspace is not trusted', () => {
        assert.equal(findAllowedConfig(undefined, state(false)), undefined);
    });

    it('reads the one inside the workspace even when untrusted, with its rules', () => {
        writeFileSync(path.join(workspace, 'lhc.config.json'), JSON.stringify({ rules: { 'no-public-involvement': 'error' } }));
        const config = findAllowedConfig(undefined, state(false));
        assert.equal(config?.file, path.join(workspace, 'lhc.config.json'));
        assert.deepEqual(config?.config.rules, { 'no-public-involvement': 'error' });
    });

    it('reads one that starts with a UTF-8 byte-order mark, keeping every setting (issue 23)', () => {
        const file = path.join(workspace, 'bom.config.json');
        writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ asOf: '2019-06-01', rules: { 'no-public-involvement': 'error' } }))]));
        const config = findAllowedConfig(file, state(true));
        assert.deepEqual(config?.config, { asOf: '2019-06-01', rules: { 'no-public-involvement': 'error' } });
    });

    it('says in one line what is wrong with an invalid file', () => {
        const file = path.join(workspace, 'broken.config.json');
        writeFileSync(file, '{ "rules": { "duplicate-name": "loud" } }');
        assert.throws(() => findAllowedConfig(file, state(true)), (error: Error) => error.message.includes(file) && !error.message.includes('\n'));
    });
});
