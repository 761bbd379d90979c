// Builds the site for a fixture policy repository whose history is written as
// numbered snapshots (`test/fixtures/site-b/<case>/commits/<NN>-<slug>/`):
// each snapshot is copied over a fresh git repository and committed with a
// pinned date and author, so the versions, diffs and feeds are reproducible.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'astro';

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
  read(path: string): string;
  cleanup(): void;
}

/** Builds the site for a fixture with a fixed `today`; pages are read back by URL path. */
export async function buildFixtureSite(name: string, today: string): Promise<BuiltSite> {
  const repo = replayFixture(name);
  const dist = mkdtempSync(join(tmpdir(), `site-b-dist-${name}-`));
  const saved = { ...process.env };
  process.env['POLICY_ROOT'] = repo;
  process.env['POLICY_TODAY'] = today;
  try {
    await build({ root: projectRoot, outDir: dist, logLevel: 'error' });
  } finally {
    process.env = saved;
  }
  return {
    dist,
    read: (path) => readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8'),
    cleanup: () => {
      rmSync(repo, { recursive: true, force: true });
      rmSync(dist, { recursive: true, force: true });
    },
  };
}
