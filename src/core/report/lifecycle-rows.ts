// The review and lifecycle facts of a policy version, as table rows, so the
// report can show what a branch changes about them: status, adoption, review
// schedule, review log and comment period.
import type { PolicySide } from './types.ts';
import { inline } from '../text/markdown.ts';
import { plural } from '../text/english.ts';

export interface LifecycleRow {
  label: string;
  before: string;
  after: string;
}

const NONE = '—';

/** The rows whose value differs between the two sides (all rows when one side is missing). */
export function lifecycleChanges(before: PolicySide | undefined, after: PolicySide | undefined): LifecycleRow[] {
  const rows: LifecycleRow[] = [
    row('Status', before, after, (side) => side.frontMatter.status),
    row('Adopted', before, after, (side) =>
      side.frontMatter.adopted
        ? `${side.frontMatter.adopted.date} by ${inline(side.frontMatter.adopted.by)}`
        : 'not yet',
    ),
    row('Effective', before, after, (side) => side.frontMatter.effective ?? NONE),
    row('Review schedule', before, after, schedule),
    row('Reviews logged', before, after, reviews),
    row('Comment period', before, after, comment),
  ];
  return rows.filter((entry) => entry.before !== entry.after);
}

function row(
  label: string,
  before: PolicySide | undefined,
  after: PolicySide | undefined,
  show: (side: PolicySide) => string,
): LifecycleRow {
  return { label, before: before ? show(before) : NONE, after: after ? show(after) : NONE };
}

function schedule(side: PolicySide): string {
  const review = side.review;
  if (review.status === 'no-schedule') {
    return review.reason === 'not-adopted' && review.intervalMonths !== undefined
      ? `every ${plural(review.intervalMonths, 'month')}, from adoption`
      : 'no review schedule';
  }
  const state =
    review.status === 'overdue'
      ? `overdue by ${plural(review.daysOverdue, 'day')}`
      : review.status === 'due-soon'
        ? 'due soon'
        : 'on time';
  return `every ${plural(review.intervalMonths ?? 0, 'month')}; next due ${review.nextDue ?? NONE} (${state})`;
}

function reviews(side: PolicySide): string {
  const last = side.review.lastReview;
  if (!last) return 'none';
  return `${side.review.log.length} (latest ${last.date}: ${last.decision})`;
}

function comment(side: PolicySide): string {
  const period = side.comment;
  if (!period) return NONE;
  const state =
    period.state === 'open'
      ? `open, ${plural(period.daysLeft, 'day')} left`
      : period.state === 'upcoming'
        ? `opens in ${plural(period.daysUntilOpens, 'day')}`
        : 'closed';
  return `${period.opens} to ${period.closes} (${state})`;
}
