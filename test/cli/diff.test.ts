import { beforeAll, describe, expect, it } from 'vitest';
import { BODY_V1, createRepo, policyText, type TestRepo } from '../history/git-repo.ts';
import { runPolicy } from './history-cli.ts';

const PATH = 'policy/social-media.mdx';
let repo: TestRepo;

const crosswalk = 'mandates:\n  r-24-89:\n    moderation: c\n    registration: a';

beforeAll(() => {
  repo = createRepo();
  repo.write(
    PATH,
    policyText({ version: '1.0', status: 'adopted', adopted: '2024-01-15', body: BODY_V1, extra: crosswalk }),
  );
  repo.commit('Adopt version 1.0');
  repo.write(
    PATH,
    policyText({
      version: '2.0',
      status: 'draft',
      change: 'Lets departments hide comments that share private information.',
      body: BODY_V1.replace('threaten violence', 'threaten violence or share private information'),
      extra: crosswalk,
    }),
  );
  repo.commit('Draft version 2.0');
  return () => repo.remove();
});

describe('policy diff', () => {
  it('compares the previous version with the current one by default, in plain text', async () => {
    const result = await runPolicy(['diff', 'social-media', '--today', '2024-06-01'], { cwd: repo.root });
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'AI 9-99 Social Media Policy: version 1.0 → version 2.0',
        '1 section changed; 4 words inserted, 0 deleted.',
        '',
        'Mandate requirements touched:',
        '  - R-24-89 moderation (#c)',
        '',
        'Rules  (changed; 4 words inserted, 0 deleted)',
        '  - C. Comments that are obscene or threaten violence {+or share private information +}may be hidden.',
        '',
        'Unchanged: Purpose.',
        '',
      ].join('\n'),
    });
  });

  it('gives a Markdown redline with a table of sections and counts', async () => {
    const result = await runPolicy(
      ['diff', 'social-media', '1.0', '2.0', '--format', 'markdown', '--today', '2024-06-01'],
      {
        cwd: repo.root,
      },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        '# AI 9-99 Social Media Policy: changes from version 1.0 to 2.0',
        '',
        '**Summary:** 1 section changed; 4 words inserted, 0 deleted.',
        '',
        '- Version 2.0 keeps 100% of the words of version 1.0.',
        '- Reworded: “Rules” (4 words inserted).',
        '',
        '**Mandate requirements touched:**',
        '',
        '- R-24-89 moderation (#c)',
        '',
        '| Section | Change | Words inserted | Words deleted |',
        '| --- | --- | ---: | ---: |',
        '| Purpose | unchanged | 0 | 0 |',
        '| Rules | changed | 4 | 0 |',
        '',
        '## Rules (changed; 4 words inserted, 0 deleted)',
        '',
        '- C. Comments that are obscene or threaten violence <ins>or share private information</ins> may be hidden.',
        '',
      ].join('\n'),
    );
  });

  it('prints the DiffModel as JSON', async () => {
    const result = await runPolicy(['diff', 'social-media', '--format', 'json', '--today', '2024-06-01'], {
      cwd: repo.root,
    });
    const model = JSON.parse(result.stdout) as { from: { version: string }; to: { version: string }; summary: string };
    expect([model.from.version, model.to.version, model.summary]).toEqual([
      '1.0',
      '2.0',
      '1 section changed; 4 words inserted, 0 deleted.',
    ]);
  });

  it('colours only when allowed, with underline and strike-through as well', async () => {
    const result = await runPolicy(['diff', 'social-media', '--today', '2024-06-01'], { cwd: repo.root, color: true });
    expect(result.stdout).toContain('\x1b[32;4mor share private information \x1b[39;24m');
    expect(result.stdout).not.toContain('{+');
  });

  it('names the versions when one is unknown (exit 2)', async () => {
    const result = await runPolicy(['diff', 'social-media', '3.0', '--today', '2024-06-01'], { cwd: repo.root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown version "3.0". The versions are: 1.0, 2.0.');
  });
});
