// Writes schemas/lhc.config.schema.json from the zod schema (run after `npm run build:tsc`).
// test/config/config-schema.test.ts fails when the file and the zod schema drift apart.
import { writeFileSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configJsonSchema } from '../out/language/config/config-schema.js';

const target = fileURLToPath(new URL('../schemas/lhc.config.schema.json', import.meta.url));
const temporary = `${target}.${process.pid}.tmp`;
writeFileSync(temporary, JSON.stringify(configJsonSchema(), null, 2) + '\n');
renameSync(temporary, target);
console.log(`wrote ${target}`);
