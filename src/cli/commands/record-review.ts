// `policy record-review <id> --by NAME --decision no-change|revise|retire`:
// appends a review to the policy's log. A review is a logged decision, so this
// is the only way the next due date moves.
import { isCalendarDate } from '../../core/lifecycle/calendar.ts';
import { appendToList, editFrontMatter, FrontMatterEditError } from '../../core/document/front-matter-edit.ts';
import {
  DEFAULT_REVIEW_WARNING_DAYS,
  latestReview,
  reviewStatus,
  type ReviewLogEntry,
} from '../../core/lifecycle/schedule.ts';
import { closest, listOf } from '../../core/text/english.ts';
import { type CommandIo, EXIT_ERRORS, EXIT_OK, UsageError, workspaceOf, workspaceOptions } from '../context.ts';
import { loadPolicyById, onePolicyId, RefusedError, requireValidFrontMatter, savePolicyText } from '../policy-edit.ts';
import type { Command } from './types.ts';

const DECISIONS = ['no-change', 'revise', 'retire'] as const;

export const recordReview: Command = {
  name: 'record-review',
  summary: "Record a completed review (who, decision, notes) in a policy's review log.",
  usage:
    'policy record-review <id> --by NAME --decision no-change|revise|retire [--notes TEXT] [--date YYYY-MM-DD] [--root DIR] [--today YYYY-MM-DD]',
  options: {
    by: { type: 'string' },
    decision: { type: 'string' },
    notes: { type: 'string' },
    date: { type: 'string' },
    ...workspaceOptions,
  },
  async run({ values, positionals }, io: CommandIo) {
    const id = onePolicyId(positionals);
    const by = String(values['by'] ?? '').trim();
    if (by === '') throw new UsageError('Say who carried out the review with --by "NAME, TITLE".');
    const decision = decisionOf(values['decision'] as string | undefined);
    const { root, files, today } = await workspaceOf(values as { root?: string; today?: string }, io);
    const date = (values['date'] as string | undefined) ?? today;
    if (!isCalendarDate(date))
      throw new UsageError(`--date must be a calendar date written YYYY-MM-DD, not "${date}".`);
    if (date > today) {
      throw new UsageError(`--date ${date} is after today (${today}); record a review once it has been carried out.`);
    }
    const notes = (values['notes'] as string | undefined)?.trim();

    try {
      const policy = await loadPolicyById(root, files, id);
      const frontMatter = requireValidFrontMatter(policy);
      if (!frontMatter.review) {
        throw new RefusedError(
          `\`${policy.path}\` has no review schedule, so a review cannot be logged. Add \`review:\` with \`intervalMonths:\` (for example \`intervalMonths: 12\`) to its front matter first, then record the review.`,
        );
      }
      if (frontMatter.status !== 'adopted') {
        throw new RefusedError(
          `\`${policy.path}\` is ${frontMatter.status === 'draft' ? 'a draft' : 'retired'} (version ${frontMatter.version}); only an adopted policy is reviewed.`,
        );
      }
      const last = latestReview(frontMatter.review.log ?? []);
      if (last && last.date > date) {
        throw new RefusedError(
          `The last review in the log of \`${policy.path}\` is dated ${last.date}, after ${date}; the log is kept oldest first. Check --date.`,
        );
      }
      const entry: ReviewLogEntry = { date, by, decision };
      if (notes) entry.notes = notes;
      const text = editFrontMatter(policy.text, (document) => appendToList(document, ['review', 'log'], entry));
      const saved = await savePolicyText(policy, text);
      const status = reviewStatus(saved.frontMatter!, { today, warningDays: DEFAULT_REVIEW_WARNING_DAYS });
      io.stdout(
        `Recorded the review of ${frontMatter.number} ${frontMatter.title} on ${date} by ${by}: ${decision}.\n` +
          `Next review due ${status.nextDue ?? '(not scheduled)'} (every ${frontMatter.review.intervalMonths} months). Commit \`${policy.path}\` to publish it.\n`,
      );
      return EXIT_OK;
    } catch (error) {
      if (!(error instanceof RefusedError || error instanceof FrontMatterEditError)) throw error;
      io.stderr(`policy record-review: ${error.message}\n`);
      return EXIT_ERRORS;
    }
  },
};

function decisionOf(value: string | undefined): (typeof DECISIONS)[number] {
  if (value === undefined) throw new UsageError(`Give the decision with --decision ${DECISIONS.join('|')}.`);
  if ((DECISIONS as readonly string[]).includes(value)) return value as (typeof DECISIONS)[number];
  const suggestion = closest(value, DECISIONS);
  throw new UsageError(
    `Unknown --decision "${value}", expected ${listOf([...DECISIONS])}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}.`,
  );
}
