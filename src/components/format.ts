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
