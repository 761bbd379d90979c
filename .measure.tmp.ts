import { launchBrowser } from '/work/wt/site/test/browser/browser.ts';
import { serveStatic } from '/work/wt/site/test/site/static-server.ts';
const server = await serveStatic('/tmp/site14/dist', '/policy/');
const browser = await launchBrowser();
const page = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
for (const path of process.argv.slice(2)) {
  await page.goto(server.url(path));
  const y = await page.evaluate(() => {
    const el = document.querySelector('.policy-text h2, .policy-text p');
    return el ? Math.round(el.getBoundingClientRect().top) : -1;
  });
  const nav = await page.evaluate(() => Math.round(document.querySelector('.site-header')!.getBoundingClientRect().height));
  console.log(path, 'text starts at', y, 'header', nav);
}
await browser.close();
await server.close();
