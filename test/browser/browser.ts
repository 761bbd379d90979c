// One Chromium (Debian's, at /usr/bin/chromium) driven by playwright-core, and
// the built site served over HTTP under its base path.
import { chromium, type Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from '../site/static-server.ts';
import type { BuiltSite } from '../site/built-site.ts';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export function serveSite(site: BuiltSite): Promise<StaticServer> {
  return serveStatic(site.dist, site.base);
}
