import { strict as assert } from 'node:assert';
import { TextDocument } from 'langium';
import { expectFindReferences, expectGoToDefinition } from 'langium/test';
import { afterEach, describe, it } from 'mocha';
import type { Location, LocationLink } from 'vscode-languageserver';
import type { Document } from '../../language/generated/ast.js';
import type { LangiumDocument } from 'langium';
import { buildWorkspace, createTestServices, resetWorkspace, ruleIds } from '../helpers.js';

const { services } = createTestServices();
const goToDefinition = expectGoToDefinition(services);
const findReferences = expectFindReferences(services);

const DECLARATIONS = `party NHSEngland "NHS England" national-body
mou MoU2017 "Devolution MoU" {
    clause Estates "Sell land"
    delegation D: NHSEngland delegates Primary to NHSEngland per Estates
}
power Primary "Primary care" held by NHSEngland
condition C "c" { every p in pilots: p.start is set }
aspiration Smoke "Kick unhealthy habits" {
    target Smoking "Adult smoking" { goal 13% }
}
`;
const USES = `estate-sale Site "Site" under MoU2017 {
    owner NHSEngland
    per Estates
}
pilot P "p" {
    per MoU2017.Estates
}
measurement M of Smoke.Smoking: 14% on 2019-01-01
waiver for C on Smoke.Smoking because "r" approved by NHSEngland until 2020-01-01
`;

function position(document: LangiumDocument, needle: string, occurrence = 0, delta = 0) {
    let index = -1;
    for (let i = 0; i <= occurrence; i++) index = document.textDocument.getText().indexOf(needle, index + 1);
    assert.ok(index >= 0, `${needle} not found`);
    return document.textDocument.positionAt(index + delta);
}

async function rename(documents: LangiumDocument<Document>[], document: LangiumDocument, needle: string, newName: string, occurrence = 0, delta = 0): Promise<string[]> {
    const edit = await services.lsp.RenameProvider!.rename(document, {
        textDocument: { uri: document.uri.toString() },
        position: position(document, needle, occurrence, delta),
        newName
    });
    assert.ok(edit?.changes);
    return documents.map((each) => TextDocument.applyEdits(each.textDocument, edit.changes![each.uri.toString()] ?? []));
}

describe('navigation and rename across files', () => {
    afterEach(() => resetWorkspace(services));

    it('goes to the definition of a qualified reference', async () => {
        await goToDefinition({
            text: 'aspiration Smoke "s" { target <|Smoking|> "t" { goal 13% } }\nmeasurement M of Smoke.Smo<|>king: 14% on 2019-01-01',
            index: 0,
            rangeIndex: 0
        });
    });

    it('finds references within a file', async () => {
        await findReferences({
            text: 'party <|NHSEngland|> "NHS England" national-body\npower P "p" held by <|NHSEngland|>\nboard B "b" { chair <|NHS<|>England|> }',
            includeDeclaration: true
        });
    });

    it('goes to a definition and finds references in another file', async () => {
        const { documents: [declarations, uses] } = await buildWorkspace(services, DECLARATIONS, USES);
        const definitions = await services.lsp.DefinitionProvider!.getDefinition(uses!, {
            textDocument: { uri: uses!.uri.toString() },
            position: position(uses!, 'MoU2017.Estates', 0, 'MoU2017.'.length + 2)
        }) as LocationLink[];
        assert.equal(definitions.length, 1);
        assert.equal(definitions[0]!.targetUri, declarations!.uri.toString());
        assert.deepEqual(definitions[0]!.targetSelectionRange.start, position(declarations!, 'Estates'));
        const references = await services.lsp.ReferencesProvider!.findReferences(declarations!, {
            textDocument: { uri: declarations!.uri.toString() },
            position: position(declarations!, 'Estates'),
            context: { includeDeclaration: false }
        }) as Location[];
        assert.deepEqual(references.map((location) => location.uri === uses!.uri.toString() ? 'uses' : 'declarations').sort(),
            ['declarations', 'uses', 'uses']);
    });

    it('starts from a workspace without unresolved references', async () => {
        await expectNoUnresolvedReferences(DECLARATIONS, USES);
    });

    it('renames a clause: short references get the new name, qualified ones keep their owner', async () => {
        const { documents } = await buildWorkspace(services, DECLARATIONS, USES);
        const [declarations, uses] = await rename(documents, documents[0]!, 'Estates', 'EstateSales');
        assert.match(declarations!, /clause EstateSales "Sell land"/);
        assert.match(declarations!, /per EstateSales\n/);
        assert.match(uses!, /per EstateSales\n/);
        assert.match(uses!, /per MoU2017\.EstateSales\n/);
        await expectNoUnresolvedReferences(declarations!, uses!);
    });

    it('renames a target from a qualified reference in another file', async () => {
        const { documents } = await buildWorkspace(services, DECLARATIONS, USES);
        const [declarations, uses] = await rename(documents, documents[1]!, 'Smoke.Smoking', 'AdultSmoking', 0, 'Smoke.'.length + 1);
        assert.match(declarations!, /target AdultSmoking "Adult smoking"/);
        assert.match(uses!, /measurement M of Smoke\.AdultSmoking:/);
        assert.match(uses!, /waiver for C on Smoke\.AdultSmoking because/);
        await expectNoUnresolvedReferences(declarations!, uses!);
    });

    it('renames an aspiration, and with it the owner part of qualified references to its targets', async () => {
        const { documents } = await buildWorkspace(services, DECLARATIONS, USES);
        const [declarations, uses] = await rename(documents, documents[1]!, 'Smoke.Smoking', 'Tobacco', 0, 1);
        assert.match(declarations!, /aspiration Tobacco "Kick unhealthy habits"/);
        assert.match(declarations!, /target Smoking "Adult smoking"/);
        assert.match(uses!, /measurement M of Tobacco\.Smoking:/);
        await expectNoUnresolvedReferences(declarations!, uses!);
    });

    it('renames an agreement and every qualified and `under` reference to it', async () => {
        const { documents } = await buildWorkspace(services, DECLARATIONS, USES);
        const [declarations, uses] = await rename(documents, documents[0]!, 'MoU2017', 'LondonMoU');
        assert.match(declarations!, /mou LondonMoU "Devolution MoU"/);
        assert.match(uses!, /under LondonMoU \{/);
        assert.match(uses!, /per LondonMoU\.Estates\n/);
        await expectNoUnresolvedReferences(declarations!, uses!);
    });

    it('refuses a new name that is not a name', async () => {
        const { documents } = await buildWorkspace(services, DECLARATIONS, USES);
        await assert.rejects(rename(documents, documents[0]!, 'NHSEngland', 'NHS England'), /not a valid name/);
    });
});

async function expectNoUnresolvedReferences(...texts: string[]): Promise<void> {
    await resetWorkspace(services);
    const { diagnostics } = await buildWorkspace(services, ...texts);
    assert.deepEqual(diagnostics.flatMap((list) => ruleIds(list).filter((id) => id === 'unresolved-reference' || id === 'syntax-error')), []);
}
