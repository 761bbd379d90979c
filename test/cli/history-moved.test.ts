// Histories kept: a file moved into policy/ from elsewhere keeps its earlier
// revisions, revisions from before it had front matter are shown as earlier
// revisions (never as versions), and a broken working copy leaves the
// committed history readable.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepo, policyText, type TestRepo } from '../history/git-repo.ts';
import { exampleSiteYaml } from '../helpers/fixtures.ts';
import { runPolicy } from './history-cli.ts';

let repo: TestRepo;
const draft1 = '## Rules\n\nStaff are polite.\n';
const draft2 = '## Rules\n\nStaff are polite and quick.\n';

beforeEach(() => {
  repo = createRepo();
  repo.write('policy/site.yaml', exampleSiteYaml);
  repo.write('drafts/place.md', draft1);
  repo.commit('Draft the rules');
  repo.write('drafts/place.md', draft2);
  repo.commit('Tighten the rules');
  repo.git('mv', 'drafts/place.md', 'policy/social-media.md');
  repo.write('policy/social-media.md', policyText({ version: '1.0', status: 'draft', body: draft2 }));
  repo.commit('Move the rules into policy/ with front matter');
});
afterEach(() => repo.remove());

const short = (ref: string) => repo.git('rev-parse', '--short=7', ref).trim();

describe('histories kept', () => {
  it('follows a file moved into policy/ and shows its revisions without front matter as earlier revisions', async () => {
    const result = await runPolicy(['history', 'social-media'], { cwd: repo.root });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      'AI 9-99 Social Media Policy',
      '1 version, newest first.',
      '',
      'Version 1.0  draft',
      '  Edit log:',
      `    2024-01-03  ${short('HEAD')}  Ada Author: Move the rules into policy/ with front matter`,
      '',
      'Earlier revisions',
      '  From before the file had front matter: they are not versions, and have no number, status or dates.',
      '  Compare one with a version: `policy diff <id> <commit> <version>`.',
      `    2024-01-02  ${short('HEAD~1')}  Ada Author: Tighten the rules (drafts/place.md)`,
      `    2024-01-01  ${short('HEAD~2')}  Ada Author: Draft the rules (drafts/place.md)`,
      '',
    ]);
    // Shown instead of skipped: no warning about them.
    const check = await runPolicy(['check', '--format', 'json'], { cwd: repo.root });
    expect(JSON.parse(check.stdout).diagnostics).toEqual([]);
  });

  it('compares an earlier revision with a version', async () => {
    const result = await runPolicy(['diff', 'social-media', short('HEAD~2'), '1.0'], { cwd: repo.root });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`earlier revision ${short('HEAD~2')}`);
    expect(result.stdout).toContain('quick');
  });

  it('keeps the committed history readable when the working copy is broken, and says so', async () => {
    repo.write('policy/social-media.md', '---\nid: [social-media\n---\n\n## Rules\n');
    const history = await runPolicy(['history', 'social-media'], { cwd: repo.root });
    expect(history.code).toBe(0);
    expect(history.stderr.split('\n')[0]).toMatch(
      /^The working copy of `policy\/social-media\.md` has errors \(line 2: .+\), so this is its committed history only\. Run `policy check` to see every error\.$/,
    );
    expect(history.stdout.split('\n').slice(0, 4)).toEqual([
      'AI 9-99 Social Media Policy',
      '1 version, newest first.',
      '',
      'Version 1.0  draft',
    ]);
    const diff = await runPolicy(['diff', 'social-media', short('HEAD~1'), '1.0'], { cwd: repo.root });
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain(`earlier revision ${short('HEAD~1')}`);
  });
});
