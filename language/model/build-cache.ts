/**
 * Values worked out once per build, for the checks, conditions and summaries that would otherwise work them out
 * once per node. The key is the build's own object — its `FactIndex`, or its condition evaluation — which every
 * build makes anew: a value is never read by a later build and is dropped with its build. (A cache kept on an AST
 * node would not be: a node outlives edits to the files it references.)
 *
 * `keys` narrow the value within the build: `holders.get(facts, [power, date], () => …)`; `[]` for one value per
 * build.
 */
export class BuildCache<Build extends object, Keys extends readonly unknown[], Value> {
    private readonly builds = new WeakMap<Build, Map<unknown, unknown>>();

    get(build: Build, keys: Keys, compute: () => Value): Value {
        let level = this.builds.get(build);
        if (!level) this.builds.set(build, level = new Map());
        // Indexed, not sliced: this runs for every node of every check, and a copy per call showed in profiles.
        for (let index = 0; index < keys.length - 1; index++) {
            const key = keys[index];
            let next = level.get(key) as Map<unknown, unknown> | undefined;
            if (!next) level.set(key, next = new Map());
            level = next;
        }
        const last = keys.length > 0 ? keys[keys.length - 1] : WHOLE_BUILD;
        if (level.has(last)) return level.get(last) as Value;
        const value = compute();
        level.set(last, value);
        return value;
    }
}

const WHOLE_BUILD = Symbol('whole build');
