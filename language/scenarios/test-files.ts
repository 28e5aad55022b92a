import type { LangiumDocument } from 'langium';

/**
 * Scenario tests live in files ending `.test.lhc`, beside the agreement they test (conventionally in a `tests/`
 * folder). They are linked and checked in the editor like any file, but their facts belong to their tests only:
 * `lhc check`, the summary and the workspace's fact index leave them out.
 */
export const TEST_FILE_SUFFIX = '.test.lhc';

export function isTestFile(file: string): boolean {
    return file.endsWith(TEST_FILE_SUFFIX);
}

export function isTestDocument(document: LangiumDocument): boolean {
    return isTestFile(document.uri.path);
}
