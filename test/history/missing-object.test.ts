// A damaged repository never silently drops a version: the missing object is
// an error that names the file, the commit and the fix.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { gitHistory } from '../../src/io/git-history.ts';
import { BODY_V1, createRepo, policyText, type TestRepo } from './git-repo.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.remove());

it('a deleted blob of an old revision is an error naming the revision and the fix', async () => {
  repo = createRepo();
  repo.write('policy/social-media.mdx', policyText({ version: '1.0', status: 'draft', body: BODY_V1 }));
  const first = repo.commit('First draft');
  const blob = repo.git('rev-parse', `${first}:policy/social-media.mdx`).trim();
  repo.write('policy/social-media.mdx', policyText({ version: '1.1', status: 'draft', body: `${BODY_V1}\nMore.\n` }));
  repo.commit('Second draft');
  // Loose objects live at .git/objects/ab/cdef…: deleting one is what a damaged clone looks like.
  rmSync(join(repo.root, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));

  const read = await gitHistory(repo.root).read(['policy/social-media.mdx']);
  expect(read.revisions['policy/social-media.mdx']!.map((revision) => revision.message.trim())).toEqual([
    'Second draft',
  ]);
  expect(read.diagnostics.map((d) => [d.code, d.severity, d.file, d.message, d.hint])).toEqual([
    [
      'history/missing-object',
      'error',
      'policy/social-media.mdx',
      `The revision of \`policy/social-media.mdx\` in commit ${first.slice(0, 12)} cannot be read: git's stored copy (object ${blob.slice(0, 12)}) is missing or damaged, so this version cannot be shown.`,
      'The repository on this computer is damaged. Run `git fsck` to see what is missing, then clone the repository again (or run `git fetch` from a complete copy); the history itself is not changed.',
    ],
  ]);
});
