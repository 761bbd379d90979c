// Compare-any-two in a real browser, on the three-version fixture: with
// JavaScript the form goes straight to the chosen redline (loading its script
// only on submit); without it, the form comes back to the versions page, where
// a note says the choice cannot be opened and lists every published comparison.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../browser/browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { buildFixtureSite, type BuiltSite } from './pages-b.helpers.ts';

let site: BuiltSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await buildFixtureSite('three-versions', '2024-01-15');
  server = await serveStatic(site.dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('compare any two versions', () => {
  it('goes to the redline of the chosen pair, whichever way round it is chosen', async () => {
    const page = await browser.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(server.url('/policies/conduct/versions/'));
    const before = scripts.length;
    await page.selectOption('#compare-from', '2.0');
    await page.selectOption('#compare-to', '1.0');
    await Promise.all([page.waitForURL('**/diff/1.0..2.0/'), page.click('.compare-form button')]);
    expect(new URL(page.url()).pathname).toBe('/policies/conduct/diff/1.0..2.0/');
    // The compare module was fetched on submit, not with the page.
    expect(scripts.length).toBeGreaterThan(before);
    await page.close();
  });

  it('asks for two different versions', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/policies/conduct/versions/'));
    await page.selectOption('#compare-from', '1.1');
    await page.selectOption('#compare-to', '1.1');
    await page.click('.compare-form button');
    await expect
      .poll(() => page.textContent('[data-compare-status]'))
      .toBe('Choose two different versions to compare.');
    expect(new URL(page.url()).pathname).toBe('/policies/conduct/versions/');
    await page.close();
  });

  it('says without JavaScript that the choice cannot be opened, and lists every published comparison', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url('/policies/conduct/versions/'));
    expect(await page.isVisible('#compare-result')).toBe(false);
    await page.selectOption('#compare-from', '2.0');
    await page.selectOption('#compare-to', '1.0');
    await Promise.all([
      page.waitForURL('**/versions/?from=2.0&to=1.0#compare-result'),
      page.click('.compare-form button'),
    ]);
    expect(await page.isVisible('#compare-result')).toBe(true);
    expect(await page.textContent('#compare-result p')).toBe(
      'With JavaScript turned off, this page cannot open the comparison you chose. The published comparisons are listed below: each version against the next one, against the version in force and against the newest version.',
    );
    expect(await page.isVisible('#compare-result a[href="/policies/conduct/diff/1.0..2.0/"]')).toBe(true);
    await context.close();
  });
});
