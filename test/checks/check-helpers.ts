import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import { validationHelper, type ValidationResult } from 'langium/test';
import type { Document } from '../../language/generated/ast.js';
import type { LhcServices } from '../../language/lhc-module.js';
import { buildWorkspace, createTestServices } from '../helpers.js';

/** Services, a validation helper and a multi-file builder for the tests of one check. */
export function checkTestKit(): {
    services: LhcServices;
    validate: (text: string) => Promise<ValidationResult<Document>>;
    validateFiles: (...texts: string[]) => Promise<ValidationResult<Document>[]>;
} {
    const { services } = createTestServices();
    const validate = validationHelper<Document>(services);
    const validateFiles = async (...texts: string[]) => {
        const { documents } = await buildWorkspace(services, ...texts);
        return documents.map((document) => asValidationResult(document));
    };
    return { services, validate: (text) => validate(text), validateFiles };
}

/** Wraps a built document so `expectError` / `expectNoIssues` from `langium/test` can judge it. */
export function asValidationResult(document: LangiumDocument<Document>): ValidationResult<Document> {
    return { document, diagnostics: document.diagnostics ?? [], [Symbol.asyncDispose]: async () => undefined } as unknown as ValidationResult<Document>;
}

/** The declaration (or nested node) with this name, of this type, anywhere in the document. */
export function named<T extends AstNode>(result: ValidationResult<Document> | LangiumDocument<Document>, guard: (node: unknown) => node is T, name: string): T {
    const document = 'document' in result ? result.document : result;
    const found = AstUtils.streamAllContents(document.parseResult.value).find((node) => guard(node) && (node as unknown as { name?: string }).name === name);
    if (!found) throw new Error(`No ${name} in the document`);
    return found as T;
}

/** Every node of a type in the document, in order. */
export function all<T extends AstNode>(result: ValidationResult<Document>, guard: (node: unknown) => node is T): T[] {
    return AstUtils.streamAllContents(result.document.parseResult.value).filter(guard).toArray() as T[];
}

/** Areas and parties shaped like London's: boroughs within sub-regions within the region within the country. */
export const LONDON = `
    area England "England" country
    area London "London" region within England
    area NorthCentralLondon "North Central London" sub-region within London
    area NorthEastLondon "North East London" sub-region within London
    area Camden "Camden" borough within NorthCentralLondon
    area Barnet "Barnet" borough within NorthCentralLondon
    area Haringey "Haringey" borough within NorthCentralLondon
    area Havering "Havering" borough within NorthEastLondon
    area Kent "Kent" region within England
    party NHSEngland "NHS England" national-body serves England
    party Mayor "Mayor of London" mayor serves London
    party CamdenCouncil "London Borough of Camden" council serves Camden
    party CamdenCCG "NHS Camden CCG" ccg serves Camden
    party BarnetCouncil "London Borough of Barnet" council serves Barnet
    party HaringeyCouncil "London Borough of Haringey" council serves Haringey
    party HealthwatchHaringey "Healthwatch Haringey" healthwatch serves Haringey
    party HaveringCouncil "London Borough of Havering" council serves Havering
    party HaveringCCG "NHS Havering CCG" ccg serves Havering
    party LondonPartners "London Partners" partnership members CamdenCouncil, CamdenCCG, BarnetCouncil, HaringeyCouncil, HaveringCouncil, HaveringCCG, Mayor
`;
