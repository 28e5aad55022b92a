import type { LangiumDocument } from 'langium';
import type { LhcServices } from '../../language/lhc-module.js';

/** The code lenses of a document as `<text under the lens>: <its title>`, in order. */
export async function lensTitles(services: LhcServices, document: LangiumDocument): Promise<string[]> {
    const found = await services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }) ?? [];
    return found.map((lens) => `${document.textDocument.getText(lens.range)}: ${lens.command?.title}`);
}
