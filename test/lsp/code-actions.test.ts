import { strict as assert } from 'node:assert';
import { TextDocument } from 'langium';
import { afterEach, describe, it } from 'mocha';
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type TextDocumentEdit } from 'vscode-languageserver';
import { buildWorkspace, createTestServices, resetWorkspace } from '../helpers.js';
import { errorsOf, fixWithoutNewErrors } from './fix-helpers.js';

const { services } = createTestServices();
const fix = fixWithoutNewErrors(services);

describe('quick fixes', () => {
    afterEach(() => resetWorkspace(services));

    it('pilot-party-not-signatory: adds the party to the agreement\'s signatories', async () => {
        const before = [
            'area Camden "Camden" borough',
            'party NHSEngland "NHS England" national-body',
            'party CamdenCouncil "London Borough of Camden" council serves Camden',
            'party HealthwatchCamden "Healthwatch Camden" healthwatch serves Camden',
            'agreement A2015 "Collaboration Agreement" {',
            '    signed 2015-12-15',
            '    signatories NHSEngland, HealthwatchCamden',
            '    pilot P "Camden pilot" {',
            '        areas Camden',
            '        leads CamdenCouncil',
            '        partners HealthwatchCamden',
            '    }',
            '}',
            ''
        ].join('\n');
        const result = await fix(before, 'pilot-party-not-signatory', before.replace('signatories NHSEngland, HealthwatchCamden', 'signatories NHSEngland, HealthwatchCamden, CamdenCouncil'));
        assert.equal(result.action?.title, 'Add CamdenCouncil to the signatories of A2015');
        assert.equal(result.action?.kind, CodeActionKind.QuickFix);
    });

    it('agreement-area-inferred: adds the covers line the councils\' area gives', async () => {
        const before = [
            'area England "England" country',
            'area GreaterManchester "Greater Manchester" city-region within England',
            'area Bolton "Bolton" borough within GreaterManchester',
            'area Bury "Bury" borough within GreaterManchester',
            'party BoltonCouncil "Bolton Council" council serves Bolton',
            'party BuryCouncil "Bury Council" council serves Bury',
            'mou Deal "Greater Manchester MoU" {',
            '    signed 2015-02-27',
            '    signatories BoltonCouncil, BuryCouncil',
            '    estate-sale Sale "Former clinic" { sold 2016-06-30 for £1m reinvest £1m in Bury }',
            '}',
            ''
        ].join('\n');
        const result = await fix(before, 'agreement-area-inferred', before.replace('mou Deal "Greater Manchester MoU" {\n', 'mou Deal "Greater Manchester MoU" {\n    covers GreaterManchester\n'));
        assert.equal(result.action?.title, "Add 'covers GreaterManchester'");
    });

    it('suppression-unused: removes the comment, after code or on a line of its own', async () => {
        const trailing = 'area A "A" region // lhc-ignore duplicate-name: the duplicate was removed since\narea B "B" region\n';
        const result = await fix(trailing, 'suppression-unused', 'area A "A" region\narea B "B" region\n');
        assert.equal(result.action?.title, 'Remove the unused lhc-ignore comment');
        assert.equal(result.action?.kind, CodeActionKind.QuickFix);
        const ownLine = 'area A "A" region\n    // lhc-ignore duplicte-name: a typo\narea B "B" region\n';
        await fix(ownLine, 'suppression-unused', 'area A "A" region\narea B "B" region\n');
    });

    it('no-public-involvement: adds the Healthwatch serving the pilot\'s area as a partner', async () => {
        const before = [
            'area London "London" region',
            'area Camden "Camden" borough within London',
            'party CamdenCouncil "London Borough of Camden" council serves Camden',
            'party HealthwatchLondon "Healthwatch London" healthwatch serves London',
            'pilot P "Camden pilot" {',
            '    areas Camden',
            '    leads CamdenCouncil',
            '}',
            ''
        ].join('\n');
        const result = await fix(before, 'no-public-involvement', before.replace('    leads CamdenCouncil\n', '    leads CamdenCouncil\n    partners HealthwatchLondon\n'));
        assert.equal(result.action?.title, 'Add HealthwatchLondon as a partner of P');
    });

    it('no-public-involvement: declares a Healthwatch party when the workspace has none for the area', async () => {
        const before = [
            'area Camden "Camden" borough',
            'party CamdenCouncil "London Borough of Camden" council serves Camden',
            'pilot P "Camden pilot" { areas Camden leads CamdenCouncil partners CamdenCouncil }',
            ''
        ].join('\n');
        const after = [
            'area Camden "Camden" borough',
            'party CamdenCouncil "London Borough of Camden" council serves Camden',
            'party HealthwatchCamden "Healthwatch Camden" healthwatch serves Camden',
            'pilot P "Camden pilot" { areas Camden leads CamdenCouncil partners CamdenCouncil, HealthwatchCamden }',
            ''
        ].join('\n');
        await fix(before, 'no-public-involvement', after);
    });

    it('end-before-start: swaps the two dates', async () => {
        const before = [
            'party NHSEngland "NHS England" national-body',
            'party London "London Partners" partnership',
            'power Primary "Primary care commissioning" held by NHSEngland',
            'delegation D: NHSEngland delegates Primary to London from 2019-04-01 until 2018-03-31',
            ''
        ].join('\n');
        await fix(before, 'end-before-start', before.replace('from 2019-04-01 until 2018-03-31', 'from 2018-03-31 until 2019-04-01'));
    });

    it('end-before-start: swaps a target\'s baseline date and deadline', async () => {
        const before = 'aspiration S "s" {\n    target T "t" {\n        metric "m"\n        unit "%"\n        baseline 17% on 2020-12-31\n        goal 13%\n        by 2015-01-01\n    }\n}\n';
        await fix(before, 'end-before-start', before.replace('on 2020-12-31', 'on 2015-01-01').replace('by 2015-01-01', 'by 2020-12-31'));
    });

    describe('a failing condition: a waiver after the fact, with tab stops', () => {
        // The condition lives in another file of the workspace, as it would in a real project.
        const conditionFile = [
            'party NHSEngland "NHS England" national-body',
            'board LEB "London Estates Board" { members NHSEngland oversight political }',
            'mou M "MoU" {',
            '    signatories NHSEngland, LEB',
            '    condition PilotsStart "Every pilot has a start date" {',
            '        every p in pilots: p.start is set',
            '    }',
            '}'
        ].join('\n');
        const before = 'pilot P "Pilot" under M {\n    aim "Integrate care"\n}\n// end of file\n';

        async function waiverAction(): Promise<{ action: CodeAction; text: string }> {
            const { documents, diagnostics } = await buildWorkspace(services, conditionFile, before);
            const document = documents[1]!;
            const diagnostic = diagnostics[1]!.find((candidate) => candidate.code === 'PilotsStart');
            assert.ok(diagnostic);
            const actions = await services.lsp.CodeActionProvider!.getCodeActions(document, {
                textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
            }) as CodeAction[];
            assert.equal(actions.length, 1);
            const action = actions[0]!;
            return { action, text: TextDocument.applyEdits(document.textDocument, action.edit!.changes![document.uri.toString()]!) };
        }

        it('offers the reason, the approver (signatories, boards first) and the expiry as tab stops', async () => {
            const { action } = await waiverAction();
            assert.equal(action.title, 'Waive PilotsStart for P…');
            const edits = (action.edit!.documentChanges![0] as TextDocumentEdit).edits;
            assert.deepEqual(edits.map((edit) => ('snippet' in edit ? edit.snippet.value : undefined)),
                ['\nwaiver for PilotsStart on P because "${1:…}" approved by ${2|LEB,NHSEngland|} until ${3:2020-06-01}$0']);
        });

        it('leaves the reason a placeholder, which waiver-incomplete rejects, so the finding is not silenced', async () => {
            const { text } = await waiverAction();
            assert.equal(text, 'pilot P "Pilot" under M {\n    aim "Integrate care"\n}\nwaiver for PilotsStart on P because "…" approved by LEB until 2020-06-01\n// end of file\n');
            const errors = await errorsOf(services, [conditionFile, text]);
            assert.ok(errors.some((error) => error.startsWith('PilotsStart: ')), errors.join('\n'));
            assert.ok(errors.some((error) => error.startsWith('waiver-incomplete: ') && error.includes('a real reason')), errors.join('\n'));
        });

        it('with a real reason the violation is waived, and its message says by whom, until when and why', async () => {
            const { text } = await waiverAction();
            const completed = text.replace('"…"', '"Start date set by the pilot board in May"');
            await resetWorkspace(services);
            const { diagnostics } = await buildWorkspace(services, conditionFile, completed);
            assert.deepEqual(diagnostics.flat().filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error), []);
            const waived = diagnostics[1]!.find((diagnostic) => diagnostic.code === 'PilotsStart');
            assert.match(String(waived?.message ?? ''), /\(waived by LEB until 2020-06-01: Start date set by the pilot board in May\)$/);
        });
    });

    it('unresolved-reference to a party: declares it at the end of the file', async () => {
        const before = 'area Camden "Camden" borough\npilot P "Camden pilot" {\n    areas Camden\n    leads CamdenCouncil\n}';
        await fix(before, 'unresolved-reference', `${before}\nparty CamdenCouncil "Camden Council" council serves Camden\n`);
    });

    it('unresolved-reference to a clause by its short name outside its agreement: writes the qualified name', async () => {
        const before = 'agreement MoU "MoU" {\n    clause EstatesForum "A forum."\n}\nboard LEB "LEB" {\n    oversight political\n    per EstatesForum\n}\n';
        await fix(before, 'unresolved-reference', before.replace('per EstatesForum', 'per MoU.EstatesForum'));
    });

    it('unresolved-reference with a near name: writes the name', async () => {
        const before = 'area Lewisham "Lewisham" borough\npilot P "P" {\n    areas Lewishm\n}\n';
        // Worked out when the fix is asked for, from the names the workspace has then.
        await fix(before, 'unresolved-reference', before.replace('Lewishm', 'Lewisham'));
    });

    it('unresolved-reference to something else than a party: no quick fix', async () => {
        await fix('pilot P "Camden pilot" {\n    areas Camden\n}\n', 'unresolved-reference', undefined);
    });
});
