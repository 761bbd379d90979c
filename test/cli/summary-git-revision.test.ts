// `gitRevisionFiles`: `policy/` as it was in one commit, read with one
// `git ls-tree` and one `git cat-file --batch`.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gitRevisionFiles, GitRevisionError } from '../../src/io/git-revision-files.ts';
import { createRepo, type TestRepo } from '../history/git-repo.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.remove());

describe('gitRevisionFiles', () => {
  it('lists and reads the policy files of the revision, not of the working tree', async () => {
    repo = createRepo();
    repo.write('policy/a.mdx', 'first\n');
    repo.write('policy/notes.txt', 'not a policy\n');
    repo.write('policy/mandates/m-1.yaml', 'id: m-1\n');
    repo.write('policy/site.yaml', 'title: T\n');
    repo.write('README.md', 'outside policy/\n');
    repo.commit('First');
    repo.write('policy/a.mdx', 'second\n');
    repo.write('policy/b.md', 'new\n');
    const files = await gitRevisionFiles(repo.root, 'main');
    expect(await files.listPolicies()).toEqual(['policy/a.mdx']);
    expect(await files.listMandates()).toEqual(['policy/mandates/m-1.yaml']);
    expect(new TextDecoder().decode(await files.read('policy/a.mdx'))).toBe('first\n');
    expect(new TextDecoder().decode(await files.read('policy/site.yaml'))).toBe('title: T\n');
    expect(await files.read('policy/b.md')).toBeUndefined();
    expect(await files.read('README.md')).toBeUndefined();
  });

  it('reads the same bytes twice when two files share a blob, and non-ASCII names', async () => {
    repo = createRepo();
    repo.write('policy/één.mdx', 'same\n');
    repo.write('policy/two.mdx', 'same\n');
    repo.commit('Twins');
    const files = await gitRevisionFiles(repo.root, 'HEAD');
    expect(await files.listPolicies()).toEqual(['policy/two.mdx', 'policy/één.mdx']);
    for (const path of await files.listPolicies()) {
      expect(new TextDecoder().decode(await files.read(path))).toBe('same\n');
    }
  });

  it('an empty policy folder at that revision', async () => {
    repo = createRepo();
    repo.write('README.md', 'nothing yet\n');
    repo.commit('Start');
    const files = await gitRevisionFiles(repo.root, 'main');
    expect(await files.listPolicies()).toEqual([]);
  });

  it('reads policy/ of a folder inside the repository', async () => {
    repo = createRepo();
    repo.write('policy/outer.mdx', 'outer\n');
    repo.write('city/policy/inner.mdx', 'inner\n');
    repo.commit('Nested');
    const files = await gitRevisionFiles(join(repo.root, 'city'), 'main');
    expect(await files.listPolicies()).toEqual(['policy/inner.mdx']);
    expect(new TextDecoder().decode(await files.read('policy/inner.mdx'))).toBe('inner\n');
  });

  it('explains a folder that is not a git checkout', async () => {
    repo = createRepo({ init: false });
    await expect(gitRevisionFiles(repo.root, 'main')).rejects.toThrow(
      new GitRevisionError('This folder is not a git checkout, so there is no revision to compare with.'),
    );
  });
});
