// Presentation helpers: how dates and statuses read on the page. They format
// values the model already holds; they never work anything out.
import type { CalendarDate } from '../core/lifecycle/calendar.ts';

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2022-08-23` → `August 23, 2022` (no time zone arithmetic: it is a calendar date). */
export function longDate(date: CalendarDate): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return `${months[month - 1]} ${day}, ${year}`;
}

/** How the status of the text at a policy's address reads, its tag colour, and its search filter value. */
export function readingStatus(
  status: 'draft' | 'adopted' | 'retired' | 'superseded',
  basis: 'in-force' | 'none-in-force',
): { words: string; tone: string; search: string } {
  if (status === 'adopted' && basis === 'in-force') return { words: 'In force', tone: 'adopted', search: 'In force' };
  if (status === 'draft') return { words: 'Draft, not in force', tone: 'draft', search: 'Draft' };
  if (status === 'retired') return { words: 'Retired', tone: 'retired', search: 'Past version' };
  return { words: 'Replaced by a newer version', tone: 'superseded', search: 'Past version' };
}
