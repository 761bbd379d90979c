import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BODY_V1, createRepo, policyText, type TestRepo } from '../history/git-repo.ts';
import { runPolicy } from './history-cli.ts';

const PATH = 'policy/social-media.mdx';
let repo: TestRepo;
const folders: string[] = [];

beforeAll(() => {
  repo = createRepo();
  repo.write(PATH, policyText({ version: '1.0', status: 'adopted', adopted: '2024-01-15', body: BODY_V1 }));
  repo.commit('Adopt version 1.0');
  repo.write(
    PATH,
    policyText({
      version: '2.0',
      status: 'draft',
      change: 'Lets departments hide comments that share private information.',
      body: BODY_V1.replace('threaten violence', 'threaten violence or share private information'),
    }),
  );
  repo.commit('Draft version 2.0 (#4)');
  return () => repo.remove();
});

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('policy history', () => {
  it('lists the versions newest first, with front matter dates and the edit log', async () => {
    const result = await runPolicy(['history', 'social-media', '--today', '2024-06-01'], { cwd: repo.root });
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'AI 9-99 Social Media Policy',
        '2 versions, newest first.',
        '',
        'Version 2.0  draft',
        '  What changed (substantive): Lets departments hide comments that share private information.',
        '  Edit log:',
        '    2024-01-02  ' +
          repo.git('rev-parse', '--short=7', 'HEAD').trim() +
          '  Ada Author: Draft version 2.0 (#4) (pull request #4)',
        '',
        'Version 1.0  adopted 2024-01-15 by Pat Official, Chief Administrative Officer',
        '  Effective: 2024-01-15',
        '  Edit log:',
        '    2024-01-01  ' + repo.git('rev-parse', '--short=7', 'HEAD~1').trim() + '  Ada Author: Adopt version 1.0',
        '',
      ].join('\n'),
    });
  });

  it('prints JSON with --format json', async () => {
    const result = await runPolicy(['history', 'social-media', '--format', 'json', '--today', '2024-06-01'], {
      cwd: repo.root,
    });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { policy: string; versions: { version: string; status: string }[] };
    expect(json.policy).toBe('social-media');
    expect(json.versions.map((v) => [v.version, v.status])).toEqual([
      ['1.0', 'adopted'],
      ['2.0', 'draft'],
    ]);
  });

  it('names the known policies for an unknown id (exit 2)', async () => {
    const result = await runPolicy(['history', 'nope', '--today', '2024-06-01'], { cwd: repo.root });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'policy history: Unknown policy "nope". The policies are: social-media.\nUsage: policy history <id> [--root DIR] [--format text|json]\n',
    );
  });
});

describe('policy check in a shallow clone', () => {
  it('fails with history/shallow-clone and the fix', async () => {
    const clone = mkdtempSync(join(tmpdir(), 'policy-shallow-cli-'));
    folders.push(clone);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone]);
    const result = await runPolicy(['check', '--format', 'github', '--today', '2024-06-01'], { cwd: clone });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error file=policy/,line=1,col=1,title=history/shallow-clone::Unexpected shallow clone: the repository was cloned without its history, so the earlier versions of the policies cannot be read. Run `git fetch --unshallow`, then try again. In GitHub Actions, set `fetch-depth: 0` on the `actions/checkout` step. See /messages/#history/shallow-clone\n',
    );
  });

  it('stops policy history with the same problem, printed as policy check prints it', async () => {
    const clone = mkdtempSync(join(tmpdir(), 'policy-shallow-cli-'));
    folders.push(clone);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone]);
    const result = await runPolicy(['history', 'social-media', '--today', '2024-06-01'], { cwd: clone });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      [
        'policy/',
        '  1:1  error  Unexpected shallow clone: the repository was cloned without its history, so the earlier versions of the policies cannot be read.  history/shallow-clone',
        '    → Run `git fetch --unshallow`, then try again. In GitHub Actions, set `fetch-depth: 0` on the `actions/checkout` step.',
        '',
      ].join('\n'),
    );
  });
});
