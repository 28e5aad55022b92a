import type { FactIndex } from '../model/facts.js';
import type { TypingStore } from './condition-shapes.js';

/**
 * The store each fact index's condition typings are kept in, when the language server attached one
 * (`attachRunCache` in condition-reuse.ts): the type checker reads it here, so that it does not import the run
 * cache, which imports the evaluator's outcomes, which the type checker's callers produce.
 */
const stores = new WeakMap<FactIndex, TypingStore>();

export function attachTypingStore(facts: FactIndex, store: TypingStore): void {
    stores.set(facts, store);
}

export function typingStoreOf(facts: FactIndex): TypingStore | undefined {
    return stores.get(facts);
}
