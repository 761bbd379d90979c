// Runs the `policy` command line in-process, with pinned streams and clock.
import { main } from '../../src/cli/main.ts';

export async function runPolicy(argv: string[], options: { cwd: string; color?: boolean }) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    color: options.color ?? false,
    env: {},
    cwd: options.cwd,
    now: () => new Date('2024-06-01T12:00:00Z'),
  });
  return { code, stdout, stderr };
}
