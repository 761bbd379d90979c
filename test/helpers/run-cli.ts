// Runs the `policy` command line in-process, the way `scripts/policy.ts` does,
// and captures what it prints.
//
//   const { code, stdout, stderr } = await runCli(['check', '--root', dir]);
//
// Options (all optional):
// - `cwd`: working directory the CLI sees (default: the project root);
// - `env`: environment the CLI sees (default: empty, so the caller's
//   POLICY_ROOT / POLICY_TODAY never leak into a test);
// - `now`: the clock (default: 2026-11-21T12:00:00Z);
// - `color`: whether colour output is allowed (default: false).
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXED_NOW = new Date('2026-11-21T12:00:00Z');

export interface CliResult {
  /** The exit code: 0 clean, 1 errors found, 2 usage error or internal fault. */
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  now?: Date;
  color?: boolean;
}

export async function runCli(argv: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    color: options.color ?? false,
    env: options.env ?? {},
    cwd: options.cwd ?? PROJECT_ROOT,
    now: () => options.now ?? FIXED_NOW,
  });
  return { code, stdout, stderr };
}
