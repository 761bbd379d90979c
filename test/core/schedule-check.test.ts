import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryFiles } from '../../src/core/repository/files.ts';
import { buildSiteModel } from '../../src/core/publish/site-model.ts';
import { fixturePath, withExampleSite } from '../helpers/fixtures.ts';

const PATH = 'policy/records-retention.mdx';
const overdueFixture = readFileSync(
  fixturePath('lifecycle', 'overdue-review', 'policy', 'records-retention.mdx'),
  'utf8',
);

async function modelOf(source: string, today: string) {
  return buildSiteModel({ files: withExampleSite(memoryFiles({ [PATH]: source })), today, render: false });
}

/** The fixture with its review log replaced. */
function withLog(log: string): string {
  return overdueFixture.replace(/ {2}log:\n[\s\S]*?(?=---\n)/, `  log:\n${log}`);
}

describe('review schedule in policy check', () => {
  it('reports an overdue review as an error on the `review` key (last review 13 months ago)', async () => {
    const model = await modelOf(overdueFixture, '2026-11-21');
    expect(model.diagnostics).toEqual([
      {
        code: 'review/overdue',
        url: 'https://policy.example.gov/messages/#review/overdue',
        severity: 'error',
        file: PATH,
        line: 15,
        column: 1,
        message:
          'The review of this policy was due on 2026-10-21 (31 days ago), 12 months after the last review on 2025-10-21.',
        hint: 'Review the policy and record the decision with `npm run policy -- record-review records-retention --by "NAME" --decision no-change|revise|retire`. Changing a date by hand does not count as a review.',
      },
    ]);
    expect(model.policies[0]!.review).toMatchObject({ status: 'overdue', nextDue: '2026-10-21', daysOverdue: 31 });
  });

  it('warns about a review due within the warning window (60 days in the example site)', async () => {
    const model = await modelOf(overdueFixture, '2026-08-22');
    expect(model.diagnostics).toEqual([
      {
        code: 'review/due-soon',
        url: 'https://policy.example.gov/messages/#review/due-soon',
        severity: 'warning',
        file: PATH,
        line: 15,
        column: 1,
        message:
          'The review of this policy is due in 60 days, on 2026-10-21 (12 months after the last review on 2025-10-21).',
        hint: 'Plan the review with Office of the City Clerk, then record the decision with `npm run policy -- record-review records-retention --by "NAME" --decision no-change|revise|retire`.',
      },
    ]);
    expect((await modelOf(overdueFixture, '2026-08-21')).diagnostics).toEqual([]);
  });

  it('says "due today" on the due date', async () => {
    const model = await modelOf(overdueFixture, '2026-10-21');
    expect(model.diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        'review/due-soon',
        'The review of this policy is due today, on 2026-10-21 (12 months after the last review on 2025-10-21).',
      ],
    ]);
  });

  it('rejects a review dated after today', async () => {
    const model = await modelOf(
      withLog(
        '    - date: 2025-10-21\n      by: Sam Lee\n      decision: no-change\n    - date: 2026-12-01\n      by: Sam Lee\n      decision: no-change\n',
      ),
      '2026-11-21',
    );
    expect(model.diagnostics.map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      ['review/log-in-future', 21, 13, 'Review log entry 2 is dated 2026-12-01, which is after today (2026-11-21).'],
    ]);
  });

  it('warns about a log out of date order', async () => {
    const model = await modelOf(
      withLog(
        '    - date: 2026-05-01\n      by: Sam Lee\n      decision: no-change\n    - date: 2025-10-21\n      by: Sam Lee\n      decision: no-change\n',
      ),
      '2026-11-21',
    );
    expect(model.diagnostics.map((d) => [d.code, d.severity, d.line, d.message])).toEqual([
      [
        'review/log-out-of-order',
        'warning',
        21,
        'Review log entry 2 (2025-10-21) is older than entry 1 (2026-05-01); the log is kept oldest first.',
      ],
    ]);
    // The latest review still counts, wherever it is written.
    expect(model.policies[0]!.review.nextDue).toBe('2027-05-01');
  });

  it('reports a review logged with no decision in words a staffer understands', async () => {
    const model = await modelOf(withLog('    - date: 2026-11-02\n      by: Sam Lee, City Clerk\n'), '2026-11-21');
    expect(model.diagnostics).toEqual([
      {
        code: 'front-matter/missing-key',
        url: 'https://policy.example.gov/messages/#front-matter/missing-key',
        severity: 'error',
        file: PATH,
        line: 18,
        column: 7,
        message: 'Missing key `decision` in `review.log` entry 1.',
        hint: 'Add `decision`: `no-change` (the policy stays as it is), `revise` (a new version will follow) or `retire` (the policy will be withdrawn).',
      },
    ]);
  });

  it('does not report AI 1-19 1.0, adopted before R-24-89 with no schedule, and shows it as "no schedule"', async () => {
    const source = readFileSync(fixturePath('lifecycle', 'ai-1-19-adopted-2022', 'policy', 'ai-1-19.mdx'), 'utf8');
    const model = await buildSiteModel({
      files: withExampleSite(memoryFiles({ 'policy/ai-1-19.mdx': source })),
      today: '2026-11-21',
      render: false,
    });
    expect(model.diagnostics.filter((d) => d.code.startsWith('review/'))).toEqual([]);
    expect(model.policies[0]!.review).toMatchObject({ status: 'no-schedule', reason: 'no-review-block' });
    expect(model.policies[0]!.comment).toBeUndefined();
  });
});
