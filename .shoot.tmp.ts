// Screenshots of every kind of page at 1280 px, 320 px, dark mode and print.
import { launchBrowser } from '/work/wt/site/test/browser/browser.ts';
import { serveStatic } from '/work/wt/site/test/site/static-server.ts';
const dist = process.argv[2]!;
const out = process.argv[3]!;
const only = process.argv[4];
const pages: Record<string, string> = {
  home: '/',
  policy: '/policies/ai-1-19/',
  'version-1.0': '/policies/ai-1-19/1.0/',
  'version-2.0': '/policies/ai-1-19/2.0/',
  versions: '/policies/ai-1-19/versions/',
  redlines: '/policies/ai-1-19/diff/',
  redline: '/policies/ai-1-19/diff/1.0..2.0/',
  sections: '/policies/ai-1-19/sections/',
  section: '/policies/ai-1-19/sections/purpose/',
  compliance: '/policies/ai-1-19/compliance/',
  mandates: '/mandates/',
  mandate: '/mandates/r-24-89/',
  'mandate-text': '/mandates/r-24-89/text/',
  reviews: '/reviews/',
  search: '/search/?q=blog&in=all',
  feedback: '/feedback/',
  guides: '/guides/',
  guide: '/guides/propose-a-change/',
  messages: '/messages/',
  '404': '/nope/',
};
const server = await serveStatic(dist, '/policy/');
const browser = await launchBrowser();
const modes = [
  { name: '1280', viewport: { width: 1280, height: 900 }, colorScheme: 'light' as const, full: false },
  { name: '1280-full', viewport: { width: 1280, height: 900 }, colorScheme: 'light' as const, full: true },
  { name: '320', viewport: { width: 320, height: 640 }, colorScheme: 'light' as const, full: false },
  { name: 'dark-320', viewport: { width: 320, height: 640 }, colorScheme: 'dark' as const, full: false },
  { name: 'dark-1280', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' as const, full: false },
];
for (const mode of modes) {
  const context = await browser.newContext({ viewport: mode.viewport, colorScheme: mode.colorScheme });
  const page = await context.newPage();
  for (const [name, path] of Object.entries(pages)) {
    if (only && !only.split(',').includes(name)) continue;
    await page.goto(server.url(path), { waitUntil: 'load' });
    if (name === 'search') await page.waitForTimeout(1500);
    await page.screenshot({ path: `${out}/${name}-${mode.name}.png`, fullPage: mode.full });
  }
  await context.close();
}
// Print: emulate print media, full page at A4-ish width.
const context = await browser.newContext({ viewport: { width: 800, height: 1100 } });
const page = await context.newPage();
await page.emulateMedia({ media: 'print' });
for (const [name, path] of Object.entries(pages)) {
  if (only && !only.split(',').includes(name)) continue;
  await page.goto(server.url(path), { waitUntil: 'load' });
  await page.screenshot({ path: `${out}/${name}-print.png`, fullPage: true });
}
await browser.close();
await server.close();
