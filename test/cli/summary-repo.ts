// Builds the temporary git repositories of the `policy summary` tests: the
// base fixture committed on `main`, then a `change` branch with one case's
// files on top (committed, or left in the working tree).
import { cpSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fixturePath } from '../helpers/fixtures.ts';
import { createRepo, type TestRepo } from '../history/git-repo.ts';

export type SummaryCase =
  | 'substantive-change'
  | 'editorial-change'
  | 'breaks-compliance'
  | 'new-policy'
  | 'removed-policy'
  | 'broken-front-matter'
  | 'edit-without-new-version'
  | 'no-change';

/**
 * The case folder's files are copied over the base; a `deleted.txt` in it lists
 * files the branch deletes. With `commit: false` the change stays uncommitted,
 * as while an author is still editing.
 */
export function summaryRepo(name: SummaryCase, options: { commit?: boolean } = {}): TestRepo {
  const repo = createRepo();
  cpSync(fixturePath('summary', 'base'), repo.root, { recursive: true });
  repo.commit('Adopt the park rules');
  repo.git('checkout', '-q', '-b', 'change');
  const caseDir = fixturePath('summary', name);
  cpSync(caseDir, repo.root, { recursive: true, filter: (source) => !source.endsWith('deleted.txt') });
  const deleted = join(caseDir, 'deleted.txt');
  if (existsSync(deleted)) {
    for (const path of readFileSync(deleted, 'utf8').split('\n').filter(Boolean)) rmSync(join(repo.root, path));
  }
  if (options.commit !== false) repo.commit(`Case: ${name}`);
  return repo;
}
