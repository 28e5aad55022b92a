import { counted } from '../model/counted.js';
import { statSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { InputError } from './errors.js';

/**
 * Old-space heap a check needs, per MB of `.lhc` and before any file: measured with the bench's generated workspaces
 * (1 MB runs out under `--max-old-space-size=48`; 3.1 MB runs out under 96 and fits under 128).
 */
export const HEAP_MB_PER_MB = 30;
export const HEAP_BASE_MB = 20;
/** What V8's heap limit holds beyond the old space (`--max-old-space-size`): the young generation. */
const YOUNG_GENERATION_MB = 48;
/** Share of the heap limit at which loading stops: past it V8 would soon abort with a native trace (exit 134). */
const HEAP_CEILING = 0.9;

/**
 * Keeps a check from running out of heap, which V8 ends with a native stack trace and exit 134: a workspace whose
 * size says it will not fit is refused before loading, and loading stops if the heap fills up anyway. Both raise
 * one InputError (exit 2): "workspace too large: N files, M MB; check a folder at a time or raise
 * --max-old-space-size".
 */
export class MemoryGuard {
    /** The old space's limit in bytes: what `--max-old-space-size` sets, and what runs out. */
    private readonly limit = oldSpaceLimit();
    readonly bytes: number;

    constructor(private readonly files: readonly string[]) {
        this.bytes = files.reduce((total, file) => total + sizeOf(file), 0);
    }

    /** The heap the workspace is expected to need, in bytes. */
    get estimate(): number {
        return (HEAP_BASE_MB + HEAP_MB_PER_MB * this.bytes / 2 ** 20) * 2 ** 20;
    }

    /** Refuses a workspace expected to need more heap than there is. */
    checkEstimate(): void {
        if (this.estimate > this.limit) throw this.tooLarge();
    }

    /**
     * Whether the heap in use has reached the ceiling. The young generation counts too: a scavenge may move all of
     * it into the old space at once (up to 16 MB), and in a small heap that is more than the margin above the
     * ceiling — V8 then aborts before the old space alone ever reaches it.
     */
    get exhausted(): boolean {
        return getHeapStatistics().used_heap_size > HEAP_CEILING * this.limit;
    }

    /** Stops loading when the heap in use has reached the ceiling. */
    checkHeap(): void {
        if (this.exhausted) throw this.tooLarge();
    }

    tooLarge(): InputError {
        const megabytes = this.bytes / 2 ** 20;
        return new InputError(`workspace too large: ${counted(this.files.length, 'file')}, ${megabytes < 10 ? megabytes.toFixed(1) : Math.round(megabytes)} MB; ` +
            `check a folder at a time or raise --max-old-space-size (now ${Math.round(this.limit / 2 ** 20)} MB)`);
    }
}

function oldSpaceLimit(): number {
    const total = getHeapStatistics().heap_size_limit;
    return Math.max(total / 2, total - YOUNG_GENERATION_MB * 2 ** 20);
}

function sizeOf(file: string): number {
    try {
        return statSync(file).size;
    } catch {
        return 0;
    }
}
