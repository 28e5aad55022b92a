import { strict as assert } from 'node:assert';
import { expectSymbols, expectWorkspaceSymbols } from 'langium/test';
import { afterEach, describe, it } from 'mocha';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { buildWorkspace, createTestServices, resetWorkspace } from '../helpers.js';

const { services } = createTestServices();
const symbols = expectSymbols(services);
const workspaceSymbols = expectWorkspaceSymbols(services.shared);

function kindName(kind: SymbolKind): string {
    return Object.entries(SymbolKind).find(([, value]) => value === kind)?.[0] ?? String(kind);
}

/** `Name (Kind): detail`, children indented below. */
function outline(list: readonly DocumentSymbol[], depth = 0): string[] {
    return list.flatMap((symbol) => [
        `${'  '.repeat(depth)}${symbol.name} (${kindName(symbol.kind)}): ${symbol.detail ?? ''}`,
        ...outline(symbol.children ?? [], depth + 1)
    ]);
}

describe('document and workspace symbols', () => {
    afterEach(() => resetWorkspace(services));

    it('outlines every declaration with its kind and title, members nested under their owner', async () => {
        await symbols({
            text: `
                area London "London" region
                party Mayor "Mayor of London" mayor
                mou MoU2017 "Devolution MoU" {
                    clause Estates "Sell land"
                    pilot BHR "BHR accountable care" { areas London }
                    condition Reinvest "Proceeds reinvested" { every s in estate-sales: s.proceeds > £0 }
                }
                aspiration Smoke "Kick unhealthy habits" {
                    target Smoking "Adult smoking" { goal 13% }
                }
                measurement Smoking2019 of Smoke.Smoking: 14% on 2019-01-01
            `,
            assert: (result) => assert.deepEqual(outline(result), [
                'London (Enum): London',
                'Mayor (Class): Mayor of London',
                'MoU2017 (Namespace): Devolution MoU',
                '  Estates (String): Sell land',
                '  BHR (Struct): BHR accountable care',
                '  Reinvest (Operator): Proceeds reinvested',
                'Smoke (Interface): Kick unhealthy habits',
                '  Smoking (Property): Adult smoking',
                'Smoking2019 (Number): Smoke.Smoking on 2019-01-01'
            ])
        });
    });

    it('finds declarations across files by qualified name', async () => {
        await buildWorkspace(services,
            'mou MoU2017 "Devolution MoU" { clause Estates "Sell land" }',
            'agreement A2015 "Collaboration Agreement" { clause Estates "Other land" }');
        await workspaceSymbols({
            query: 'Estates',
            assert: (found) => assert.deepEqual(
                found.map((symbol) => `${symbol.name} (${kindName(symbol.kind)}): ${symbol.containerName}`).sort(),
                ['A2015.Estates (String): Other land', 'MoU2017.Estates (String): Sell land']
            )
        });
    });

    it('outlines a half-typed measurement with "?" for what is missing, never "undefined"', async () => {
        await symbols({
            text: 'measurement Smoking2019 of',
            assert: (result) => {
                const lines = outline(result);
                assert.ok(lines.some((line) => line.startsWith('Smoking2019 ')), lines.join('\n'));
                for (const line of lines) assert.ok(!/undefined|NaN/.test(line), line);
            }
        });
    });
});
