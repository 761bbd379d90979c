import type { CodeInfo } from './types.ts';

// The review schedule (`review` in the front matter) and its log.
export const reviewCodes = [
  {
    code: 'review/overdue',
    severity: 'error',
    title: 'Review overdue',
    help: 'An adopted policy must be reviewed every `review.intervalMonths` months, counted from its last logged review or its adoption, whichever is later. The due date has passed. Review the policy with its owner and record the decision with `policy record-review <id> --by NAME --decision no-change|revise|retire`. Changing a date by hand does not count.',
  },
  {
    code: 'review/due-soon',
    severity: 'warning',
    title: 'Review due soon',
    help: 'The next review of this policy falls within the warning window set by `reviewWarningDays` in `policy/site.yaml`. Plan the review; once done, record it with `policy record-review`.',
  },
  {
    code: 'review/log-in-future',
    severity: 'error',
    title: 'Review dated in the future',
    help: 'A review log entry is dated after today. Reviews are logged on the day they were completed; fix the date or remove the entry.',
  },
  {
    code: 'review/log-out-of-order',
    severity: 'warning',
    title: 'Review log out of order',
    help: 'The review log is kept oldest first, so the last entry is the latest review. Move the entry to its place by date.',
  },
] as const satisfies readonly CodeInfo[];
