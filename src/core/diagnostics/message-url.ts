// The address of a code's entry on the site's message reference page
// (src/pages/messages/index.astro gives every entry the code as its `id`).
//
// The address itself is spelled in `src/core/routes.ts`, with every other site
// address; this adds the choice between absolute and site-relative.
import type { Code } from './codes/index.ts';
import { absoluteUrl, messagePath } from '../routes.ts';

/**
 * `https://…/messages/#front-matter/unknown-key` when the site's `baseUrl` is
 * known (absolute, for a GitHub annotation or a pull-request comment), else the
 * address within the site, `/messages/#front-matter/unknown-key`.
 */
export function messageUrl(code: Code, base?: string): string {
  return base === undefined || base === '' ? messagePath(code) : absoluteUrl(base, messagePath(code));
}
