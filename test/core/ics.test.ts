import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, reviewCalendar, writeCalendar } from '../../src/core/publish/ics.ts';
import { memoryFiles } from '../../src/core/repository/files.ts';
import { buildSiteModel } from '../../src/core/publish/site-model.ts';
import { frontMatter, withExampleSite } from '../helpers/fixtures.ts';

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines (RFC 5545 §3.3.11)', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('folds at 75 octets without splitting a multi-byte character, and unfolds to the original', () => {
    const line = `SUMMARY:${'Revisión de la política ñandú — '.repeat(6)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(parts.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });
});

describe('writeCalendar', () => {
  it('writes an exact calendar with CRLF line endings, all-day dates and DTSTAMP from today', () => {
    const text = writeCalendar(
      [
        {
          uid: 'review-a-2026-12-31@example.gov',
          date: '2026-12-31',
          summary: 'Review due: A, B; C',
          url: 'https://example.gov/a/',
        },
      ],
      { today: '2026-11-21', name: 'Reviews' },
    );
    expect(text).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//policy-as-code//Policy reviews//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Reviews',
        'BEGIN:VEVENT',
        'UID:review-a-2026-12-31@example.gov',
        'DTSTAMP:20261121T000000Z',
        'DTSTART;VALUE=DATE:20261231',
        'DTEND;VALUE=DATE:20270101',
        'SUMMARY:Review due: A\\, B\\; C',
        'URL:https://example.gov/a/',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });
});

const adoptedPolicy = (id: string, adopted: string, extra = '') =>
  frontMatter(
    id,
    `adopted:\n  date: ${adopted}\n  by: "Jane Roe, Chief Administrative Officer"\neffective: ${adopted}\nreview:\n  intervalMonths: 12${extra}`,
  ).replace('status: draft', 'status: adopted') + '\n## Scope\n\nAll departments.\n';

async function model() {
  return buildSiteModel({
    files: withExampleSite(
      memoryFiles({
        'policy/records.mdx': adoptedPolicy('records', '2025-10-20'),
        'policy/travel.mdx': adoptedPolicy(
          'travel',
          '2025-03-01',
          '\n  log:\n    - date: 2026-02-10\n      by: "Sam Lee, City Clerk"\n      decision: no-change',
        ),
        'policy/no-schedule.mdx': frontMatter('no-schedule') + '\nText.\n',
      }),
    ),
    today: '2026-11-21',
    render: false,
  });
}

describe('reviewCalendar', () => {
  it('has one event per scheduled review, readable by ical.js', async () => {
    const text = reviewCalendar(await model(), { today: '2026-11-21', baseUrl: 'https://policy.example.gov/' });
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Example City policy reviews');
    expect(
      events.map((event) => ({
        uid: event.uid,
        start: event.startDate.toString(),
        allDay: event.startDate.isDate,
        end: event.endDate.toString(),
        summary: event.summary,
      })),
    ).toEqual([
      {
        uid: 'review-records-2026-10-20@policy.example.gov',
        start: '2026-10-20',
        allDay: true,
        end: '2026-10-21',
        summary: 'Review due: AI 0-0 Test policy',
      },
      {
        uid: 'review-travel-2027-02-10@policy.example.gov',
        start: '2027-02-10',
        allDay: true,
        end: '2027-02-11',
        summary: 'Review due: AI 0-0 Test policy',
      },
    ]);
    expect(events[1]!.description).toBe(
      'Owner: Department of Technology and Innovation.\nVersion 1.0. Reviewed every 12 months.\nLast review: 2026-02-10 by Sam Lee, City Clerk (no-change).\nRecord the decision with: policy record-review travel --by NAME --decision no-change|revise|retire',
    );
    expect(events[0]!.component.getFirstPropertyValue('url')).toBe('https://policy.example.gov/policies/records/');
    expect(events[0]!.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-21T00:00:00Z');
  });

  it('is the same text on every run for the same day (stable UIDs, no clock)', async () => {
    const first = reviewCalendar(await model(), { today: '2026-11-21' });
    const second = reviewCalendar((await model()).reviews, {
      today: '2026-11-21',
      name: 'Example City policy reviews',
    });
    expect(second).toBe(first);
    expect(first).toContain('UID:review-records-2026-10-20@policy-as-code.invalid\r\n');
  });

  it('keeps only reviews due within a number of days, overdue ones included', async () => {
    const text = reviewCalendar(await model(), { today: '2026-11-21', within: 30 });
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(text).toContain('UID:review-records-2026-10-20@');
  });
});
