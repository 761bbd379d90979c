// Comparisons worked out in the browser (issue 15), in Chromium: any pair of
// versions can be compared with JavaScript on; for a published pair the
// worked-out redline is the published one, byte for byte; the page passes axe
// and works from the keyboard; old addresses of pairs that no longer have a
// page lead on, with and without JavaScript.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { builtSite, projectRoot, type BuiltSite } from '../site/built-site.ts';
import type { StaticServer } from '../site/static-server.ts';
import { launchBrowser, serveSite } from './browser.ts';

const AXE = join(projectRoot, 'node_modules/axe-core/axe.min.js');

let browser: Browser;
const servers: StaticServer[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
});

async function serve(site: BuiltSite): Promise<StaticServer> {
  const server = await serveSite(site);
  servers.push(server);
  return server;
}

/** The redline's body as the browser holds it, without the mandate requirements (only the site build checks those). */
async function redlineBody(page: Page): Promise<{ html: string; text: string }> {
  await page.waitForSelector('[data-redline]:not([hidden])');
  return page.evaluate(() => {
    const copy = document.querySelector('[data-redline]')!.cloneNode(true) as HTMLElement;
    copy.querySelector('[data-redline-requirements]')?.remove();
    return { html: copy.innerHTML, text: copy.textContent ?? '' };
  });
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected into the page above.
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation: { id: string }) => violation.id);
  });
}

describe('comparisons worked out in the browser, on this repository (served under /policy/)', () => {
  let site: BuiltSite;
  let server: StaticServer;
  beforeAll(async () => {
    site = await builtSite('repo');
    server = await serve(site);
  });

  it('compares every pair of versions of every policy; a published pair reads as its page, byte for byte', async () => {
    const policies = JSON.parse(site.read('/api/policies.json')) as { policies: { id: string }[] };
    let compared = 0;
    for (const { id } of policies.policies) {
      const api = JSON.parse(site.read(`/api/policies/${id}/versions.json`)) as { versions: { version: string }[] };
      const versions = api.versions.map((entry) => entry.version);
      for (const [index, from] of versions.entries()) {
        for (const to of versions.slice(index + 1)) {
          const page = await browser.newPage();
          await page.goto(server.url(`/policies/${id}/diff/?from=${from}&to=${to}`));
          const worked = await redlineBody(page);
          expect(await page.textContent('h1')).toMatch(new RegExp(`: changes from version ${from} to version ${to}$`));
          expect(await axeViolations(page)).toEqual([]);
          if (site.htmlFiles().includes(`policies/${id}/diff/${from}..${to}/index.html`)) {
            await page.goto(server.url(`/policies/${id}/diff/${from}..${to}/`));
            const published = await redlineBody(page);
            expect(worked.text).toBe(published.text);
            expect(worked.html).toBe(published.html);
          }
          await page.close();
          compared += 1;
        }
      }
    }
    // AI 1-19 has two versions; the other policies one each.
    expect(compared).toBeGreaterThanOrEqual(1);
  });
});

describe('a compare address for a policy with one version', () => {
  it('says there is nothing to compare yet', async () => {
    const site = await builtSite('repo');
    const server = await serve(site);
    const api = JSON.parse(site.read('/api/policies/apd-general-order-1-44/versions.json')) as {
      versions: { version: string }[];
    };
    expect(api.versions).toHaveLength(1);
    const only = api.versions[0]!.version;
    const page = await browser.newPage();
    await page.goto(server.url(`/policies/apd-general-order-1-44/diff/?from=${only}&to=9.0`));
    await expect
      .poll(() => page.textContent('[data-compare-status]'))
      .toBe(`There is no version 9.0 of this policy. It has one version, ${only}, so there is nothing to compare yet.`);
    await page.close();
  });
});

describe('comparisons worked out in the browser, on a 37-revision history', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve(await builtSite('aup'));
  });

  it('goes from the versions form to the worked-out comparison of a pair without a page, and works by keyboard', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/policies/github-aup/versions/'));
    await page.selectOption('#compare-from', '1.20');
    await page.selectOption('#compare-to', '1.3');
    await Promise.all([page.waitForURL('**/diff/?from=1.3&to=1.20'), page.click('.compare-form button')]);
    await redlineBody(page);
    expect(await page.textContent('h1')).toBe('AUP: changes from version 1.3 to version 1.20');
    expect(await page.title()).toBe('AUP: changes from version 1.3 to 1.20 – Example Town Policies');
    expect(await page.textContent('.breadcrumbs [aria-current="page"]')).toBe('1.3 to 1.20');
    // Focus is on the new heading, so a screen reader starts there; the next Tab reaches the summary's first link.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const first = await page.getAttribute('.redline-summary a', 'href');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe(first);
    expect(await page.isVisible(`${first} h3`)).toBe(true);
    expect(await page.isVisible('[data-compare-list]')).toBe(false);
    await page.close();
  });

  it('says so when a version does not exist', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/policies/github-aup/diff/?from=1.3&to=7.0'));
    await expect
      .poll(() => page.textContent('[data-compare-status]'))
      .toBe('There is no version 7.0 of this policy. Its versions run from 1.0 to 1.36.');
    expect(await page.isVisible('[data-compare-list]')).toBe(true);
    await page.close();
  });
});

describe('addresses of comparisons that had a page before', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve(await builtSite('aupSeven'));
  });

  it('open the same comparison, worked out in the browser, with JavaScript', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/policies/github-aup/diff/1.0..1.2/'));
    await page.waitForURL('**/diff/?from=1.0&to=1.2');
    await redlineBody(page);
    expect(await page.textContent('h1')).toBe('AUP: changes from version 1.0 to version 1.2');
    await page.close();
  });

  it('lead to the nearest published comparison without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(server.url('/policies/github-aup/diff/1.0..1.2/'));
    expect(response?.status()).toBe(200);
    expect(await page.textContent('h1')).toBe('AUP: comparing version 1.0 with version 1.2');
    expect(await page.getAttribute('main h2 + p a', 'href')).toBe('/policies/github-aup/diff/1.1..1.2/');
    expect(await page.$$eval('main ol a', (links) => links.map((link) => link.getAttribute('href')))).toEqual([
      '/policies/github-aup/diff/1.0..1.1/',
      '/policies/github-aup/diff/1.1..1.2/',
    ]);
    await context.close();
  });

  it('passes axe (read with the page’s own redirect taken out, since axe needs JavaScript)', async () => {
    const page = await browser.newPage();
    const address = server.url('/policies/github-aup/diff/1.0..1.2/');
    await page.route(address, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<script>[^<]*location\.replace[^<]*<\/script>/, '');
      expect(body).not.toContain('location.replace');
      await route.fulfill({ response, body });
    });
    await page.goto(address);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
