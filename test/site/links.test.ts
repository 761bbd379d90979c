// Every internal link, stylesheet and `#fragment` of every built page resolves
// in dist/, under the base path the site is built for.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, pagePath, type BuiltSite } from './built-site.ts';
import { all, parse } from './dom.ts';

/** Every link target of a page: `href` of a, link and area, `src` of script and img, `action` of form. */
function targets(html: string): string[] {
  const found: string[] = [];
  for (const element of all(parse(html), () => true)) {
    for (const name of ['href', 'src', 'action']) {
      const value = element.properties[name];
      if (typeof value === 'string') found.push(value);
    }
  }
  return found;
}

function idsOf(html: string): Set<string> {
  return new Set(
    all(parse(html), (element) => typeof element.properties['id'] === 'string').map((element) =>
      String(element.properties['id']),
    ),
  );
}

function brokenLinks(site: BuiltSite): string[] {
  const origin = 'http://site.invalid';
  const ids = new Map<string, Set<string>>();
  const idsIn = (file: string) => {
    if (!ids.has(file)) ids.set(file, idsOf(site.read(file)));
    return ids.get(file)!;
  };
  const broken: string[] = [];
  for (const file of site.htmlFiles()) {
    const pageUrl = new URL(`${site.base}${pagePath(file).slice(1)}`, origin);
    for (const target of targets(site.read(file))) {
      const url = new URL(target, pageUrl);
      if (url.origin !== origin) continue; // mailto:, https://… elsewhere
      if (!url.pathname.startsWith(site.base)) {
        broken.push(`${file}: ${target} is outside the base path ${site.base}`);
        continue;
      }
      const relative = decodeURIComponent(url.pathname.slice(site.base.length));
      let targetFile = join(site.dist, relative);
      if (existsSync(targetFile) && statSync(targetFile).isDirectory()) targetFile = join(targetFile, 'index.html');
      if (!existsSync(targetFile)) {
        broken.push(`${file}: ${target} → no file ${relative || '(root)'}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && targetFile.endsWith('.html')) {
        const key = targetFile.slice(site.dist.length + 1);
        if (!idsIn(key).has(fragment)) broken.push(`${file}: ${target} → no element with id "${fragment}" in ${key}`);
      }
    }
  }
  return broken;
}

describe.each(['repo', 'fixture'] as const)('links of the %s site', (name) => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await builtSite(name);
  });

  it('all resolve, fragments included', () => {
    expect(site.htmlFiles().length).toBeGreaterThan(5);
    expect(brokenLinks(site)).toEqual([]);
  });
});
