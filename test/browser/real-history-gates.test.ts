// The accessibility and HTML gates on every redline and section-history page
// of two real histories: moved, renumbered and reworded sections, lists and
// links all rendered inside the redline, which the small fixtures do not
// exercise. GitHub's Acceptable Use Policies (37 revisions), and six revisions
// of GitHub's Terms of Service, three of which have a heading twice (this gate
// found a list written inside a paragraph, one id twice and one region name
// twice there).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { builtSite, pagePath, projectRoot, type BuiltSite } from '../site/built-site.ts';
import type { StaticServer } from '../site/static-server.ts';
import { launchBrowser, serveSite } from './browser.ts';

const run = promisify(execFile);
const AXE = join(projectRoot, 'node_modules/axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];

const histories = [
  { site: 'aup', policy: 'github-aup', pages: 80 },
  { site: 'tos', policy: 'github-tos', pages: 40 },
] as const;

describe.each(histories)('every redline and section history of $policy', { timeout: 300_000 }, (history) => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let files: string[];

  beforeAll(async () => {
    site = await builtSite(history.site);
    server = await serveSite(site);
    browser = await launchBrowser();
    const page = new RegExp(`^policies/${history.policy}/(diff/[^/]+|sections(/[^/]+)?)/index\\.html$`);
    files = site.htmlFiles().filter((file) => page.test(file));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('passes the Nu HTML Checker', async () => {
    const jar = join(projectRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');
    const output = await run(
      'java',
      ['-jar', jar, '--errors-only', '--format', 'json', ...files.map((file) => join(site.dist, file))],
      { maxBuffer: 64 * 1024 * 1024 },
    ).catch((error: { stderr?: string }) => ({ stderr: error.stderr ?? '' }));
    const report = JSON.parse(output.stderr || '{"messages":[]}') as {
      messages: { url: string; message: string; lastLine?: number }[];
    };
    expect(files.length).toBeGreaterThan(history.pages);
    expect(
      report.messages.map((message) => `${message.url.split('/dist/')[1]}:${message.lastLine} ${message.message}`),
    ).toEqual([]);
  });

  it('has no axe violations at 1280 px', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const found: string[] = [];
    for (const path of files.map(pagePath)) {
      const response = await page.goto(server.url(path), { waitUntil: 'load' });
      expect(response?.status(), path).toBe(200);
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async (tags) => {
        // @ts-expect-error axe is injected into the page above.
        const result = await window.axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        });
        return (result.violations as { id: string; nodes: { target: string[] }[] }[]).map(
          (violation) => `${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
        );
      }, AXE_TAGS);
      for (const violation of violations) found.push(`${path} ${violation}`);
    }
    expect(found).toEqual([]);
  });
});
