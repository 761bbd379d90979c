import { launchBrowser } from '/work/wt/site/test/browser/browser.ts';
import { serveStatic } from '/work/wt/site/test/site/static-server.ts';
const server = await serveStatic('/tmp/site14/dist', '/policy/');
const browser = await launchBrowser();
const page = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
await page.goto(server.url(process.argv[2]!));
const rows = await page.evaluate(() =>
  ['.site-header', '.site-title', '.site-nav', '.breadcrumbs', 'h1', '.lead', '#draft-notice-title', '.notice', '.facts-fold', '.contents-fold', '.policy-text h2'].map((s) => {
    const r = document.querySelector(s)?.getBoundingClientRect();
    return `${s}: top ${Math.round(r?.top ?? -1)} h ${Math.round(r?.height ?? -1)}`;
  }),
);
console.log(rows.join('\n'));
await browser.close();
await server.close();
