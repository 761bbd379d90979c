// Every page of the site built from the attack inputs the check accepts
// (test/fixtures/site/attack-repo), loaded in Chromium: a click on every link
// whose scheme is not http(s) (mailto:), and no dialog, no script error, no
// request to another origin, ever.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { builtSite, pagePath, type BuiltSite } from '../site/built-site.ts';
import type { StaticServer } from '../site/static-server.ts';
import { launchBrowser, serveSite } from './browser.ts';

let site: BuiltSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await builtSite('attacks');
  server = await serveSite(site);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('no page of the attack site opens a dialog, runs a failing script or asks another origin for anything', async () => {
  const origin = new URL(server.url('/')).origin;
  const context = await browser.newContext();
  const events: string[] = [];
  let clicked = 0;
  // Requests to another origin are recorded and never sent.
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin !== origin) {
      events.push(`request to ${url}`);
      await route.abort();
    } else await route.continue();
  });
  const pages = site.htmlFiles().map(pagePath);
  expect(pages).toContain('/policies/published-harmlessly/');
  for (const path of pages) {
    const page = await context.newPage();
    page.on('dialog', async (dialog) => {
      events.push(`dialog on ${path}: ${dialog.message()}`);
      await dialog.dismiss();
    });
    page.on('pageerror', (error) => events.push(`script error on ${path}: ${error.message}`));
    await page.goto(server.url(path));
    const links = await page.$$eval('a[href]', (anchors) =>
      anchors.map((anchor, index) => ({ index, href: (anchor as HTMLAnchorElement).href })),
    );
    for (const link of links.filter((item) => !/^https?:/i.test(item.href))) {
      // A mailto: link is clicked as a reader would; nothing may run or be fetched.
      await page
        .locator('a[href]')
        .nth(link.index)
        .click({ noWaitAfter: true, timeout: 5000 })
        .catch(() => undefined);
      clicked += 1;
      if (page.url() !== server.url(path)) await page.goto(server.url(path));
    }
    await page.close();
  }
  await context.close();
  expect(events).toEqual([]);
  // The policy's own `mailto:` link and the feedback links at least.
  expect(clicked).toBeGreaterThan(2);
}, 280_000);
