import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../helpers/fixtures.ts';
import { runCli } from '../helpers/run-cli.ts';

const root = fixturePath('lifecycle', 'overdue-review');
const review = (...args: string[]) => runCli(['review', '--root', root, ...args]);

describe('policy review', () => {
  it('lists what is due when, and who owns it', async () => {
    const result = await review('--today', '2026-11-21');
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Policy reviews as of 2026-11-21 (due soon = within 60 days)',
        '',
        'OVERDUE  2026-10-21  records-retention  AI 2-7 Records Retention Policy, version 1.0',
        '                                        owner: Office of the City Clerk; 31 days overdue; every 12 months, last reviewed 2025-10-21',
        '',
      ].join('\n'),
    });
  });

  it('says "due today" on the due date, and counts days until it before', async () => {
    expect((await review('--today', '2026-10-21')).stdout).toContain('DUE SOON  2026-10-21');
    expect((await review('--today', '2026-10-21')).stdout).toContain('; due today; every 12 months');
    expect((await review('--today', '2026-01-01')).stdout).toContain('scheduled  2026-10-21  records-retention');
    expect((await review('--today', '2026-01-01')).stdout).toContain('; in 293 days; every 12 months');
  });

  it('takes today from POLICY_TODAY, else from the clock in the site time zone (America/Denver)', async () => {
    expect((await runCli(['review', '--root', root], { env: { POLICY_TODAY: '2026-10-21' } })).stdout).toContain(
      'due today',
    );
    // 2026-10-22T05:59Z is 23:59 MDT on 2026-10-21: still due today in Albuquerque.
    expect((await runCli(['review', '--root', root], { now: new Date('2026-10-22T05:59:00Z') })).stdout).toContain(
      'due today',
    );
    expect((await runCli(['review', '--root', root], { now: new Date('2026-10-22T06:00:00Z') })).stdout).toContain(
      '1 day overdue',
    );
  });

  it('filters with --within DAYS', async () => {
    expect((await review('--today', '2026-01-01', '--within', '30')).stdout).toBe(
      'Policy reviews as of 2026-01-01, due within 30 days (due soon = within 60 days)\n\nNo reviews due in that time.\n',
    );
    expect((await review('--today', '2026-10-01', '--within', '20')).stdout).toContain('records-retention');
  });

  it('writes JSON with the review status of each policy', async () => {
    const result = await review('--today', '2026-11-21', '--format', 'json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      today: '2026-11-21',
      warningDays: 60,
      within: null,
      reviews: [
        {
          id: 'records-retention',
          number: 'AI 2-7',
          title: 'Records Retention Policy',
          version: '1.0',
          policyStatus: 'adopted',
          status: 'overdue',
          intervalMonths: 12,
          lastReview: {
            date: '2025-10-21',
            by: 'Sam Lee, City Clerk',
            decision: 'no-change',
            notes: 'Checked against the State records schedule.',
          },
          countsFrom: { kind: 'review', date: '2025-10-21' },
          nextDue: '2026-10-21',
          daysUntilDue: -31,
          daysOverdue: 31,
          owner: 'Office of the City Clerk',
          log: [
            {
              date: '2025-10-21',
              by: 'Sam Lee, City Clerk',
              decision: 'no-change',
              notes: 'Checked against the State records schedule.',
            },
          ],
        },
      ],
      comments: [],
    });
  });

  it('writes an iCalendar file that a standard parser (ical.js) reads, one event per due review', async () => {
    const result = await review('--today', '2026-11-21', '--format', 'ics');
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(result.stdout));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events.map((event) => [event.uid, event.startDate.toString(), event.summary])).toEqual([
      [
        'review-records-retention-2026-10-21@policy.example.gov',
        '2026-10-21',
        'Review due: AI 2-7 Records Retention Policy',
      ],
    ]);
  });

  it('shows AI 1-19 1.0 as having no review schedule', async () => {
    const result = await runCli([
      'review',
      '--root',
      fixturePath('lifecycle', 'ai-1-19-adopted-2022'),
      '--today',
      '2026-11-21',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('no schedule  -  ai-1-19  AI 1-19 Social Media Policy, version 1.0');
    expect(result.stdout).toContain('no review schedule (no `review.intervalMonths`)');
  });

  it('shows the comment period of a draft: open, upcoming or closed', async () => {
    const draft = fixturePath('lifecycle', 'draft-policy');
    const text = async (today: string) => (await runCli(['review', '--root', draft, '--today', today])).stdout;
    expect(await text('2026-11-21')).toBe(
      [
        'Policy reviews as of 2026-11-21 (due soon = within 60 days)',
        '',
        'no schedule  -  records-retention  AI 2-7 Records Retention Policy, version 1.1',
        '                                   owner: Office of the City Clerk; not reviewed while draft',
        '',
        'Comment periods',
        '',
        'OPEN      2026-11-02 to 2026-12-01  records-retention  AI 2-7 Records Retention Policy, version 1.1: 11 days left',
        '',
      ].join('\n'),
    );
    expect(await text('2026-10-30')).toContain('upcoming  2026-11-02 to 2026-12-01  records-retention');
    expect(await text('2026-10-30')).toContain('version 1.1: opens in 3 days');
    expect(await text('2026-12-02')).toContain('closed    2026-11-02 to 2026-12-01  records-retention');
    const json = JSON.parse(
      (await runCli(['review', '--root', draft, '--today', '2026-12-01', '--format', 'json'])).stdout,
    );
    expect(json.comments).toEqual([
      {
        id: 'records-retention',
        number: 'AI 2-7',
        title: 'Records Retention Policy',
        version: '1.1',
        opens: '2026-11-02',
        closes: '2026-12-01',
        state: 'open',
        daysUntilOpens: 0,
        daysLeft: 1,
      },
    ]);
  });

  it('rejects a bad --within or --format with a usage error', async () => {
    expect(await review('--within', 'soon')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'policy review: --within must be a whole number of days, not "soon".\nUsage: policy review [--within DAYS] [--format text|json|ics] [--root DIR] [--today YYYY-MM-DD]\n',
    });
    expect((await review('--format', 'pdf')).stderr).toContain(
      'Unknown --format "pdf", expected one of: text, json, ics.',
    );
  });
});
