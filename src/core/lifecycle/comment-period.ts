// Public comment periods of drafts: whether a period is upcoming, open or
// closed on a given day, and the checks on its dates.
//
// Both dates are inclusive: comments are accepted from the first minute of
// `opens` to the last minute of `closes`, in the site's time zone.
//
// Severity choices (see `codes/lifecycle.ts`):
// - `closes` not after `opens` is an error: the period is impossible and the
//   site could not say when to comment.
// - a draft whose period has already closed is a warning: drafts often wait
//   for a signature after comments close, so this must not break the build,
//   but the author should either adopt the draft or open a new period. The site
//   and the CLI show the period as closed, never as open.
// - an adopted policy signed before its comment period closed is a warning:
//   comments still arriving were not considered.
import type { CalendarDate } from './calendar.ts';
import type { DiagnosticSink } from '../diagnostics/diagnostic.ts';
import { daysBetween } from './calendar.ts';
import { plural } from '../text/english.ts';
import type { PolicyFrontMatter } from '../schemas/types.ts';
import type { Locate } from '../yaml/locate.ts';

export type CommentState = 'upcoming' | 'open' | 'closed';

export interface CommentStatus {
  opens: CalendarDate;
  closes: CalendarDate;
  state: CommentState;
  /** Days until the period opens; 0 once open or closed. */
  daysUntilOpens: number;
  /** Days left to comment, counting today (1 on the last day); 0 when not open. */
  daysLeft: number;
}

export function commentStatus(frontMatter: PolicyFrontMatter, today: CalendarDate): CommentStatus | undefined {
  const period = frontMatter.comment;
  if (!period) return undefined;
  const state: CommentState = today < period.opens ? 'upcoming' : today > period.closes ? 'closed' : 'open';
  return {
    opens: period.opens,
    closes: period.closes,
    state,
    daysUntilOpens: state === 'upcoming' ? daysBetween(today, period.opens) : 0,
    daysLeft: state === 'open' ? daysBetween(today, period.closes) + 1 : 0,
  };
}

export function checkCommentPeriod(
  frontMatter: PolicyFrontMatter,
  status: CommentStatus | undefined,
  options: { locate: Locate; sink: DiagnosticSink },
): void {
  if (!status) return;
  const { locate, sink } = options;
  if (status.closes <= status.opens) {
    sink.report(
      'comment/closes-before-opens',
      `The comment period closes on ${status.closes}, which is not after it opens (${status.opens}).`,
      {
        place: locate(['comment', 'closes'], 'value'),
        hint: '`comment.closes` is the last day comments are accepted; it must come after `comment.opens`.',
      },
    );
    return;
  }
  if (frontMatter.status === 'draft' && status.state === 'closed') {
    sink.report(
      'comment/closed-on-draft',
      `The comment period of this draft closed on ${status.closes}; the site shows it as closed.`,
      {
        place: locate(['comment', 'closes'], 'value'),
        hint: 'Adopt the draft once comments are considered, or set new `comment.opens` and `comment.closes` dates to open another period.',
      },
    );
  }
  if (frontMatter.status === 'adopted' && frontMatter.adopted && frontMatter.adopted.date <= status.closes) {
    const early = daysBetween(frontMatter.adopted.date, status.closes) + 1;
    sink.report(
      'comment/adopted-during-comment',
      `This version was adopted on ${frontMatter.adopted.date}, while its comment period was still open (it closes on ${status.closes}, ${plural(early, 'day')} later).`,
      {
        place: locate(['adopted', 'date'], 'value'),
        hint: 'Check the dates. If the policy really was signed early, say so in the change summary.',
      },
    );
  }
}
