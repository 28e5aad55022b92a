import { AstUtils, type AstNode } from 'langium';

interface Listening {
    /** Nodes whose references were read while the current document's checks ran (their documents are worked out once, at the end). */
    recording: Set<AstNode> | undefined;
    /** A condition run keeping what each element's evaluation followed (`follow`). */
    follower: ((container: AstNode) => void) | undefined;
}

/**
 * Which documents' references each document's document-scoped checks read while they ran, so an edit re-validates
 * exactly the documents whose findings it can change (`planRevalidation`). A check reaches past its own document
 * only through references (a pilot's lead, that party's area, its parent…), and each step is a read of a reference
 * held by the document it steps from: if none of those documents is re-parsed or re-linked, every step lands where
 * it did before, on the same nodes. Owned by the document builder; the linker reports each read (`LhcLinker`).
 */
export class ReferenceReads {
    /** Who hears of each reference read: the document whose checks are recorded, and a condition run following them. */
    private readonly listening: Listening = { recording: undefined, follower: undefined };
    private readonly byDocument = new Map<string, ReadonlySet<string>>();

    /** Called by the linker on every `reference.ref` read; `container` holds the reference. */
    read(container: AstNode): void {
        this.listening.recording?.add(container);
        this.listening.follower?.(container);
    }

    /**
     * Runs `work`, reporting every reference read meanwhile to `onFollow`, whether or not a document's checks are
     * being recorded: a condition's evaluation keeps, per element, what it followed (conditions/element-reuse.ts).
     */
    follow<T>(onFollow: (container: AstNode) => void, work: () => T): T {
        return this.during('follower', onFollow, work);
    }

    /**
     * Runs `checks` (a document's document-scoped checks) and records the documents whose references they read
     * (including `uri`'s own). Reads made while `pause` runs inside it are not recorded.
     */
    async record<T>(uri: string, checks: () => Promise<T>): Promise<T> {
        const outer = this.listening.recording;
        const recording = this.listening.recording = new Set();
        try {
            return await checks();
        } finally {
            this.listening.recording = outer;
            const documents = new Set<string>([uri]);
            for (const node of recording) {
                const document = AstUtils.findRootNode(node).$document;
                if (document) documents.add(document.uri.toString());
            }
            this.byDocument.set(uri, documents);
        }
    }

    /** Runs `work` (workspace-scoped checks, which read the whole workspace by design) without recording its reads. */
    pause<T>(work: () => T): T {
        return this.during('recording', undefined, work);
    }

    /** Runs `work` with one of the two listeners set to `value`, restoring it afterwards (runs nest). */
    private during<K extends keyof Listening, T>(listener: K, value: Listening[K], work: () => T): T {
        const outer = this.listening[listener];
        this.listening[listener] = value;
        try {
            return work();
        } finally {
            this.listening[listener] = outer;
        }
    }

    /** The documents whose references `uri`'s last validation read; undefined if it was never validated. */
    of(uri: string): ReadonlySet<string> | undefined {
        return this.byDocument.get(uri);
    }

    forget(uri: string): void {
        this.byDocument.delete(uri);
    }
}

/** The document builder offering `ReferenceReads` (the language server's); the CLI's builds once and needs none. */
export interface WithReferenceReads {
    readonly referenceReads: ReferenceReads;
    readonly tracksDependencies: boolean;
}

/** The builder's `ReferenceReads` when it tracks dependencies (`LhcServiceOptions`), else undefined. */
export function referenceReadsOf(builder: object): ReferenceReads | undefined {
    const candidate = builder as Partial<WithReferenceReads>;
    return candidate.tracksDependencies ? candidate.referenceReads : undefined;
}
