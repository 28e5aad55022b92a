// Child: a full `lhc check` of a folder, reporting the time spent reading and parsing its dataset files.
import { checkWorkspace } from '../language/engine/check.js';
import type { LhcServices } from '../language/lhc-module.js';
import { runChild, seconds } from './child.js';

runChild(async ([folder]) => {
    if (!folder) throw new Error('usage: measure-dataset <folder>');
    let services: LhcServices | undefined;
    const start = performance.now();
    const { report } = await checkWorkspace({ paths: [folder], instrument: (given) => { services = given; } });
    const checkSeconds = seconds(start);
    const findingsByRule: Record<string, number> = {};
    for (const finding of report.findings) findingsByRule[finding.ruleId] = (findingsByRule[finding.ruleId] ?? 0) + 1;
    return { checkSeconds, datasetLoadSeconds: services!.lhc.Datasets.loadMs / 1000, findingsByRule };
});
