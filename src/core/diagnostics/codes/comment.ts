import type { CodeInfo } from './types.ts';

// Public comment periods of drafts.
export const commentCodes = [
  {
    code: 'comment/closes-before-opens',
    severity: 'error',
    title: 'Comment period ends before it starts',
    help: '`comment.closes`, the last day comments are accepted, must come after `comment.opens`.',
  },
  {
    code: 'comment/closed-on-draft',
    severity: 'warning',
    title: 'Comment period of a draft has closed',
    help: 'The draft is no longer open for comment, and the site says so. Adopt the draft once the comments are considered, or set new dates to open another comment period.',
  },
  {
    code: 'comment/adopted-during-comment',
    severity: 'warning',
    title: 'Adopted before the comment period closed',
    help: 'The adoption date falls on or before the last day of the comment period, so late comments were not considered. Check the dates.',
  },
] as const satisfies readonly CodeInfo[];
