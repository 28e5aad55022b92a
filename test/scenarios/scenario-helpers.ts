import { URI, type LangiumDocument } from 'langium';
import type { Document } from '../../language/generated/ast.js';
import type { LhcServices } from '../../language/lhc-module.js';

/** Builds named inline files (`sales.lhc`, `tests/sales.test.lhc`) as one workspace, validated. */
export async function buildFiles(services: LhcServices, files: Record<string, string>): Promise<Record<string, LangiumDocument<Document>>> {
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    const documents: Record<string, LangiumDocument<Document>> = {};
    for (const [name, text] of Object.entries(files)) {
        const document = factory.fromString<Document>(text, URI.parse(`file:///scenarios/${name}`));
        langiumDocuments.addDocument(document);
        documents[name] = document;
    }
    await services.shared.workspace.DocumentBuilder.build(Object.values(documents), { validation: true });
    return documents;
}

/** A small workspace: places, parties, a sale and the conditions the scenario tests below exercise. */
export const WORKSPACE = `
area England "England" country
area London "London" region within England
area Camden "Camden" borough within London
area Kent "Kent" region within England
service PrimaryCare "Primary care"
party CamdenCouncil "London Borough of Camden" council serves Camden
party CamdenCCG "NHS Camden CCG" ccg serves Camden
board EstatesBoard "Estates Board" { serves London oversight political }
mou LondonMoU "London MoU" { covers London }
estate-sale CamdenSale "Sale of the Camden clinic" under LondonMoU {
    located in Camden
    approved by EstatesBoard on 2018-01-10
    sold 2018-03-01 for £10m
    reinvest £10m in Camden for PrimaryCare
}
condition ReinvestedInLondon "Sale proceeds are reinvested within London, in full" {
    every sale in estate-sales where sale.soldOn is set:
        (every reinvestment in sale.reinvestments: reinvestment within London)
        and sum(reinvestment.amount for reinvestment in sale.reinvestments) >= sale.proceeds
}
`;
