import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { TextDocument, URI } from 'langium';
import { afterEach, describe, it } from 'mocha';
import { buildWorkspace, createTestServices, resetEditedWorkspace } from '../helpers.js';
import { freshDiagnostics, normalise } from './server-harness.js';

const { services } = createTestServices();
const shared = services.shared;

// After an edit, each power's delegation table is patched, not built again (model/delegation-tables.ts): entries
// whose delegation, recipient or areas an edit reached are replaced. Whatever is edited — a delegation's dates, the
// areas a recipient serves (in another file), an area's parent (in a third) — the findings must equal a fresh build's.
describe('overlapping delegations after edits, with tables patched (issue 16)', () => {
    afterEach(async () => {
        await resetEditedWorkspace(services);
    });

    /** Areas: Camden and Barnet, each within North or South (the parent is what the edit moves). */
    const PLACES = (camdenIn: string, barnetIn: string) => `area England "England" country
        area North "North" region within England
        area South "South" region within England
        area Camden "Camden" borough within ${camdenIn}
        area Barnet "Barnet" borough within ${barnetIn}
        party NHSEngland "NHS England" national-body serves England
        power Primary "Primary care" held by NHSEngland since 2013-04-01`;
    /** Deal n's CCG, serving the area given, and its delegation of Primary from the year given (to the year given, if any). */
    const DEAL = (n: number, serves: string, from: number, until?: number) => `party CCG${n} "CCG ${n}" ccg serves ${serves}
        delegation D${n}: NHSEngland delegates Primary to CCG${n} from ${from}-04-01${until ? ` until ${until}-03-31` : ''}`;
    const PLACE_NAMES = ['Camden', 'Barnet', 'North', 'South', 'England'];

    it('finds what a fresh build finds after every one of a random run of edits', async function () {
        this.timeout(240_000);
        const edit = fc.oneof(
            fc.record({ file: fc.constant(0), camdenIn: fc.constantFrom('North', 'South'), barnetIn: fc.constantFrom('North', 'South') }),
            fc.record({ file: fc.integer({ min: 1, max: 4 }), serves: fc.constantFrom(...PLACE_NAMES), from: fc.integer({ min: 2015, max: 2019 }), until: fc.option(fc.integer({ min: 2016, max: 2021 }), { nil: undefined }) })
        );
        await fc.assert(fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => {
            await resetEditedWorkspace(services);
            // Deals 5–16 are never edited: with them, an edit to one deal changes few enough entries to be patched in.
            const unedited = Array.from({ length: 12 }, (_, index) => DEAL(5 + index, PLACE_NAMES[index % 2]!, 2010 + index, 2011 + index));
            const texts = [PLACES('North', 'South'), DEAL(1, 'Camden', 2016), DEAL(2, 'Barnet', 2017), DEAL(3, 'North', 2018), DEAL(4, 'Camden', 2019), ...unedited];
            const { documents } = await buildWorkspace(services, ...texts);
            const current = new Map(documents.map((document, index) => [document.uri.toString(), texts[index]!]));
            for (const step of edits) {
                const uri = documents[step.file]!.uri.toString();
                const text = 'camdenIn' in step ? PLACES(step.camdenIn, step.barnetIn) : DEAL(step.file, step.serves, step.from, step.until);
                current.set(uri, text);
                shared.workspace.TextDocuments.set(TextDocument.create(uri, 'lhc', 2, text));
                await shared.workspace.DocumentBuilder.update([URI.parse(uri)], []);
                const fresh = await freshDiagnostics(services, [...current]);
                for (const [each] of current) {
                    const live = shared.workspace.LangiumDocuments.getDocument(URI.parse(each))!.diagnostics;
                    assert.deepEqual(normalise(live), normalise(fresh.get(each)), `${each} after ${JSON.stringify(edits)}`);
                }
            }
        }), { numRuns: 12 });
    });
});
