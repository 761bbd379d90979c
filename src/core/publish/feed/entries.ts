// The Atom feeds of the site: one entry per version of a policy, with its
// change summary. Dates come from the front matter (adoption, else the opening
// of the comment period, else the effective date), never from commit times;
// only a draft with none of those falls back to the day of its last commit,
// and an uncommitted draft to the build's `today`, so every entry has the date
// Atom requires.
import type { CalendarDate } from '../../lifecycle/calendar.ts';
import type { SiteConfig } from '../../schemas/types.ts';
import type { PolicyVersion } from '../../versions/types.ts';
import {
  absoluteUrl,
  homePath,
  policyFeedPath,
  redlinePath,
  siteFeedPath,
  versionPath,
  versionsPath,
} from '../../routes.ts';
import { renderAtom, startOfDay, type AtomEntry, type AtomFeed } from './atom.ts';

export interface FeedPolicy {
  id: string;
  frontMatter: { number: string; title: string };
  versions: readonly PolicyVersion[];
}

interface DatedEntry {
  date: CalendarDate;
  entry: AtomEntry;
}

const statusWords: Record<PolicyVersion['status'], string> = {
  draft: 'draft',
  adopted: 'adopted',
  superseded: 'superseded',
  retired: 'retired',
};

/** The public date of a version, as described at the top of this file. */
export function versionDate(version: PolicyVersion, today: CalendarDate): CalendarDate {
  const fm = version.frontMatter;
  const lastCommit = version.revisions.findLast((revision) => revision.date !== null)?.date?.slice(0, 10);
  return fm.adopted?.date ?? fm.comment?.opens ?? fm.effective ?? lastCommit ?? today;
}

function entriesOf(policy: FeedPolicy, site: SiteConfig, today: CalendarDate): DatedEntry[] {
  return policy.versions.map((version, index) => {
    const previous = policy.versions[index - 1];
    const date = versionDate(version, today);
    const page = absoluteUrl(site.baseUrl, versionPath(policy.id, version.version));
    const change = version.frontMatter.change;
    const summary = change
      ? `${change.kind === 'substantive' ? 'Substantive change' : 'Editorial change'}: ${change.summary}`
      : 'The first published version of this policy.';
    const entry: AtomEntry = {
      id: page,
      title: `${policy.frontMatter.number} ${policy.frontMatter.title}, version ${version.version} (${statusWords[version.status]})`,
      updated: startOfDay(date, site.timeZone),
      links: [{ href: page, rel: 'alternate', type: 'text/html' }],
      summary,
    };
    if (previous) {
      entry.links.push({
        href: absoluteUrl(site.baseUrl, redlinePath(policy.id, previous.version, version.version)),
        rel: 'related',
        type: 'text/html',
        title: `Changes from version ${previous.version}`,
      });
    }
    return { date, entry };
  });
}

function feedOf(
  id: string,
  title: string,
  self: string,
  page: string,
  dated: DatedEntry[],
  site: SiteConfig,
  today: CalendarDate,
): AtomFeed {
  // Newest first; a feed without entries is dated by the build.
  const sorted = dated.sort((a, b) => b.date.localeCompare(a.date) || b.entry.id.localeCompare(a.entry.id));
  return {
    id,
    title,
    updated: startOfDay(sorted[0]?.date ?? today, site.timeZone),
    authorName: site.organisation.name,
    links: [
      { href: self, rel: 'self', type: 'application/atom+xml' },
      { href: page, rel: 'alternate', type: 'text/html' },
    ],
    entries: sorted.map(({ entry }) => entry),
  };
}

/** `/policies/<id>/feed.xml`: every version of one policy. */
export function policyFeed(policy: FeedPolicy, site: SiteConfig, today: CalendarDate): string {
  const self = absoluteUrl(site.baseUrl, policyFeedPath(policy.id));
  return renderAtom(
    feedOf(
      self,
      `${policy.frontMatter.number} ${policy.frontMatter.title}: versions`,
      self,
      absoluteUrl(site.baseUrl, versionsPath(policy.id)),
      entriesOf(policy, site, today),
      site,
      today,
    ),
  );
}

/** `/feed.xml`: every version of every policy. */
export function siteFeed(policies: readonly FeedPolicy[], site: SiteConfig, today: CalendarDate): string {
  const self = absoluteUrl(site.baseUrl, siteFeedPath);
  return renderAtom(
    feedOf(
      self,
      `${site.title ?? site.organisation.name}: policy versions`,
      self,
      absoluteUrl(site.baseUrl, homePath),
      policies.flatMap((policy) => entriesOf(policy, site, today)),
      site,
      today,
    ),
  );
}
