// The ids the site's own pages use around a policy's text: the layout and the
// pages that show a policy's HTML (the policy page, a version page, a mandate's
// text page) with their components. An anchor taken from a policy (a heading
// slug, a clause label or an author's `<a id>`) must never take one of them:
// two elements with `id="main"` would break the skip link, and a heading could
// pose as a part of the page. `test/core/reserved-ids.test.ts` reads those
// `.astro` files and fails when they gain an id that is not listed here.

/** Ids used as they are. */
export const reservedIds: ReadonlySet<string> = new Set([
  'main',
  'comment-notice',
  'comment-notice-title',
  'contents-title',
  'facts-title',
  // The heading of the footnotes Markdown makes.
  'footnote-label',
  'policy-notice',
  'draft-notice',
  'draft-notice-title',
  'policy-notice-title',
  'sources-title',
  'version-banner',
  'version-banner-title',
]);

/** Ids the pages build from a prefix and a name (`channel-feedback`). */
export const reservedIdPrefixes: readonly string[] = ['channel-', 'user-content-'];

/** The prefix a policy's anchor gets when it would take one of the page's own ids. */
export const AUTHOR_ID_PREFIX = 'user-content-';

export function isReservedId(id: string): boolean {
  return reservedIds.has(id) || reservedIdPrefixes.some((prefix) => id.startsWith(prefix));
}

/** The anchor as published: unchanged, unless it would collide with the page's own ids. */
export function safeAnchor(id: string): string {
  return isReservedId(id) ? `${AUTHOR_ID_PREFIX}${id}` : id;
}
