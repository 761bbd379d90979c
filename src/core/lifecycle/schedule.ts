// The review schedule: when the next review of a policy is due, derived from
// its front matter and today's date, never written by hand.
//
// The next review is due `review.intervalMonths` calendar months after the
// later of the last logged review and the adoption date. Adopting a version is
// itself a signed decision, so it restarts the clock: a policy revised after a
// review is not overdue the day its new version is adopted.
//
// Months are calendar months with end-of-month clamping (2024-01-31 + 1 month
// = 2024-02-29; 2024-02-29 + 12 months = 2025-02-28). Days are counted between
// calendar dates, so daylight-saving changes never shift a due date.
import { addMonths, daysBetween, type CalendarDate } from './calendar.ts';
import type { DiagnosticSink } from '../diagnostics/diagnostic.ts';
import { plural } from '../text/english.ts';
import type { PolicyFrontMatter } from '../schemas/types.ts';
import type { Locate } from '../yaml/locate.ts';

export type ReviewLogEntry = NonNullable<NonNullable<PolicyFrontMatter['review']>['log']>[number];

/**
 * - `no-schedule`: the version has no `review` block, or is not adopted (drafts and retired policies are not
 *   reviewed). AI 1-19 1.0, adopted before R-24-89, is shown this way; it is not an error.
 * - `ok`: the next review is further away than the warning window.
 * - `due-soon`: due within the warning window, or due today.
 * - `overdue`: the due date has passed.
 */
export type ReviewState = 'no-schedule' | 'ok' | 'due-soon' | 'overdue';

/** Why a version has no schedule, so views can say it in words. */
export type NoScheduleReason = 'no-review-block' | 'not-adopted';

export interface ReviewStatus {
  status: ReviewState;
  /** Set when `status` is `no-schedule`. */
  reason?: NoScheduleReason;
  intervalMonths: number | undefined;
  /** The most recent logged review (by date), if any. */
  lastReview: ReviewLogEntry | undefined;
  /** What the due date counts from: the last review or the adoption, whichever is later. */
  countsFrom: { kind: 'review' | 'adoption'; date: CalendarDate } | undefined;
  nextDue: CalendarDate | undefined;
  /** Days from today to the due date: 0 on the day, negative once overdue. */
  daysUntilDue: number | undefined;
  /** Days past the due date; 0 unless overdue. */
  daysOverdue: number;
  /** Who is responsible for the review: the policy's owner. */
  owner: string;
  /** The full review log, oldest first as written. */
  log: ReviewLogEntry[];
}

export interface ScheduleOptions {
  today: CalendarDate;
  /** `site.reviewWarningDays`: how many days ahead a review counts as due soon. */
  warningDays: number;
}

/** Used when the site settings are missing, so a broken `site.yaml` does not hide every review. */
export const DEFAULT_REVIEW_WARNING_DAYS = 60;

export function reviewStatus(frontMatter: PolicyFrontMatter, options: ScheduleOptions): ReviewStatus {
  const log = frontMatter.review?.log ?? [];
  const base = {
    intervalMonths: frontMatter.review?.intervalMonths,
    lastReview: latestReview(log),
    owner: frontMatter.owner,
    log,
  };
  const none = (reason: NoScheduleReason): ReviewStatus => ({
    ...base,
    status: 'no-schedule',
    reason,
    countsFrom: undefined,
    nextDue: undefined,
    daysUntilDue: undefined,
    daysOverdue: 0,
  });
  if (frontMatter.review === undefined) return none('no-review-block');
  if (frontMatter.status !== 'adopted' || frontMatter.adopted === undefined) return none('not-adopted');

  const countsFrom =
    base.lastReview !== undefined && base.lastReview.date > frontMatter.adopted.date
      ? { kind: 'review' as const, date: base.lastReview.date }
      : { kind: 'adoption' as const, date: frontMatter.adopted.date };
  const nextDue = addMonths(countsFrom.date, frontMatter.review.intervalMonths);
  const daysUntilDue = daysBetween(options.today, nextDue);
  const status: ReviewState = daysUntilDue < 0 ? 'overdue' : daysUntilDue <= options.warningDays ? 'due-soon' : 'ok';
  return {
    ...base,
    status,
    countsFrom,
    nextDue,
    daysUntilDue,
    daysOverdue: Math.max(0, -daysUntilDue),
  };
}

/** The latest entry by date; on a tie, the one written last. */
export function latestReview(log: readonly ReviewLogEntry[]): ReviewLogEntry | undefined {
  let latest: ReviewLogEntry | undefined;
  for (const entry of log) if (latest === undefined || entry.date >= latest.date) latest = entry;
  return latest;
}

/**
 * Reports what the schedule means for `policy check`: an overdue review is an
 * error and one due within the warning window a warning, both placed on the
 * `review` key. The log itself is checked too: a review dated after today
 * cannot have happened, and a log out of date order hides the latest review.
 */
export function checkReviewSchedule(
  frontMatter: PolicyFrontMatter,
  status: ReviewStatus,
  options: ScheduleOptions & { locate: Locate; sink: DiagnosticSink },
): void {
  const { sink, locate, today } = options;
  const recordCommand = `npm run policy -- record-review ${frontMatter.id} --by "NAME" --decision no-change|revise|retire`;
  const since =
    status.countsFrom?.kind === 'review'
      ? `the last review on ${status.countsFrom.date}`
      : `adoption on ${status.countsFrom?.date ?? '?'}`;
  if (status.status === 'overdue') {
    sink.report(
      'review/overdue',
      `The review of this policy was due on ${status.nextDue} (${plural(status.daysOverdue, 'day')} ago), ${plural(status.intervalMonths ?? 0, 'month')} after ${since}.`,
      {
        place: locate(['review'], 'key'),
        hint: `Review the policy and record the decision with \`${recordCommand}\`. Changing a date by hand does not count as a review.`,
      },
    );
  } else if (status.status === 'due-soon') {
    const when = status.daysUntilDue === 0 ? 'today' : `in ${plural(status.daysUntilDue ?? 0, 'day')}`;
    sink.report(
      'review/due-soon',
      `The review of this policy is due ${when}, on ${status.nextDue} (${plural(status.intervalMonths ?? 0, 'month')} after ${since}).`,
      {
        place: locate(['review'], 'key'),
        hint: `Plan the review with ${frontMatter.owner}, then record the decision with \`${recordCommand}\`.`,
      },
    );
  }

  status.log.forEach((entry, index) => {
    if (entry.date > today) {
      sink.report(
        'review/log-in-future',
        `Review log entry ${index + 1} is dated ${entry.date}, which is after today (${today}).`,
        {
          place: locate(['review', 'log', index, 'date'], 'value'),
          hint: 'Log a review on the day it was completed, not before. Fix the date or remove the entry.',
        },
      );
    }
    const previous = status.log[index - 1];
    if (previous && entry.date < previous.date) {
      sink.report(
        'review/log-out-of-order',
        `Review log entry ${index + 1} (${entry.date}) is older than entry ${index} (${previous.date}); the log is kept oldest first.`,
        {
          place: locate(['review', 'log', index, 'date'], 'value'),
          hint: 'Move the entry so that the dates go from oldest to newest.',
        },
      );
    }
  });
}
