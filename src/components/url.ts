// Every internal link goes through `href` so the site works under a sub-path
// (GitHub Pages: BASE_PATH=/policy/) and always ends in a trailing slash,
// matching `trailingSlash: 'always'` in astro.config.mjs.
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/**
 * `href('/policies/ai-1-19/')` → `/policies/ai-1-19/` (or `/policy/policies/ai-1-19/` under a base path).
 * A path without a file extension gets a trailing slash; `#fragment` and `?query` are kept.
 */
export function href(path: string): string {
  const match = /^([^?#]*)(.*)$/.exec(path.replace(/^\/+/, ''))!;
  let pathname = match[1] ?? '';
  const rest = match[2] ?? '';
  const last = pathname.split('/').pop() ?? '';
  if (pathname !== '' && !pathname.endsWith('/') && !last.includes('.')) pathname += '/';
  return `${base}${pathname}${rest}`;
}

/** True when `path` (as given to `href`) is the page being rendered, for `aria-current`. */
export function isCurrent(path: string, pathname: string): boolean {
  return href(path) === pathname || href(path) === `${pathname}/`;
}

/** The site path of a page being rendered: `/policy/policies/ai-1-19/` → `/policies/ai-1-19/` under a base path. */
export function sitePathOf(pathname: string): string {
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}
