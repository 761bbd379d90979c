// Builds the site for a fixture policy repository whose history is written as
// numbered snapshots (`test/fixtures/site-b/<case>/commits/<NN>-<slug>/`):
// each snapshot is copied over a fresh git repository and committed with a
// pinned date and author, so the versions, diffs and feeds are reproducible.
//
// Like `built-site.ts`, the site is built once per test run and shared between
// test files (separate processes): the first caller takes a lock (an atomic
// mkdir) and runs `astro build` in a child process, the others wait for its
// result. The output goes inside the project (`node_modules/.cache`), because
// Astro shares a `.astro/` folder between builds whose outDir is elsewhere.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { inject } from 'vitest';

const run = promisify(execFile);
const projectRoot = resolve(import.meta.dirname, '../..');
const fixtureRoot = join(projectRoot, 'test/fixtures/site-b');

function git(cwd: string, args: string[], date: string): void {
  execFileSync('git', args, {
    cwd,
    stdio: 'pipe',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test Author',
      GIT_AUTHOR_EMAIL: 'author@example.gov',
      GIT_COMMITTER_NAME: 'Test Author',
      GIT_COMMITTER_EMAIL: 'author@example.gov',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
}

/** Replays the fixture's snapshots as commits in a temporary repository; returns its path. */
export function replayFixture(name: string): string {
  const repo = mkdtempSync(join(tmpdir(), `site-b-${name}-`));
  git(repo, ['init', '--quiet', '--initial-branch=main'], '2020-01-01T12:00:00Z');
  const commits = join(fixtureRoot, name, 'commits');
  for (const [index, snapshot] of readdirSync(commits).sort().entries()) {
    rmSync(join(repo, 'policy'), { recursive: true, force: true });
    cpSync(join(commits, snapshot, 'policy'), join(repo, 'policy'), { recursive: true });
    const messageFile = join(commits, snapshot, 'MESSAGE');
    const message = existsSync(messageFile) ? readFileSync(messageFile, 'utf8').trim() : snapshot;
    const date = `2024-01-${String(index + 1).padStart(2, '0')}T12:00:00Z`;
    git(repo, ['add', '--all'], date);
    git(repo, ['commit', '--quiet', '-m', message], date);
  }
  return repo;
}

export interface BuiltSite {
  dist: string;
  /** Reads a built file by its site path: `read('/policies/conduct/')`, `read('/feed.xml')`. */
  read(path: string): string;
}

/**
 * The environment for `astro build`, without what Vitest sets for its own Vite
 * (`BASE_URL`, `MODE`, `NODE_ENV=test`, …), which Astro would otherwise read.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const vitestOwn = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST']);
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !vitestOwn.has(name) && !name.startsWith('VITEST_')),
  );
}

/** Builds the site for a fixture with a fixed `today`, once per test run; pages are read back by path. */
export async function buildFixtureSite(name: string, today: string): Promise<BuiltSite> {
  const cache = inject('siteCache') ?? mkdtempSync(join(projectRoot, 'node_modules/.cache/policy-site-b-'));
  const key = `site-b-${name}-${today}`;
  const dist = join(cache, key, 'dist');
  const result = join(cache, `${key}.json`);
  let owner = false;
  try {
    mkdirSync(join(cache, `${key}.lock`));
    owner = true;
  } catch {
    // Another test file is building it: wait for its result below.
  }
  if (owner) {
    const repo = replayFixture(name);
    try {
      await run(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
        cwd: projectRoot,
        env: { ...buildEnv(), POLICY_ROOT: repo, POLICY_TODAY: today, BASE_PATH: '/', SITE_URL: '' },
        maxBuffer: 64 * 1024 * 1024,
      });
      writeFileSync(result, JSON.stringify({ ok: true }));
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      writeFileSync(result, JSON.stringify({ error: `astro build failed:\n${stdout}\n${stderr}` }));
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  }
  const outcome = await waitFor(result);
  if ('error' in outcome) throw new Error(outcome.error);
  return {
    dist,
    read: (path) => readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8'),
  };
}

async function waitFor(file: string): Promise<{ ok: true } | { error: string }> {
  for (let waited = 0; waited < 280_000; waited += 200) {
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { error: `Timed out waiting for ${file}` };
}
