import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSiteModel } from '../../src/core/publish/site-model.ts';
import { diskFiles } from '../../src/io/fs-files.ts';
import { gitHistory } from '../../src/io/git-history.ts';
import { BODY_V1, createRepo, policyText, type TestRepo } from './git-repo.ts';

const PATH = 'policy/social-media.mdx';
const repos: TestRepo[] = [];
const folders: string[] = [];

function repo(): TestRepo {
  const created = createRepo();
  repos.push(created);
  return created;
}

afterEach(() => {
  for (const created of repos.splice(0)) created.remove();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function historyOf(root: string) {
  const stats = { processes: 0 };
  const model = await buildSiteModel({
    files: diskFiles(root),
    today: '2024-06-01',
    render: false,
    history: gitHistory(root, stats),
  });
  const diagnostics = model.diagnostics.filter((d) => /^(history|version)\//.test(d.code));
  return { model, versions: model.policies[0]?.versions ?? [], diagnostics, stats };
}

const adopted = (body = BODY_V1, extra: Partial<Parameters<typeof policyText>[0]> = {}) =>
  policyText({ version: '1.0', status: 'adopted', body, adopted: '2024-01-15', ...extra });

describe('git history', () => {
  it('reads a linear history with a fixed number of git processes and derives superseded', async () => {
    const r = repo();
    r.write(PATH, policyText({ version: '1.0', status: 'draft', body: BODY_V1 }));
    r.commit('Draft the social media policy');
    r.write(PATH, adopted());
    r.commit('Adopt version 1.0');
    r.write(
      PATH,
      policyText({
        version: '1.1',
        status: 'adopted',
        adopted: '2024-03-01',
        change: 'Clarifies which comments may be hidden.',
        body: BODY_V1.replace('may be hidden', 'may be hidden from public view'),
      }),
    );
    r.commit('Clarify clause C (#7)');
    const { versions, diagnostics, stats } = await historyOf(r.root);
    expect(diagnostics).toEqual([]);
    // rev-parse, log, cat-file, and one log of the commit that added the file (was it moved in from elsewhere?).
    expect(stats.processes).toBe(4);
    expect(versions.map((v) => [v.version, v.status, v.current])).toEqual([
      ['1.0', 'superseded', false],
      ['1.1', 'adopted', true],
    ]);
    expect(versions[0]!.revisions.map((rev) => [rev.date, rev.author, rev.message, rev.pr])).toEqual([
      ['2024-01-01T12:00:00+00:00', 'Ada Author', 'Draft the social media policy', null],
      ['2024-01-02T12:00:00+00:00', 'Ada Author', 'Adopt version 1.0', null],
    ]);
    expect(versions[1]!.revisions).toHaveLength(1);
    expect(versions[1]!.revisions[0]).toMatchObject({ message: 'Clarify clause C (#7)', pr: 7, path: PATH });
    expect(versions[1]!.revisions[0]!.shortCommit).toHaveLength(7);
    expect(versions[0]!.text).toBe(`${BODY_V1}\n`);
    expect(versions[0]!.words).toBe(48);
    expect(versions[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('counts uncommitted edits in the working tree as the newest revision', async () => {
    const r = repo();
    r.write(PATH, adopted());
    r.commit('Adopt version 1.0');
    r.write(
      PATH,
      policyText({
        version: '2.0',
        status: 'draft',
        change: 'Adds a records clause.',
        body: `${BODY_V1}\n- D. Keep records.`,
      }),
    );
    const { versions, diagnostics } = await historyOf(r.root);
    expect(diagnostics).toEqual([]);
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      ['1.0', 'adopted'],
      ['2.0', 'draft'],
    ]);
    expect(versions[1]!.revisions).toEqual([
      {
        commit: null,
        shortCommit: null,
        author: null,
        date: null,
        message: 'Uncommitted changes',
        pr: null,
        path: PATH,
        workingTree: true,
      },
    ]);
  });

  it('follows a renamed file back to its old name', async () => {
    const r = repo();
    r.write(
      'policy/social-media-draft.mdx',
      policyText({ id: 'social-media-draft', version: '1.0', status: 'draft', body: BODY_V1 }),
    );
    r.commit('Start a draft');
    r.move('policy/social-media-draft.mdx', PATH);
    r.write(PATH, policyText({ version: '1.0', status: 'draft', body: BODY_V1 }));
    r.commit('Rename the draft');
    r.write(PATH, adopted());
    r.commit('Adopt version 1.0');
    const { versions, diagnostics } = await historyOf(r.root);
    expect(diagnostics).toEqual([]);
    expect(versions).toHaveLength(1);
    expect(versions[0]!.revisions.map((rev) => [rev.message, rev.path])).toEqual([
      ['Start a draft', 'policy/social-media-draft.mdx'],
      ['Rename the draft', PATH],
      ['Adopt version 1.0', PATH],
    ]);
  });

  it('shows a pull request merged with a merge commit once, with its number, and honours an erratum trailer on a branch commit', async () => {
    const r = repo();
    r.write(PATH, adopted());
    r.commit('Adopt version 1.0');
    r.git('checkout', '-q', '-b', 'fix-typo');
    r.write(PATH, adopted(BODY_V1.replace('every account', 'each account')));
    r.commit('Fix wording in clause A\n\nPolicy-Erratum: "every" corrected to "each" in clause A, as signed.');
    r.git('checkout', '-q', 'main');
    r.write('README.md', 'Unrelated change on main\n');
    r.commit('Unrelated change');
    r.git(
      'merge',
      '-q',
      '--no-ff',
      'fix-typo',
      '-m',
      'Merge pull request #12 from city/fix-typo\n\nFix wording in clause A',
    );
    const { versions, diagnostics, stats } = await historyOf(r.root);
    expect(diagnostics).toEqual([]);
    expect(stats.processes).toBe(5);
    expect(versions[0]!.revisions.map((rev) => [rev.message, rev.pr])).toEqual([
      ['Adopt version 1.0', null],
      ['Merge pull request #12 from city/fix-typo', 12],
    ]);
    expect(versions[0]!.errata).toEqual([
      expect.objectContaining({ pr: 12, note: '"every" corrected to "each" in clause A, as signed.' }),
    ]);
    expect(versions[0]!.text).toContain('each account');
  });

  it('lists an erratum committed directly and does not report it', async () => {
    const r = repo();
    r.write(PATH, adopted(BODY_V1.replace('violence', 'violense')));
    r.commit('Adopt version 1.0');
    r.write(PATH, adopted());
    const commit = r.commit('Correct a typo\n\nPolicy-Erratum: "violense" corrected to "violence" in clause C.');
    const { versions, diagnostics } = await historyOf(r.root);
    expect(diagnostics).toEqual([]);
    expect(versions[0]!.errata).toEqual([
      {
        commit,
        shortCommit: commit.slice(0, 7),
        date: '2024-01-02T12:00:00+00:00',
        pr: null,
        note: '"violense" corrected to "violence" in clause C.',
      },
    ]);
  });

  it('reports a version number going backwards', async () => {
    const r = repo();
    r.write(PATH, policyText({ version: '1.1', status: 'draft', body: BODY_V1 }));
    r.commit('Draft 1.1');
    r.write(PATH, policyText({ version: '1.0', status: 'draft', change: 'Renumbered.', body: BODY_V1 }));
    const commit = r.commit('Renumber');
    const { diagnostics } = await historyOf(r.root);
    expect(diagnostics).toEqual([
      {
        code: 'version/not-increasing',
        severity: 'error',
        file: PATH,
        line: 7,
        column: 10,
        message: `Unexpected version 1.0 after version 1.1, in commit ${commit.slice(0, 7)} (2024-01-02, "Renumber"): version numbers must increase.`,
        hint: 'Use a number higher than 1.1, for example 1.2 or 2.0.',
        url: '/messages/#version/not-increasing',
      },
    ]);
  });

  it('reports adopted text edited without a new version number', async () => {
    const r = repo();
    r.write(PATH, adopted());
    r.commit('Adopt version 1.0');
    r.write(PATH, adopted(BODY_V1.replace('may be hidden', 'may be deleted')));
    const commit = r.commit('Let staff delete comments');
    const { diagnostics, versions } = await historyOf(r.root);
    expect(diagnostics.map((d) => [d.code, d.severity, d.line, d.message])).toEqual([
      [
        'version/immutable',
        'error',
        7,
        `Adopted version 1.0 was changed by commit ${commit.slice(0, 7)} (2024-01-02, "Let staff delete comments") without a new version number.`,
      ],
    ]);
    expect(diagnostics[0]!.hint).toContain('Policy-Erratum:');
    expect(versions[0]!.errata).toEqual([]);
  });

  it('reports an uncommitted edit of adopted text as a warning only', async () => {
    const r = repo();
    r.write(PATH, adopted());
    r.commit('Adopt version 1.0');
    r.write(PATH, adopted(BODY_V1.replace('may be hidden', 'may be deleted')));
    const { diagnostics } = await historyOf(r.root);
    expect(diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([
      [
        'version/immutable',
        'warning',
        'Adopted version 1.0 was changed by the uncommitted changes in the working tree without a new version number.',
      ],
    ]);
  });

  it('requires a change summary and effective dates that never go backwards', async () => {
    const r = repo();
    r.write(PATH, adopted(BODY_V1, { effective: '2024-02-01' }));
    r.commit('Adopt version 1.0');
    r.write(PATH, policyText({ version: '1.1', status: 'adopted', adopted: '2024-01-20', body: `${BODY_V1} Again.` }));
    r.commit('Version 1.1');
    const { diagnostics } = await historyOf(r.root);
    expect(diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([
      [
        'version/missing-change',
        7,
        'Version 1.1 has no `change` summary: every version after the first must say what changed since version 1.0.',
      ],
      [
        'version/effective-backwards',
        12,
        'Unexpected effective date 2024-01-20 for version 1.1: it is before 2024-02-01, the effective date of version 1.0.',
      ],
    ]);
  });

  it('skips a past revision with invalid YAML and says which commit and file', async () => {
    const r = repo();
    r.write(
      PATH,
      policyText({ version: '1.0', status: 'draft', body: BODY_V1 }).replace('title: Social', 'title: [Social'),
    );
    const broken = r.commit('Broken draft');
    r.write(PATH, adopted());
    r.commit('Adopt version 1.0');
    const { diagnostics, versions } = await historyOf(r.root);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'history/invalid-revision', severity: 'warning', file: PATH });
    expect(diagnostics[0]!.message).toMatch(
      new RegExp(
        `^Skipped the revision of \`${PATH}\` in commit ${broken.slice(0, 7)} \\(2024-01-01, "Broken draft"\\): its front matter is missing or invalid \\(line \\d+: .+\\)\\.$`,
      ),
    );
    expect(versions.map((v) => v.revisions.length)).toEqual([1]);
  });

  it('shows a past revision from before the file had front matter as an earlier revision, not a version', async () => {
    const r = repo();
    r.write(PATH, BODY_V1);
    const pasted = r.commit('Paste the text');
    r.write(PATH, adopted());
    r.commit('Adopt version 1.0');
    const { diagnostics, versions, model } = await historyOf(r.root);
    expect(diagnostics).toEqual([]);
    expect(versions).toHaveLength(1);
    expect(model.policies[0]!.earlierRevisions.map((rev) => [rev.commit, rev.message, rev.path, rev.text])).toEqual([
      [pasted, 'Paste the text', PATH, BODY_V1],
    ]);
  });

  it('still skips, with a warning, a past revision whose front matter is broken', async () => {
    const r = repo();
    r.write(PATH, adopted());
    r.commit('Adopt version 1.0');
    r.write(PATH, adopted().replace('version: "1.0"', 'version: one'));
    r.commit('Break the version');
    r.write(PATH, adopted(BODY_V1, { extra: 'tags: [social-media]' }));
    r.commit('Tag it');
    const { diagnostics, versions } = await historyOf(r.root);
    expect(diagnostics.map((d) => d.code)).toEqual(['history/invalid-revision']);
    expect(versions).toHaveLength(1);
  });

  it('refuses a shallow clone and names the fix', async () => {
    const r = repo();
    r.write(PATH, adopted());
    r.commit('Adopt version 1.0');
    r.write(PATH, adopted(BODY_V1, { extra: 'tags: [social-media]' }));
    r.commit('Tag it');
    const clone = mkdtempSync(join(tmpdir(), 'policy-shallow-'));
    folders.push(clone);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${r.root}`, clone]);
    const { diagnostics } = await historyOf(clone);
    expect(diagnostics).toEqual([
      {
        code: 'history/shallow-clone',
        severity: 'error',
        file: 'policy/',
        line: 1,
        column: 1,
        message:
          'Unexpected shallow clone: the repository was cloned without its history, so the earlier versions of the policies cannot be read.',
        hint: 'Run `git fetch --unshallow`, then try again. In GitHub Actions, set `fetch-depth: 0` on the `actions/checkout` step.',
        url: '/messages/#history/shallow-clone',
      },
    ]);
  });

  it('reports git failing with its first line, and keeps the error as the cause', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'policy-broken-git-'));
    folders.push(folder);
    writeFileSync(join(folder, '.git'), 'not a git folder\n');
    const read = await gitHistory(folder).read([PATH]);
    expect(read.diagnostics).toEqual([
      {
        code: 'history/git-failed',
        severity: 'error',
        file: 'policy/',
        line: 1,
        column: 1,
        message: `git could not read the history of the policy files: fatal: invalid gitfile format: ${join(folder, '.git')}`,
        hint: 'Check that git is installed and that `git log` works in this folder, then try again.',
        url: '/messages/#history/git-failed',
        cause: `fatal: invalid gitfile format: ${join(folder, '.git')}\n`,
      },
    ]);
  });

  it('reads a policy folder that sits in a sub-folder of the repository (--root / POLICY_ROOT)', async () => {
    const r = repo();
    r.write(`city/${PATH}`, policyText({ version: '1.0', status: 'draft', body: BODY_V1 }));
    r.commit('Draft');
    r.write(`city/${PATH}`, adopted());
    r.commit('Adopt version 1.0');
    const { versions, diagnostics } = await historyOf(join(r.root, 'city'));
    expect(diagnostics).toEqual([]);
    expect(versions[0]!.revisions.map((rev) => [rev.message, rev.path])).toEqual([
      ['Draft', PATH],
      ['Adopt version 1.0', PATH],
    ]);
  });

  it('outside a git checkout warns and keeps the current text only', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'policy-plain-'));
    folders.push(folder);
    mkdirSync(join(folder, 'policy'));
    writeFileSync(join(folder, PATH), adopted());
    const { diagnostics, versions } = await historyOf(folder);
    expect(diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([
      [
        'history/not-a-repository',
        'warning',
        'The policy folder is not in a git checkout, so only the current text of each policy is shown, without earlier versions.',
      ],
    ]);
    expect(versions.map((v) => [v.version, v.revisions[0]!.workingTree])).toEqual([['1.0', true]]);
  });
});
