// `policy review`: which reviews are due when, and who owns them. Text for
// people, JSON for tools, iCalendar for calendar apps. It reports; `policy
// check` is what fails a build on an overdue review.
import type { PolicyModel, SiteModel } from '../../core/publish/site-model.ts';
import type { ReviewRow } from '../../core/publish/reviews.ts';
import { reviewCalendar } from '../../core/publish/ics.ts';
import { DEFAULT_REVIEW_WARNING_DAYS, type ReviewState } from '../../core/lifecycle/schedule.ts';
import { plural } from '../../core/text/english.ts';
import {
  checkedModelOf,
  type CommandIo,
  EXIT_OK,
  formatOption,
  UsageError,
  workspaceOf,
  workspaceOptions,
} from '../context.ts';
import type { Command } from './types.ts';

export const review: Command = {
  name: 'review',
  summary: 'List policy reviews: what is due when, and who owns it (text, json or ics).',
  usage: 'policy review [--within DAYS] [--format text|json|ics] [--root DIR] [--today YYYY-MM-DD]',
  options: {
    within: { type: 'string' },
    format: { type: 'string' },
    ...workspaceOptions,
  },
  async run({ values }, io: CommandIo) {
    const format = formatOption(values['format'] as string | undefined, ['text', 'json', 'ics'] as const, 'text');
    const within = withinOf(values['within'] as string | undefined);
    const workspace = await workspaceOf(values as { root?: string; today?: string }, io);
    const { files, today } = workspace;
    // With the history, the schedule that counts is the version in force, as on the site's reviews page.
    const model = await checkedModelOf(workspace);
    const listed = model.reviews.filter(
      (row) => within === undefined || (row.review.daysUntilDue !== undefined && row.review.daysUntilDue <= within),
    );

    const unreadable = (await files.listPolicies()).length - model.policies.length;
    if (unreadable > 0) {
      io.stderr(
        `policy review: ${plural(unreadable, 'policy file')} with front matter errors ${unreadable === 1 ? 'is' : 'are'} not listed; run \`policy check\`.\n`,
      );
    }
    if (format === 'ics') {
      const options = { today, ...(within === undefined ? {} : { within }) };
      io.stdout(
        reviewCalendar(
          listed,
          model.site
            ? { ...options, baseUrl: model.site.baseUrl, name: `${model.site.organisation.name} policy reviews` }
            : options,
        ),
      );
    } else if (format === 'json') {
      io.stdout(`${JSON.stringify(reviewReport(model, listed, within), null, 2)}\n`);
    } else {
      io.stdout(textReport(model, listed, within));
    }
    return EXIT_OK;
  },
};

function withinOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--within must be a whole number of days, not "${value}".`);
  return Number(value);
}

function reviewReport(model: SiteModel, rows: readonly ReviewRow[], within: number | undefined) {
  return {
    today: model.today,
    warningDays: model.site?.reviewWarningDays ?? DEFAULT_REVIEW_WARNING_DAYS,
    within: within ?? null,
    reviews: rows.map((row) => ({
      id: row.id,
      number: row.number,
      title: row.title,
      version: row.version,
      policyStatus: row.policyStatus,
      ...row.review,
    })),
    comments: commentPolicies(model).map((policy) => ({
      id: policy.id,
      number: policy.frontMatter.number,
      title: policy.frontMatter.title,
      version: policy.frontMatter.version,
      ...policy.comment!,
    })),
  };
}

const LABEL: Record<ReviewState, string> = {
  overdue: 'OVERDUE',
  'due-soon': 'DUE SOON',
  ok: 'scheduled',
  'no-schedule': 'no schedule',
};

function textReport(model: SiteModel, rows: readonly ReviewRow[], within: number | undefined): string {
  const warningDays = model.site?.reviewWarningDays ?? DEFAULT_REVIEW_WARNING_DAYS;
  const scope = within === undefined ? '' : `, due within ${plural(within, 'day')}`;
  const header = `Policy reviews as of ${model.today}${scope} (due soon = within ${plural(warningDays, 'day')})\n`;
  const comments = commentsText(model);
  if (rows.length === 0) return `${header}\nNo reviews${scope ? ' due in that time' : ''}.\n${comments}`;
  const cells = rows.map((row) => [
    LABEL[row.review.status],
    row.review.nextDue ?? '-',
    row.id,
    `${row.number} ${row.title}, version ${row.version}`,
    `owner: ${row.review.owner}; ${detailOf(row)}`,
  ]);
  const widths = [0, 1, 2].map((column) => Math.max(...cells.map((row) => row[column]!.length)));
  const lines = cells.map(
    (row) =>
      `${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padEnd(widths[1]!)}  ${row[2]!.padEnd(widths[2]!)}  ${row[3]}\n` +
      `${' '.repeat(widths[0]! + widths[1]! + widths[2]! + 6)}${row[4]}`,
  );
  return `${header}\n${lines.join('\n')}\n${comments}`;
}

function detailOf(row: ReviewRow): string {
  const review = row.review;
  if (review.status === 'no-schedule') {
    return review.reason === 'not-adopted'
      ? `not reviewed while ${row.policyStatus}`
      : 'no review schedule (no `review.intervalMonths`)';
  }
  const when =
    review.status === 'overdue'
      ? `${plural(review.daysOverdue, 'day')} overdue`
      : review.daysUntilDue === 0
        ? 'due today'
        : `in ${plural(review.daysUntilDue ?? 0, 'day')}`;
  const last = review.lastReview
    ? `last reviewed ${review.lastReview.date}`
    : `adopted ${review.countsFrom?.date ?? '?'}`;
  return `${when}; every ${review.intervalMonths} months, ${last}`;
}

/** Drafts (and versions) with a comment period, open ones first. */
function commentPolicies(model: SiteModel): PolicyModel[] {
  const order = { open: 0, upcoming: 1, closed: 2 };
  return model.policies
    .filter((policy) => policy.comment !== undefined)
    .sort((a, b) => order[a.comment!.state] - order[b.comment!.state] || a.id.localeCompare(b.id));
}

function commentsText(model: SiteModel): string {
  const policies = commentPolicies(model);
  if (policies.length === 0) return '';
  const label = { open: 'OPEN', upcoming: 'upcoming', closed: 'closed' };
  const lines = policies.map((policy) => {
    const comment = policy.comment!;
    const when =
      comment.state === 'open'
        ? `${plural(comment.daysLeft, 'day')} left`
        : comment.state === 'upcoming'
          ? `opens in ${plural(comment.daysUntilOpens, 'day')}`
          : 'closed';
    return `${label[comment.state].padEnd(8)}  ${comment.opens} to ${comment.closes}  ${policy.id}  ${policy.frontMatter.number} ${policy.frontMatter.title}, version ${policy.frontMatter.version}: ${when}`;
  });
  return `\nComment periods\n\n${lines.join('\n')}\n`;
}
