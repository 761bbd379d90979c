// Serialises an Atom 1.0 feed (RFC 4287). Pure: the entries, their dates and
// every address are inputs; the caller decides what goes in the feed.
import type { CalendarDate } from '../../lifecycle/calendar.ts';

export interface AtomLink {
  href: string;
  rel?: 'alternate' | 'self' | 'related';
  type?: string;
  title?: string;
}

export interface AtomEntry {
  /** A permanent IRI for the entry; never changes once published. */
  id: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  /** RFC 3339 date-time of first publication, when known. */
  published?: string;
  links: AtomLink[];
  /** Plain text; escaped here, never HTML. */
  summary: string;
  authorName?: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  updated: string;
  authorName: string;
  links: AtomLink[];
  entries: AtomEntry[];
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// XML 1.0 has no way to write most control characters or half a character: they are refused at
// the source (`clean-text.ts`); should one get here, it is left out, so the feed stays well-formed.
/* eslint-disable no-control-regex -- removing control characters is the point */
const notXml =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex */

export function escapeXml(text: string): string {
  return text.replace(notXml, '').replace(/[&<>"']/g, (character) => escapes[character]!);
}

function link(value: AtomLink): string {
  const attributes = [`href="${escapeXml(value.href)}"`];
  if (value.rel) attributes.push(`rel="${value.rel}"`);
  if (value.type) attributes.push(`type="${escapeXml(value.type)}"`);
  if (value.title) attributes.push(`title="${escapeXml(value.title)}"`);
  return `<link ${attributes.join(' ')}/>`;
}

function element(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

function entry(value: AtomEntry): string {
  const lines = [
    '  <entry>',
    `    ${element('id', value.id)}`,
    `    ${element('title', value.title)}`,
    `    ${element('updated', value.updated)}`,
  ];
  if (value.published) lines.push(`    ${element('published', value.published)}`);
  if (value.authorName) lines.push(`    <author>${element('name', value.authorName)}</author>`);
  for (const item of value.links) lines.push(`    ${link(item)}`);
  lines.push(`    <summary type="text">${escapeXml(value.summary)}</summary>`, '  </entry>');
  return lines.join('\n');
}

export function renderAtom(feed: AtomFeed): string {
  const head = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  ${element('id', feed.id)}`,
    `  ${element('title', feed.title)}`,
  ];
  if (feed.subtitle) head.push(`  ${element('subtitle', feed.subtitle)}`);
  head.push(`  ${element('updated', feed.updated)}`, `  <author>${element('name', feed.authorName)}</author>`);
  for (const item of feed.links) head.push(`  ${link(item)}`);
  return [...head, ...feed.entries.map(entry), '</feed>', ''].join('\n');
}

/**
 * The start of a calendar day in a time zone, as an RFC 3339 date-time with
 * its offset (`2022-08-23T00:00:00-06:00`). Policy dates are days; Atom wants
 * instants, and midnight where the policy was signed is the honest choice.
 */
export function startOfDay(date: CalendarDate, timeZone: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(year, month - 1, day);
  // The offset at local midnight may differ from the one at UTC midnight on a
  // daylight-saving day, so look it up at the local instant a second time.
  let offset = offsetMinutes(new Date(utcMidnight), timeZone);
  offset = offsetMinutes(new Date(utcMidnight - offset * 60_000), timeZone);
  const sign = offset < 0 ? '-' : '+';
  const absolute = Math.abs(offset);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date}T00:00:00${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/** One formatter per time zone: creating an `Intl.DateTimeFormat` costs far more than using one. */
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function offsetMinutes(instant: Date, timeZone: string): number {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, format);
  }
  const name = format.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}
