import { main } from '../../language/cli/main.js';

/** Runs `lhc` in-process with captured output. */
export async function runLhc(argv: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; interactive?: boolean }): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await main(argv, {
        stdout: (text) => { stdout += text; },
        stderr: (text) => { stderr += text; },
        color: false,
        interactive: options.interactive ?? false,
        cwd: options.cwd,
        env: options.env ?? {}
    });
    return { code, stdout, stderr };
}
