// Entry point of the `policy` command line (`npm run policy -- <command> …`).
// Run directly by Node 24 with type stripping: keep to erasable TypeScript.
import { createInterface } from 'node:readline/promises';
import { main } from '../src/cli/main.ts';

const color = Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env) && process.env['TERM'] !== 'dumb';

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color,
  env: process.env,
  cwd: process.cwd(),
  now: () => new Date(),
  // Only on a terminal: in CI or a pipe, a command that needs answers says which options to give.
  ask: process.stdin.isTTY
    ? async (question) => {
        const prompt = createInterface({ input: process.stdin, output: process.stdout });
        try {
          return await prompt.question(question);
        } finally {
          prompt.close();
        }
      }
    : undefined,
});
