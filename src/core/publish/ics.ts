// An iCalendar (RFC 5545) writer for the review calendar (`reviews.ics` on
// the site, `policy review --format ics` on the command line).
//
// What RFC 5545 asks and how it is met here:
// - lines end with CRLF (§3.1);
// - lines longer than 75 octets are folded: CRLF then one space (§3.1), never
//   inside a multi-byte UTF-8 character;
// - TEXT values escape `\`, `;`, `,` and newlines (§3.3.11);
// - a review is a whole day: `DTSTART;VALUE=DATE` and an exclusive
//   `DTEND;VALUE=DATE` on the next day (§3.6.1);
// - UIDs are stable: the same review due on the same day always has the same
//   UID, so calendar apps update instead of duplicating;
// - DTSTAMP comes from the `today` input, never the clock, so the file is the
//   same on every build of the same day.
import { addDays, type CalendarDate } from '../lifecycle/calendar.ts';
import type { ReviewRow } from './reviews.ts';
import type { SiteConfig } from '../schemas/types.ts';
import type { CommentStatus } from '../lifecycle/comment-period.ts';
import type { MandateModel } from '../mandates/index.ts';
import { absoluteUrl, mandatePath, policyPath, versionPath } from '../routes.ts';

export interface CalendarEvent {
  uid: string;
  /** The all-day event's date. */
  date: CalendarDate;
  summary: string;
  description?: string;
  url?: string;
}

export interface CalendarOptions {
  /** The day the calendar is produced, used for DTSTAMP. */
  today: CalendarDate;
  /** The calendar's name, shown by calendar apps. */
  name?: string;
  productId?: string;
}

export const DEFAULT_PRODUCT_ID = '-//policy-as-code//Policy reviews//EN';

export function writeCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.productId ?? DEFAULT_PRODUCT_ID)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  const stamp = `${compactDate(options.today)}T000000Z`;
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  // Any line break (`\r\n`, a lone `\r` or `\n`) is `\n`: a raw one would start a new calendar property.
  // Other control characters are refused at the source; should one get here, it is left out.
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

/** Folds a content line into lines of at most 75 octets, continuation lines starting with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    if (octets + size > 75) {
      parts.push(current);
      // The leading space of a continuation line counts towards its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

function compactDate(date: CalendarDate): string {
  return date.replace(/-/g, '');
}

export interface ReviewCalendarOptions {
  today: CalendarDate;
  /** The site's address (`site.baseUrl`): event links and the UID domain come from it. */
  baseUrl?: string;
  /** Only reviews due within this many days of today (overdue ones included). */
  within?: number;
  name?: string;
}

/** One event per review that is due (the rows of `SiteModel.reviews`), ordered by due date then id. */
export function reviewEvents(rows: readonly ReviewRow[], options: ReviewCalendarOptions): CalendarEvent[] {
  const domain = hostOf(options.baseUrl) ?? 'policy-as-code.invalid';
  return rows
    .filter((row) => row.review.nextDue !== undefined)
    .filter((row) => options.within === undefined || (row.review.daysUntilDue ?? 0) <= options.within)
    .sort((a, b) => a.review.nextDue!.localeCompare(b.review.nextDue!) || a.id.localeCompare(b.id))
    .map((policy) => {
      const { review } = policy;
      const last = review.lastReview
        ? `Last review: ${review.lastReview.date} by ${review.lastReview.by} (${review.lastReview.decision}).`
        : `Not reviewed since adoption on ${review.countsFrom?.date ?? '?'}.`;
      const event: CalendarEvent = {
        uid: `review-${policy.id}-${review.nextDue}@${domain}`,
        date: review.nextDue!,
        summary: `Review due: ${policy.number} ${policy.title}`,
        description: [
          `Owner: ${review.owner}.`,
          `Version ${policy.version}. Reviewed every ${review.intervalMonths} months.`,
          last,
          `Record the decision with: policy record-review ${policy.id} --by NAME --decision no-change|revise|retire`,
        ].join('\n'),
      };
      if (options.baseUrl) event.url = absoluteUrl(options.baseUrl, policyPath(policy.id));
      return event;
    });
}

/** The part of the site model the review calendar reads (named structurally: site-model.ts imports this module). */
export interface ReviewSource {
  reviews: readonly ReviewRow[];
  site: SiteConfig | undefined;
}

/** The review calendar as an iCalendar file. Accepts the site model or its list of policies. */
export function reviewCalendar(source: ReviewSource | readonly ReviewRow[], options: ReviewCalendarOptions): string {
  const rows = isSiteModel(source) ? source.reviews : source;
  const name =
    options.name ??
    (isSiteModel(source) && source.site ? `${source.site.organisation.name} policy reviews` : 'Policy reviews');
  return writeCalendar(reviewEvents(rows, options), { today: options.today, name });
}

/** What the site calendar is made from: the review rows, each policy's comment period, the mandates' deadlines. */
export interface SiteCalendarInput {
  reviews: readonly ReviewRow[];
  policies: readonly {
    id: string;
    frontMatter: { number: string; title: string; version: string };
    comment: CommentStatus | undefined;
  }[];
  mandates: readonly Pick<MandateModel, 'mandate' | 'delivery'>[];
}

/**
 * The site's calendar (`reviews.ics`): every review that is due, the close of
 * every comment period that is open or coming, and every mandate deadline
 * (R-24-89 §2), whether met or not, ordered by date. A site with none of these
 * has an empty list, and the pages then do not offer the calendar.
 */
export function siteCalendarEvents(input: SiteCalendarInput, options: ReviewCalendarOptions): CalendarEvent[] {
  const domain = hostOf(options.baseUrl) ?? 'policy-as-code.invalid';
  const link = (path: string) => (options.baseUrl ? { url: absoluteUrl(options.baseUrl, path) } : {});
  const comments = input.policies.flatMap((policy): CalendarEvent[] => {
    const comment = policy.comment;
    if (!comment || comment.state === 'closed') return [];
    const { number, title, version } = policy.frontMatter;
    return [
      {
        uid: `comment-closes-${policy.id}-${version}-${comment.closes}@${domain}`,
        date: comment.closes,
        summary: `Last day to comment: ${number} ${title}, draft version ${version}`,
        description: `Public comments on draft version ${version} of ${number} are accepted from ${comment.opens} to ${comment.closes}.`,
        ...link(versionPath(policy.id, version)),
      },
    ];
  });
  const deadlines = input.mandates.flatMap(({ mandate, delivery }) =>
    delivery.map((deadline): CalendarEvent => ({
      uid: `deadline-${mandate.id}-${deadline.deadlineId}-${deadline.due}@${domain}`,
      date: deadline.due,
      summary: `Deadline: ${mandate.citation} ${deadline.clause}, ${deadline.title}`,
      description: deadline.summary,
      ...link(mandatePath(mandate.id)),
    })),
  );
  return [...reviewEvents(input.reviews, options), ...comments, ...deadlines].sort(
    (a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid),
  );
}

function isSiteModel(source: ReviewSource | readonly ReviewRow[]): source is ReviewSource {
  return !Array.isArray(source);
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}
