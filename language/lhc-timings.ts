/**
 * Time spent per rule, collected only when someone asks (the benchmark, `--profile`-style tooling):
 * checks stay free of timing code and pay nothing while it is switched off.
 */
export class CheckTimings {
    enabled = false;
    /** Milliseconds spent in each rule's checks, by rule id. */
    readonly byRule = new Map<string, number>();

    add(ruleId: string, milliseconds: number): void {
        this.byRule.set(ruleId, (this.byRule.get(ruleId) ?? 0) + milliseconds);
    }
}
