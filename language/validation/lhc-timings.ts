/**
 * Time spent per rule and per group of work (e.g. all of condition evaluation), collected only when someone asks
 * (the benchmark): checks stay free of timing code and pay nothing while it is switched off.
 */
export class CheckTimings {
    enabled = false;
    /** Milliseconds spent in each rule's checks, by rule id. */
    readonly byRule = new Map<string, number>();
    /** Milliseconds spent in each group, counted once however deeply its work nests. */
    readonly byGroup = new Map<string, number>();
    /** Which group a rule's time also counts towards. */
    groupOf: (ruleId: string) => string | undefined = () => undefined;
    private readonly depth = new Map<string, number>();
    private readonly started = new Map<string, number>();

    add(ruleId: string, milliseconds: number): void {
        this.byRule.set(ruleId, (this.byRule.get(ruleId) ?? 0) + milliseconds);
    }

    enter(group: string): void {
        const depth = this.depth.get(group) ?? 0;
        if (depth === 0) this.started.set(group, performance.now());
        this.depth.set(group, depth + 1);
    }

    exit(group: string): void {
        const depth = (this.depth.get(group) ?? 1) - 1;
        this.depth.set(group, depth);
        if (depth === 0) this.byGroup.set(group, (this.byGroup.get(group) ?? 0) + performance.now() - this.started.get(group)!);
    }

    /** Runs one rule's check on one node, timing it. */
    timeRule<T>(ruleId: string, run: () => T): T {
        const group = this.groupOf(ruleId);
        if (group) this.enter(group);
        const start = performance.now();
        try {
            return run();
        } finally {
            this.add(ruleId, performance.now() - start);
            if (group) this.exit(group);
        }
    }

    /** Replaces every method of `service` (own and inherited) by one that counts towards `group`. */
    timeMethods(service: object, group: string): void {
        const names = new Set<string>();
        for (let prototype = Object.getPrototypeOf(service); prototype && prototype !== Object.prototype; prototype = Object.getPrototypeOf(prototype)) {
            for (const name of Object.getOwnPropertyNames(prototype)) {
                if (name !== 'constructor' && typeof Object.getOwnPropertyDescriptor(prototype, name)?.value === 'function') names.add(name);
            }
        }
        for (const name of names) {
            const original = (service as Record<string, (...args: unknown[]) => unknown>)[name]!;
            (service as Record<string, unknown>)[name] = (...args: unknown[]) => {
                this.enter(group);
                try {
                    return original.apply(service, args);
                } finally {
                    this.exit(group);
                }
            };
        }
    }
}
