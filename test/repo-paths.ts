import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

/** The repository root, from the compiled test's location (out/test/…). */
export const REPO_ROOT = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));

/** The `lhc` command as users run it. */
export const LHC_BIN = path.join(REPO_ROOT, 'bin', 'lhc.js');
