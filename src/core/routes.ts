// Every address of the published site, built in one place (like Starlight's
// `utils/path.ts`). Pages, components, feeds, the calendar, the JSON API, the
// PR report and the browser's compare script all build their links here, so an
// address changes in one line and old and new spellings never drift apart.
//
// Two kinds of address:
// - a *site path*, root-relative and without the deployment base
//   (`/policies/ai-1-19/1.0/#k-c`). Pages turn it into a link with `href()`
//   (src/components/url.ts), which adds the base path Astro is built under.
// - an *absolute URL* (`https://…/policies/ai-1-19/`), for feeds, the calendar,
//   the API, citations and the PR report: `absoluteUrl(baseUrl, path)`.
//
// Every page address ends in `/` (astro.config.mjs sets `trailingSlash: 'always'`);
// files (`feed.xml`, `*.json`, `*.ics`) do not.

/** `1.0..2.0`: the name of a redline in its address and in the model. Older version first. */
export function pairSlug(from: string, to: string): string {
  return `${from}..${to}`;
}

/** The two versions of a `from..to` slug, or undefined when it is not one. */
export function parsePairSlug(slug: string): { from: string; to: string } | undefined {
  const match = /^([^./]+(?:\.[^./]+)*)\.\.([^./]+(?:\.[^./]+)*)$/.exec(slug);
  return match ? { from: match[1]!, to: match[2]! } : undefined;
}

/** A path with an in-page anchor: `withAnchor('/policies/x/', 'k-c')` → `/policies/x/#k-c`. */
export function withAnchor(path: string, anchor: string | undefined): string {
  return anchor ? `${path}#${anchor}` : path;
}

export const homePath = '/';
export const searchPath = '/search/';
export const feedbackPath = '/feedback/';
export const reviewsPath = '/reviews/';
export const reviewsCalendarPath = '/reviews.ics';
export const mandatesPath = '/mandates/';
export const guidesPath = '/guides/';
export const messagesPath = '/messages/';
export const siteFeedPath = '/feed.xml';

/** A guide page: `guidePath('accessibility')` → `/guides/accessibility/`. */
export function guidePath(slug: string): string {
  return `${guidesPath}${slug}/`;
}

/** The entry of one message code on the message reference page. */
export function messagePath(code: string): string {
  return `${messagesPath}#${code}`;
}

/** The anchor of the contents list on the policy page and version pages ("Back to contents" links). */
export const contentsAnchor = 'contents';

/** The policy's own page: the text in force (or, when none is, the newest draft). */
export function policyPath(policy: string, anchor?: string): string {
  return withAnchor(`/policies/${policy}/`, anchor);
}

/** One version of a policy, as it was published: the address a citation uses. */
export function versionPath(policy: string, version: string, anchor?: string): string {
  return withAnchor(`/policies/${policy}/${version}/`, anchor);
}

/** The timeline of every version. */
export function versionsPath(policy: string): string {
  return `/policies/${policy}/versions/`;
}

/** The list of published redlines and the compare form. */
export function redlinesPath(policy: string): string {
  return `/policies/${policy}/diff/`;
}

/** The redline between two versions, older first. */
export function redlinePath(policy: string, from: string, to: string, anchor?: string): string {
  return withAnchor(`${redlinesPath(policy)}${pairSlug(from, to)}/`, anchor);
}

/** The same, from a slug already in the model (`HistoryView` holds slugs). */
export function redlineSlugPath(policy: string, slug: string): string {
  return `${redlinesPath(policy)}${slug}/`;
}

/**
 * Any two versions compared in the reader's browser (for the pairs that have
 * no page of their own): the compare page with the pair in its query.
 */
export function comparePath(policy: string, from: string, to: string): string {
  return `${redlinesPath(policy)}${compareQuery(from, to)}`;
}

/** `?from=1.0&to=1.3`: the part of `comparePath` after the folder, for the browser's compare form. */
export function compareQuery(from: string, to: string): string {
  return `?${new URLSearchParams({ from, to }).toString()}`;
}

/** Every version's text in one gzip-compressed JSON file, for the comparisons worked out in the browser. */
export function versionTextsPath(policy: string): string {
  return `${redlinesPath(policy)}texts.json.gz`;
}

/** The list of every section's history. */
export function sectionsPath(policy: string): string {
  return `/policies/${policy}/sections/`;
}

/** The history of one section, by its anchor in the version it is listed under. */
export function sectionHistoryPath(policy: string, anchor: string): string {
  return `${sectionsPath(policy)}${anchor}/`;
}

/** How a policy meets each mandate, version by version. */
export function compliancePath(policy: string): string {
  return `/policies/${policy}/compliance/`;
}

/** The Atom feed of one policy's versions. */
export function policyFeedPath(policy: string): string {
  return `/policies/${policy}/feed.xml`;
}

/** A mandate clause by clause; with a requirement id, its row. */
export function mandatePath(mandate: string, requirement?: string): string {
  return withAnchor(`${mandatesPath}${mandate}/`, requirement);
}

/** The full text of a mandate, word for word. */
export function mandateTextPath(mandate: string): string {
  return `${mandatesPath}${mandate}/text/`;
}

export const apiPoliciesPath = '/api/policies.json';
export const apiCompliancePath = '/api/compliance.json';

/** Every version of one policy, with the SHA-256 of each text. */
export function apiVersionsPath(policy: string): string {
  return `/api/policies/${policy}/versions.json`;
}

/**
 * The absolute URL of a site path under the site's address (`site.baseUrl`,
 * with or without a trailing slash): `absoluteUrl('https://x.org/policy', '/feed.xml')`
 * → `https://x.org/policy/feed.xml`. The path is always taken as relative to the
 * base, so a base with a sub-path keeps it.
 */
export function absoluteUrl(baseUrl: string, path: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return new URL(path.replace(/^\/+/, ''), base).href;
}
