import { strict as assert } from 'node:assert';
import { AstUtils, GrammarAST, TextDocument, type LangiumDocument } from 'langium';
import { afterEach, describe, it } from 'mocha';
import { ResponseError } from 'vscode-languageserver';
import type { Document } from '../../language/generated/ast.js';
import { buildWorkspace, createTestServices, resetWorkspace } from '../helpers.js';

const { services } = createTestServices();

const WORKSPACE = `area London "London" region
area Camden "Camden" borough within London
party NHSEngland "NHS England" national-body serves London
party NHSPropertyServices "NHS Property Services" national-body
board LondonEstatesBoard "London Estates Board" {
    members NHSEngland
}
estate-asset Clinic "Clinic" owner NHSPropertyServices located in Camden
condition Led "Every pilot is led" {
    every pilot in pilots: pilot.leads is set
}
`;

async function renameAt(document: LangiumDocument, needle: string, newName: string) {
    const offset = document.textDocument.getText().indexOf(needle);
    assert.ok(offset >= 0, `${needle} not found`);
    return services.lsp.RenameProvider!.rename(document, {
        textDocument: { uri: document.uri.toString() },
        position: document.textDocument.positionAt(offset),
        newName
    });
}

async function refusal(needle: string, newName: string): Promise<string> {
    const { documents } = await buildWorkspace(services, WORKSPACE);
    try {
        await renameAt(documents[0]!, needle, newName);
    } catch (error) {
        assert.ok(error instanceof ResponseError, String(error));
        return error.message;
    }
    assert.fail(`renaming ${needle} to ${newName} was not refused`);
}

/** Applies the rename and rebuilds from the new text: the file must still parse and gain no error. */
async function renamedIsClean(needle: string, newName: string): Promise<void> {
    const { documents, diagnostics } = await buildWorkspace(services, WORKSPACE);
    const document = documents[0]! as LangiumDocument<Document>;
    const edit = await renameAt(document, needle, newName);
    const text = TextDocument.applyEdits(document.textDocument, edit?.changes?.[document.uri.toString()] ?? []);
    await resetWorkspace(services);
    const after = await buildWorkspace(services, text);
    const errors = (list: typeof diagnostics[number]) => list.filter((diagnostic) => diagnostic.severity === 1).map((diagnostic) => diagnostic.message);
    assert.deepEqual(errors(after.diagnostics[0]!), errors(diagnostics[0]!), text);
    assert.ok(text.includes(newName));
}

describe('rename refuses what would break the file or repoint references', () => {
    afterEach(() => resetWorkspace(services));

    it('refuses a keyword as the new name of an area or a board', async () => {
        assert.match(await refusal('London "London"', 'region'), /'region' is a keyword/);
        assert.match(await refusal('LondonEstatesBoard', 'party'), /'party' is a keyword/);
    });

    it('refuses a keyword a variable cannot take, allows one it can', async () => {
        assert.match(await refusal('pilot in', 'areas'), /'areas' is a keyword of the language and cannot name a variable/);
        await resetWorkspace(services);
        await renamedIsClean('pilot in', 'target');
    });

    it('refuses the name of an existing declaration, so two parties are never merged', async () => {
        assert.match(await refusal('NHSPropertyServices "', 'NHSEngland'), /'NHSEngland' is already declared \(Organisation in file-\d+\.lhc\)/);
    });

    it('refuses a variable name that a declared fact already has', async () => {
        assert.match(await refusal('pilot in', 'Camden'), /already declared in the workspace/);
    });

    it('refuses a rename whose name is written in text the depth guard did not read (a reference there would stay)', async () => {
        const deep = `condition Deep "d" { ${'('.repeat(40)}Camden.population > 1${')'.repeat(40)} }`;
        const { documents } = await buildWorkspace(services, WORKSPACE, deep);
        await assert.rejects(renameAt(documents[0]!, 'Camden "Camden"', 'Holborn'),
            (error: Error) => error instanceof ResponseError && /^'Camden' is written in the text of line 1, columns 54–\d+ of file-\d+\.lhc, which LHC did not read/.test(error.message));
        assert.ok(await renameAt(documents[0]!, 'London "London"', 'Greater'), 'a name the unread text does not mention renames');
    });

    it('applies an ordinary rename, and the file stays clean', async () => {
        await renamedIsClean('NHSPropertyServices "', 'PropertyServices');
    });

    it('every word keyword is refused for every declaration of the workspace, or the result still parses', async () => {
        const keywords = AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword)
            .map((keyword) => keyword.value).filter((word) => /^[a-z][\w-]*$/i.test(word) && !word.includes('-')).toArray();
        const { documents } = await buildWorkspace(services, WORKSPACE);
        const document = documents[0]!;
        for (const needle of ['London "London"', 'NHSEngland "', 'LondonEstatesBoard', 'Clinic "', 'Led "', 'pilot in']) {
            for (const keyword of new Set(keywords)) {
                let edit;
                try {
                    edit = await renameAt(document, needle, keyword);
                } catch (error) {
                    assert.ok(error instanceof ResponseError);
                    continue;
                }
                const text = TextDocument.applyEdits(document.textDocument, edit?.changes?.[document.uri.toString()] ?? []);
                const parsed = services.parser.LangiumParser.parse(text);
                assert.deepEqual(parsed.parserErrors.map((error) => error.message), [], `renaming ${needle} to ${keyword} broke the file`);
            }
        }
    });
});
