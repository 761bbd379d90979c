// The address of a code's entry on the site's message reference page
// (src/pages/messages/index.astro gives every entry the code as its `id`).
//
// This is the one place that spells it. Site addresses are getting one home in
// `src/core/publish/routes.ts` (issue 10 item 1): routes.ts is to re-export
// `messageUrl` from here rather than spell the address a second time.
import type { Code } from './codes/index.ts';

/**
 * `https://…/messages/#front-matter/unknown-key` when the site's `baseUrl` is
 * known (absolute, for a GitHub annotation or a pull-request comment), else the
 * address within the site, `/messages/#front-matter/unknown-key`.
 */
export function messageUrl(code: Code, base?: string): string {
  const path = `messages/#${code}`;
  if (base === undefined || base === '') return `/${path}`;
  return new URL(path, base.endsWith('/') ? base : `${base}/`).href;
}
