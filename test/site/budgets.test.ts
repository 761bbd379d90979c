// Size budgets (gzip): a current policy page ≤ 30 KB, all CSS ≤ 10 KB, and no
// JavaScript at all on any page except search and compare-any-two.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, listFiles, type BuiltSite } from './built-site.ts';
import { all, parse, tag } from './dom.ts';

const KB = 1024;
const gzipSize = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

describe('size budgets', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await builtSite('repo');
  });

  it('keeps every current policy page under 30 KB of HTML', () => {
    const pages = site.htmlFiles().filter((file) => /^policies\/[^/]+\/index\.html$/.test(file));
    expect(pages.length).toBeGreaterThan(0);
    for (const file of pages) expect(gzipSize(site.read(file)), file).toBeLessThanOrEqual(30 * KB);
  });

  it('keeps all CSS together under 10 KB', () => {
    const css = listFiles(site.dist).filter((file) => file.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    const total = css.reduce((sum, file) => sum + gzipSize(readFileSync(join(site.dist, file))), 0);
    expect(total).toBeLessThanOrEqual(10 * KB);
  });

  it('loads no JavaScript outside the search and compare pages', () => {
    for (const file of site.htmlFiles()) {
      const html = site.read(file);
      const scripts = all(parse(html), tag('script'));
      const compare = html.includes('class="compare-form"') || html.includes('data-compare-page');
      if (file === 'search/index.html' || compare) continue;
      expect(scripts, file).toEqual([]);
    }
  });

  // The diff core, the Markdown reader and the renderer, for comparisons worked out in the browser: fetched only
  // when a compare address names two versions, never with a page.
  it('keeps the on-demand redline module under 250 KB compressed, and out of every page', () => {
    const modules = listFiles(site.dist).filter((file) => /^_astro\/redline-on-demand\.[\w-]+\.js$/.test(file));
    expect(modules).toHaveLength(1);
    expect(gzipSize(readFileSync(join(site.dist, modules[0]!)))).toBeLessThanOrEqual(250 * KB);
    for (const file of site.htmlFiles()) expect(site.read(file), file).not.toContain('redline-on-demand');
  });
});
