import { execFile } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureRepository, type FixtureRepository } from './record-review-repo.ts';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli.ts';

const FILE = 'policy/records-retention.mdx';

const repositories: FixtureRepository[] = [];

function copyOf(fixture: string): string {
  const repository = fixtureRepository(fixture);
  repositories.push(repository);
  return repository.root;
}

afterEach(() => {
  for (const repository of repositories.splice(0)) repository.remove();
});

const read = (root: string) => readFileSync(join(root, FILE), 'utf8');

/** Runs the real command line, as a new user would (`npm run check -- …` runs this). */
async function policyProcess(args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await promisify(execFile)(
      join(PROJECT_ROOT, 'node_modules/.bin/node'),
      ['scripts/policy.ts', ...args],
      {
        cwd: PROJECT_ROOT,
        env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' },
      },
    );
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

describe('policy record-review', () => {
  it('done when: an overdue review fails check at the review line; after record-review it passes', async () => {
    const root = copyOf('overdue-review');
    const before = await policyProcess(['check', '--root', root, '--today', '2026-11-21', '--format', 'github']);
    expect(before).toEqual({
      code: 1,
      stdout:
        '::error file=policy/records-retention.mdx,line=15,col=1,title=review/overdue::The review of this policy was due on 2026-10-21 (31 days ago), 12 months after the last review on 2025-10-21. Review the policy and record the decision with `npm run policy -- record-review records-retention --by "NAME" --decision no-change|revise|retire`. Changing a date by hand does not count as a review. See https://policy.example.gov/messages/#review/overdue\n',
    });
    expect(read(root).split('\n')[14]).toBe('review:');

    const recorded = await runCli([
      'record-review',
      'records-retention',
      '--root',
      root,
      '--today',
      '2026-11-21',
      '--by',
      'Sam Lee, City Clerk',
      '--decision',
      'no-change',
      '--notes',
      'Still matches the State schedule: no change.',
    ]);
    expect(recorded).toEqual({
      code: 0,
      stderr: '',
      stdout:
        'Recorded the review of AI 2-7 Records Retention Policy on 2026-11-21 by Sam Lee, City Clerk: no-change.\n' +
        'Next review due 2027-11-21 (every 12 months). Commit `policy/records-retention.mdx` to publish it.\n',
    });
    expect(read(root)).toContain(
      '      notes: "Checked against the State records schedule."\n' +
        '    - date: 2026-11-21\n' +
        '      by: Sam Lee, City Clerk\n' +
        '      decision: no-change\n' +
        '      notes: "Still matches the State schedule: no change."\n---\n',
    );
    expect(await policyProcess(['check', '--root', root, '--today', '2026-11-21'])).toEqual({
      code: 0,
      stdout: '✔ 1 policy file checked: no problems found.\n',
    });
  });

  it('takes --date for a review done earlier, and defaults to today', async () => {
    const root = copyOf('overdue-review');
    const args = ['record-review', 'records-retention', '--root', root, '--by', 'Sam Lee', '--decision', 'revise'];
    expect((await runCli([...args, '--date', '2026-11-02'], { env: { POLICY_TODAY: '2026-11-21' } })).stdout).toContain(
      'on 2026-11-02 by Sam Lee: revise.\nNext review due 2027-11-02',
    );
    expect((await runCli(args)).stdout).toContain('on 2026-11-21 by Sam Lee: revise.'); // the pinned clock
  });

  it('refuses a policy with no review schedule: add review.intervalMonths first', async () => {
    const root = copyOf('overdue-review');
    writeFileSync(join(root, FILE), read(root).replace(/review:\n[\s\S]*?(?=---\n)/, ''));
    const before = read(root);
    const result = await runCli([
      'record-review',
      'records-retention',
      '--root',
      root,
      '--by',
      'Sam Lee',
      '--decision',
      'no-change',
    ]);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'policy record-review: `policy/records-retention.mdx` has no review schedule, so a review cannot be logged. Add `review:` with `intervalMonths:` (for example `intervalMonths: 12`) to its front matter first, then record the review.\n',
    });
    expect(read(root)).toBe(before);
    expect(readdirSync(join(root, 'policy')).sort()).toEqual(['records-retention.mdx', 'site.yaml']);
  });

  it('refuses a draft', async () => {
    const root = copyOf('draft-policy');
    const before = read(root);
    const result = await runCli([
      'record-review',
      'records-retention',
      '--root',
      root,
      '--by',
      'Sam Lee',
      '--decision',
      'no-change',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'policy record-review: `policy/records-retention.mdx` is a draft (version 1.1); only an adopted policy is reviewed.\n',
    );
    expect(read(root)).toBe(before);
  });

  it('refuses a date before the last logged review', async () => {
    const root = copyOf('overdue-review');
    const result = await runCli([
      'record-review',
      'records-retention',
      '--root',
      root,
      '--by',
      'Sam Lee',
      '--decision',
      'no-change',
      '--date',
      '2025-10-01',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'policy record-review: The last review in the log of `policy/records-retention.mdx` is dated 2025-10-21, after 2025-10-01; the log is kept oldest first. Check --date.\n',
    );
  });

  it('rejects bad arguments with a usage error and writes nothing', async () => {
    const root = copyOf('overdue-review');
    const before = read(root);
    const run = (...args: string[]) => runCli(['record-review', 'records-retention', '--root', root, ...args]);
    const usage = (result: { code: number; stderr: string }) => [result.code, result.stderr.split('\n')[0]];
    expect(usage(await run('--decision', 'no-change'))).toEqual([
      2,
      'policy record-review: Say who carried out the review with --by "NAME, TITLE".',
    ]);
    expect(usage(await run('--by', 'Sam Lee'))).toEqual([
      2,
      'policy record-review: Give the decision with --decision no-change|revise|retire.',
    ]);
    expect(usage(await run('--by', 'Sam Lee', '--decision', 'nochange'))).toEqual([
      2,
      'policy record-review: Unknown --decision "nochange", expected `no-change`, `revise` or `retire` (did you mean "no-change"?).',
    ]);
    expect(usage(await run('--by', 'Sam Lee', '--decision', 'revise', '--date', '2026-12-01'))).toEqual([
      2,
      'policy record-review: --date 2026-12-01 is after today (2026-11-21); record a review once it has been carried out.',
    ]);
    expect(usage(await run('--by', 'Sam Lee', '--decision', 'revise', '--date', '2026-02-30'))).toEqual([
      2,
      'policy record-review: --date must be a calendar date written YYYY-MM-DD, not "2026-02-30".',
    ]);
    expect(read(root)).toBe(before);
  });
});
