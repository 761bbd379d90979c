import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dateInTimeZone, daysBetween } from '../../src/core/lifecycle/calendar.ts';
import { latestReview, reviewStatus, type ReviewLogEntry } from '../../src/core/lifecycle/schedule.ts';
import type { PolicyFrontMatter } from '../../src/core/schemas/types.ts';

function adopted(date: string, intervalMonths?: number, log: ReviewLogEntry[] = []): PolicyFrontMatter {
  return {
    id: 'records-retention',
    title: 'Records Retention Policy',
    number: 'AI 2-7',
    kind: 'administrative-instruction',
    owner: 'Office of the City Clerk',
    version: '1.0',
    status: 'adopted',
    adopted: { date, by: 'Jane Roe, Chief Administrative Officer' },
    effective: date,
    ...(intervalMonths === undefined ? {} : { review: { intervalMonths, log } }),
  };
}

const review = (date: string, decision: ReviewLogEntry['decision'] = 'no-change'): ReviewLogEntry => ({
  date,
  by: 'Sam Lee, City Clerk',
  decision,
});

const statusOn = (frontMatter: PolicyFrontMatter, today: string, warningDays = 60) =>
  reviewStatus(frontMatter, { today, warningDays });

describe('addMonths', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'], // end of month, leap year
    ['2023-01-31', 1, '2023-02-28'], // end of month, common year
    ['2024-02-29', 12, '2025-02-28'], // a leap day plus a year
    ['2024-02-29', 48, '2028-02-29'], // a leap day plus four years
    ['2026-12-15', 1, '2027-01-15'], // over the end of a year
    ['2026-11-30', 3, '2027-02-28'],
    ['2025-10-21', 12, '2026-10-21'],
    ['2022-08-23', 60, '2027-08-23'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('daysBetween and addDays', () => {
  it('counts calendar days, unaffected by daylight-saving changes (America/Denver 2026)', () => {
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2); // spring forward on 03-08
    expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2); // fall back on 11-01
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-11-21', '2026-10-21')).toBe(-31);
  });

  it('adds days over month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('reviewStatus', () => {
  it('shows a policy without a review block as having no schedule, not as overdue (AI 1-19 1.0)', () => {
    const status = statusOn(adopted('2022-08-23'), '2026-11-21');
    expect(status).toEqual({
      status: 'no-schedule',
      reason: 'no-review-block',
      intervalMonths: undefined,
      lastReview: undefined,
      countsFrom: undefined,
      nextDue: undefined,
      daysUntilDue: undefined,
      daysOverdue: 0,
      owner: 'Office of the City Clerk',
      log: [],
    });
  });

  it('does not schedule reviews of a draft', () => {
    const draft: PolicyFrontMatter = { ...adopted('2025-01-01', 12), status: 'draft' };
    delete draft.adopted;
    delete draft.effective;
    expect(statusOn(draft, '2026-11-21')).toMatchObject({ status: 'no-schedule', reason: 'not-adopted' });
  });

  it('is due today on the due date itself (a warning, not overdue)', () => {
    expect(statusOn(adopted('2025-11-21', 12), '2026-11-21')).toMatchObject({
      status: 'due-soon',
      nextDue: '2026-11-21',
      daysUntilDue: 0,
      daysOverdue: 0,
      countsFrom: { kind: 'adoption', date: '2025-11-21' },
    });
  });

  it('is overdue the day after the due date', () => {
    expect(statusOn(adopted('2025-11-20', 12), '2026-11-21')).toMatchObject({
      status: 'overdue',
      nextDue: '2026-11-20',
      daysUntilDue: -1,
      daysOverdue: 1,
    });
  });

  it('counts from the last logged review, 13 months ago → overdue by a month', () => {
    const status = statusOn(adopted('2024-06-03', 12, [review('2024-10-01'), review('2025-10-21')]), '2026-11-21');
    expect(status).toMatchObject({
      status: 'overdue',
      lastReview: review('2025-10-21'),
      countsFrom: { kind: 'review', date: '2025-10-21' },
      nextDue: '2026-10-21',
      daysOverdue: 31,
    });
  });

  it('counts from the adoption when the version was adopted after the last review', () => {
    const status = statusOn(adopted('2026-01-10', 12, [review('2025-06-01', 'revise')]), '2026-11-21');
    expect(status).toMatchObject({ status: 'due-soon', countsFrom: { kind: 'adoption', date: '2026-01-10' } });
    expect(status.nextDue).toBe('2027-01-10');
    expect(status.daysUntilDue).toBe(50);
  });

  it('handles a leap-day review: 2024-02-29 + 12 months is due 2025-02-28', () => {
    const policy = adopted('2023-05-01', 12, [review('2024-02-29')]);
    expect(statusOn(policy, '2025-02-28')).toMatchObject({
      status: 'due-soon',
      nextDue: '2025-02-28',
      daysUntilDue: 0,
    });
    expect(statusOn(policy, '2025-03-01')).toMatchObject({ status: 'overdue', daysOverdue: 1 });
  });

  it('handles a review due on the last day of a year', () => {
    const policy = adopted('2024-01-15', 12, [review('2025-12-31')]);
    expect(statusOn(policy, '2026-12-31')).toMatchObject({ status: 'due-soon', nextDue: '2026-12-31' });
    expect(statusOn(policy, '2027-01-01')).toMatchObject({ status: 'overdue', daysOverdue: 1 });
  });

  it('warns from exactly `warningDays` before the due date', () => {
    const policy = adopted('2025-12-31', 12); // due 2026-12-31
    expect(statusOn(policy, '2026-11-01', 60)).toMatchObject({ status: 'due-soon', daysUntilDue: 60 });
    expect(statusOn(policy, '2026-10-31', 60)).toMatchObject({ status: 'ok', daysUntilDue: 61 });
    expect(statusOn(policy, '2026-12-30', 0)).toMatchObject({ status: 'ok', daysUntilDue: 1 });
  });

  it('is plain JSON', () => {
    const status = statusOn(adopted('2024-06-03', 12, [review('2025-10-21')]), '2026-11-21');
    expect(JSON.parse(JSON.stringify(status))).toEqual(status);
  });
});

describe('latestReview', () => {
  it('takes the latest date, and the last written on a tie', () => {
    const second = { ...review('2025-01-01'), by: 'Second' };
    expect(latestReview([review('2025-01-01'), review('2024-01-01'), second])).toBe(second);
    expect(latestReview([])).toBeUndefined();
  });
});

describe('today around daylight-saving changes (America/Denver)', () => {
  const zone = 'America/Denver';
  const dueOn = (due: string) => adopted(addMonths(due, -12), 12);

  it.each([
    // Spring forward: 2026-03-08 02:00 MST becomes 03:00 MDT.
    ['2026-03-08T06:59:00Z', '2026-03-07'], // 23:59 MST on the 7th
    ['2026-03-08T07:00:00Z', '2026-03-08'], // 00:00 MST
    ['2026-03-08T08:59:00Z', '2026-03-08'], // 01:59 MST
    ['2026-03-08T09:00:00Z', '2026-03-08'], // 03:00 MDT (02:00 does not exist)
    ['2026-03-09T05:59:00Z', '2026-03-08'], // 23:59 MDT
    ['2026-03-09T06:00:00Z', '2026-03-09'], // 00:00 MDT on the 9th
    // Fall back: 2026-11-01 02:00 MDT becomes 01:00 MST.
    ['2026-11-01T05:59:00Z', '2026-10-31'], // 23:59 MDT on the 31st
    ['2026-11-01T06:00:00Z', '2026-11-01'], // 00:00 MDT
    ['2026-11-01T07:59:00Z', '2026-11-01'], // 01:59 MDT
    ['2026-11-01T08:00:00Z', '2026-11-01'], // 01:00 MST, the second time
    ['2026-11-01T09:00:00Z', '2026-11-01'], // 02:00 MST
    ['2026-11-02T06:59:00Z', '2026-11-01'], // 23:59 MST
    ['2026-11-02T07:00:00Z', '2026-11-02'], // 00:00 MST on the 2nd
  ])('%s is %s in Albuquerque', (instant, date) => {
    expect(dateInTimeZone(new Date(instant), zone)).toBe(date);
  });

  it('keeps a review due on the day of a change due all that local day, overdue from the next midnight', () => {
    for (const [due, lastMinute, nextMidnight] of [
      ['2026-03-08', '2026-03-09T05:59:00Z', '2026-03-09T06:00:00Z'],
      ['2026-11-01', '2026-11-02T06:59:00Z', '2026-11-02T07:00:00Z'],
    ] as const) {
      const policy = dueOn(due);
      expect(statusOn(policy, dateInTimeZone(new Date(lastMinute), zone))).toMatchObject({
        status: 'due-soon',
        daysUntilDue: 0,
      });
      expect(statusOn(policy, dateInTimeZone(new Date(nextMidnight), zone))).toMatchObject({
        status: 'overdue',
        daysOverdue: 1,
      });
    }
  });
});
