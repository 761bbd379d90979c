// A lifecycle fixture copied into a temporary folder and committed to a real
// git repository with pinned dates and a fixed author, as a city's policy
// repository would be. Used by the record-review and new-version tests.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath } from '../helpers/fixtures.ts';

const GIT_ENV = {
  PATH: process.env['PATH'] ?? '',
  HOME: tmpdir(),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Policy Team',
  GIT_AUTHOR_EMAIL: 'policy@example.gov',
  GIT_COMMITTER_NAME: 'Policy Team',
  GIT_COMMITTER_EMAIL: 'policy@example.gov',
  GIT_AUTHOR_DATE: '2026-01-05T10:00:00-07:00',
  GIT_COMMITTER_DATE: '2026-01-05T10:00:00-07:00',
};

export function git(folder: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: folder, env: GIT_ENV, encoding: 'utf8' });
}

export interface FixtureRepository {
  root: string;
  remove(): void;
}

export function fixtureRepository(fixture: string): FixtureRepository {
  const root = mkdtempSync(join(tmpdir(), `lifecycle-${fixture}-`));
  cpSync(fixturePath('lifecycle', fixture), root, { recursive: true });
  git(root, 'init', '--quiet', '--initial-branch=main');
  git(root, 'add', '.');
  git(root, 'commit', '--quiet', '-m', `Add ${fixture}`);
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
