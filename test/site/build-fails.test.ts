// The site build refuses a policy repository with errors, and says why with
// the same messages as `policy check`.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { projectRoot, TEST_TODAY } from './built-site.ts';

const run = promisify(execFile);
const made: string[] = [];
afterAll(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

describe('a build of a repository with errors', () => {
  it('fails, printing the messages of policy check, and writes no pages', async () => {
    const root = mkdtempSync(join(tmpdir(), 'policy-site-broken-'));
    cpSync(join(projectRoot, 'test/fixtures/site/broken-repo'), root, { recursive: true });
    mkdirSync(join(projectRoot, 'node_modules/.cache'), { recursive: true });
    const outDir = mkdtempSync(join(projectRoot, 'node_modules/.cache/policy-site-broken-'));
    made.push(root, outDir);
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !['BASE_URL', 'MODE', 'NODE_ENV'].includes(name)),
    );
    const build = await run(
      process.execPath,
      [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
      { cwd: projectRoot, env: { ...env, POLICY_ROOT: root, POLICY_TODAY: TEST_TODAY, NO_COLOR: '1' } },
    ).then(
      () => ({ failed: false, output: '' }),
      (error: { stdout?: string; stderr?: string }) => ({ failed: true, output: `${error.stdout}\n${error.stderr}` }),
    );
    expect(build.failed).toBe(true);

    const check = await runCli(['check', '--root', root], { env: { POLICY_TODAY: TEST_TODAY } });
    expect(check.code).toBe(1);
    const messages = `${check.stdout}${check.stderr}`
      .split('\n')
      .filter((line) => /^\s+\d+:\d+\s+(error|warning)\s/.test(line));
    expect(messages.some((line) => line.includes('front-matter/'))).toBe(true);
    for (const line of messages) expect(build.output).toContain(line.trim());
    // The same count, from the same countBySeverity: the check's last line is in the build log word for word.
    const counted = check.stdout.trimEnd().split('\n').at(-1)!;
    expect(counted).toMatch(/^✖ \d+ policy files? checked: \d+ errors? and \d+ warnings?\.$/);
    expect(build.output).toContain(counted);
    expect(build.output).toContain('The policy check failed; the site was not built.');
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});
