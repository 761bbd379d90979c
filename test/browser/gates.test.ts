// The accessibility gates, in one browser over every page of the site built
// from this repository's policies (served under /policy/):
// axe (light at 1280 px; colour contrast again in dark mode at 320 px), no
// horizontal scrolling at 320 px, JavaScript off, a keyboard-only walk with a
// visible focus indicator, and non-colour cues on every redline change.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { builtSite, pagePath, projectRoot, type BuiltSite } from '../site/built-site.ts';
import type { StaticServer } from '../site/static-server.ts';
import { launchBrowser, serveSite } from './browser.ts';

const AXE = join(projectRoot, 'node_modules/axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];
// No axe rule is disabled. The loops over every page get a longer timeout: a busy 2-core machine is slow.

let site: BuiltSite;
let server: StaticServer;
let browser: Browser;
let pages: string[];
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  site = await builtSite('repo');
  server = await serveSite(site);
  browser = await launchBrowser();
  pages = site.htmlFiles().map(pagePath);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function context(options: Parameters<Browser['newContext']>[0]): Promise<BrowserContext> {
  const created = await browser.newContext(options);
  contexts.push(created);
  return created;
}

async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(server.url(path), { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

async function axe(page: Page, only?: string[]): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(
    async ({ tags, rules }) => {
      // Only violations are needed: skipping the passes' details makes each run several times faster.
      const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags };
      const options = { runOnly, resultTypes: ['violations'] };
      // @ts-expect-error axe is injected into the page above.
      const result = await window.axe.run(document, options);
      return result.violations as AxeViolation[];
    },
    { tags: AXE_TAGS, rules: only },
  );
  return violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

describe('every page', { timeout: 300_000 }, () => {
  it('has no axe violations in light mode at 1280 px', async () => {
    const page = await (await context({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' })).newPage();
    const found: string[] = [];
    for (const path of pages) {
      await open(page, path);
      for (const violation of await axe(page)) found.push(`${path} ${violation}`);
    }
    expect(found).toEqual([]);
  });

  it('has enough colour contrast in dark mode and no horizontal scrolling at 320 px', async () => {
    const page = await (await context({ viewport: { width: 320, height: 640 }, colorScheme: 'dark' })).newPage();
    const found: string[] = [];
    // Contrast once per kind of page (every page shares the stylesheet; the kinds differ in components).
    const kinds = new Set<string>();
    for (const path of pages) {
      await open(page, path);
      const kind = path
        .replace(/^\/(policies|mandates)\/[^/]+\//, '/$1/*/')
        .replace(/\/\d+\.\d+(\.\.\d+\.\d+)?\//g, '/N/');
      if (!kinds.has(kind)) {
        kinds.add(kind);
        for (const violation of await axe(page, ['color-contrast'])) found.push(`${path} ${violation}`);
      }
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      if (scrollWidth > clientWidth) found.push(`${path} scrolls sideways at 320 px: ${scrollWidth} > ${clientWidth}`);
    }
    expect(found).toEqual([]);
  });

  it('shows its main content with JavaScript off, also at 320 px', async () => {
    const page = await (await context({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false })).newPage();
    const found: string[] = [];
    for (const path of pages) {
      await open(page, path);
      const shown = await page.evaluate(() => {
        const main = document.querySelector('main');
        const h1 = main?.querySelector('h1');
        return {
          h1: h1 && h1.checkVisibility() ? (h1.textContent ?? '').trim() : '',
          main: main && main.checkVisibility() ? main.innerText.trim().length : 0,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
      if (!shown.h1) found.push(`${path}: no visible h1 in main`);
      if (shown.main < shown.h1.length + 40) found.push(`${path}: main shows only ${shown.main} characters`);
      if (shown.overflow > 0) found.push(`${path}: scrolls sideways at 320 px by ${shown.overflow} px`);
    }
    expect(found).toEqual([]);
  });
});

/** Tabs through the page from the top; returns what was reached and any control whose focus was not visible. */
async function keyboardWalk(page: Page): Promise<{ missed: string[]; invisible: string[]; reached: number }> {
  const controls = await page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const found: { key: string; rest: string }[] = [];
    for (const [index, element] of [...document.querySelectorAll<HTMLElement>(selector)].entries()) {
      if (!element.checkVisibility({ visibilityProperty: true }) || element.closest('[hidden]')) continue;
      if ((element as HTMLButtonElement).disabled) continue;
      element.dataset['kbd'] = String(index);
      const style = getComputedStyle(element);
      found.push({
        key: String(index),
        rest: [style.outlineStyle, style.outlineWidth, style.boxShadow, style.backgroundColor].join('|'),
      });
    }
    return found;
  });
  const unfocused = new Map(controls.map((control) => [control.key, control.rest]));
  const reached = new Set<string>();
  const invisible: string[] = [];
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let step = 0; step < controls.length + 5; step++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return undefined;
      const style = getComputedStyle(element);
      return {
        key: element.dataset['kbd'] ?? '',
        label: `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`,
        rest: [style.outlineStyle, style.outlineWidth, style.boxShadow, style.backgroundColor].join('|'),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        shadow: style.boxShadow !== 'none',
      };
    });
    if (!focused || reached.has(focused.key)) break;
    reached.add(focused.key);
    const changed = focused.rest !== unfocused.get(focused.key);
    if (!changed || !(focused.outline || focused.shadow)) invisible.push(focused.label);
  }
  const missed = controls.filter((control) => !reached.has(control.key)).map((control) => control.key);
  return { missed, invisible, reached: reached.size };
}

describe('keyboard only', () => {
  it('reaches every control of the policy page with a visible focus indicator', async () => {
    const page = await (await context({ viewport: { width: 1280, height: 900 } })).newPage();
    await open(page, '/policies/ai-1-19/');
    const walk = await keyboardWalk(page);
    expect(walk.reached).toBeGreaterThan(50);
    expect(walk.missed).toEqual([]);
    expect(walk.invisible).toEqual([]);
  });

  it('reaches every control of a redline with a visible focus indicator', async () => {
    const redline = pages.find((path) => /\/diff\/[^/]+\.\.[^/]+\/$/.test(path));
    expect(redline, 'a redline page in the built site').toBeDefined();
    const page = await (await context({ viewport: { width: 1280, height: 900 } })).newPage();
    await open(page, redline!);
    const walk = await keyboardWalk(page);
    expect(walk.reached).toBeGreaterThan(10);
    expect(walk.missed).toEqual([]);
    expect(walk.invisible).toEqual([]);
  });
});

describe('redlines', () => {
  const marksOf = {
    ins: { line: 'underline', start: '"[inserted] "', end: '" [end inserted]"' },
    del: { line: 'line-through', start: '"[deleted] "', end: '" [end deleted]"' },
  } as const;
  const redlinePages = () => pages.filter((path) => /\/diff\/[^/]+\.\.[^/]+\/$/.test(path));
  /** How each mark of the page's text looks, and its words for screen readers (generated by the stylesheet). */
  const marksOn = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('main ins, main del')].map((element) => ({
        tag: element.tagName.toLowerCase() as 'ins' | 'del',
        decoration: getComputedStyle(element).textDecorationLine,
        start: getComputedStyle(element, '::before').content,
        end: getComputedStyle(element, '::after').content,
        hidden: getComputedStyle(element, '::before').clipPath,
      })),
    );

  it('mark every insertion and deletion by more than colour', async () => {
    const redlines = redlinePages();
    expect(redlines.length).toBeGreaterThan(0);
    const page = await (await context({ viewport: { width: 1280, height: 900 } })).newPage();
    const found: string[] = [];
    let marks = 0;
    for (const path of redlines) {
      await open(page, path);
      const result = await marksOn(page);
      marks += result.length;
      for (const mark of result) {
        const { line, start, end } = marksOf[mark.tag];
        if (!mark.decoration.includes(line)) found.push(`${path}: <${mark.tag}> without ${line}`);
        if (mark.start !== start || mark.end !== end)
          found.push(`${path}: <${mark.tag}> without ${start} … ${end} (has ${mark.start} … ${mark.end})`);
        if (mark.hidden !== 'inset(50%)') found.push(`${path}: <${mark.tag}>'s words are shown (${mark.hidden})`);
      }
    }
    expect(marks).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });

  it('reads "[inserted] … [end inserted]" and "[deleted] … [end deleted]" in the accessibility tree', async () => {
    const path = redlinePages()[0]!;
    const page = await (await context({ viewport: { width: 1280, height: 900 } })).newPage();
    await open(page, path);
    // What a screen reader gets: Chromium's accessibility tree, each insertion and deletion with its text.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Accessibility.enable');
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const textsOf = (node: (typeof nodes)[number]): string[] =>
      node.role?.value === 'StaticText'
        ? [String(node.name?.value ?? '').trim()]
        : (node.childIds ?? []).flatMap((id) => {
            const child = byId.get(id);
            return child ? textsOf(child) : [];
          });
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    // Each mark as a screen reader meets it: its start word, the words shown, its end word.
    const inOrder = (node: (typeof nodes)[number]): (typeof nodes)[number][] => [
      node,
      ...(node.childIds ?? []).flatMap((id) => {
        const child = byId.get(id);
        return child ? inOrder(child) : [];
      }),
    ];
    const tree = inOrder(nodes.find((node) => node.parentId === undefined)!);
    const read = (role: string) =>
      tree
        .filter((node) => node.role?.value === role)
        .map((node) => textsOf(node).filter((text) => text !== ''))
        .map((texts) => [texts[0], squeeze(texts.slice(1, -1).join('')), texts.at(-1)]);
    const shown = await page.evaluate(() =>
      Object.fromEntries(
        (['ins', 'del'] as const).map((tag) => [
          tag,
          // A closed disclosure's marks (the key's samples) are in no tree until it is opened.
          [...document.querySelectorAll(tag)]
            .filter((element) => element.checkVisibility())
            .map((element) => element.textContent ?? ''),
        ]),
      ),
    );
    expect(shown['ins']!.length).toBeGreaterThan(0);
    expect(shown['del']!.length).toBeGreaterThan(0);
    // Every mark shown on the page, in order.
    expect(read('insertion')).toEqual(shown['ins']!.map((text) => ['[inserted]', squeeze(text), '[end inserted]']));
    expect(read('deletion')).toEqual(shown['del']!.map((text) => ['[deleted]', squeeze(text), '[end deleted]']));
  });

  it('prints the marks: underlined and struck through, the words for screen readers still hidden', async () => {
    const page = await (await context({ viewport: { width: 1280, height: 900 } })).newPage();
    await open(page, redlinePages()[0]!);
    await page.emulateMedia({ media: 'print' });
    const printed = await marksOn(page);
    expect(printed.length).toBeGreaterThan(0);
    const wrong = printed.filter(
      (mark) =>
        !mark.decoration.includes(marksOf[mark.tag].line) ||
        mark.start !== marksOf[mark.tag].start ||
        mark.hidden !== 'inset(50%)',
    );
    expect(wrong).toEqual([]);
  });
});

describe('scripts loaded on demand', () => {
  it('selects a whole citation with one click, loading no script', async () => {
    const page = await (await context({ viewport: { width: 1280, height: 900 } })).newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await open(page, '/policies/ai-1-19/');
    // The citation sits in a "Cite this section" disclosure, next to the section's other tools.
    await page.locator('h2#purpose + .reading-tools summary').click();
    await page.locator('#cite-purpose').click();
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(
      'AI 1-19, Purpose (version 1.0), https://cabq.github.io/policy/policies/ai-1-19/1.0/#purpose',
    );
    expect(scripts).toEqual([]);
  });

  it('searches the text in force and the drafts, each result labelled, loading Pagefind only when a search is made', async () => {
    const page = await (await context({ viewport: { width: 1280, height: 900 } })).newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await open(page, '/search/');
    expect(scripts).toEqual([]);
    // Words only AI 1-19 has (the APD policies are about social media too).
    await page.fill('#search-query', 'restorative actions');
    await page.click('.search-form button');
    await expect
      .poll(() => page.locator('#search-status').textContent())
      .toMatch(/^1 text matches “restorative actions”\.$/);
    const results = await page.locator('#search-results > li').evaluateAll((items) =>
      items.map((item) => ({
        link: item.querySelector('h2 a')?.getAttribute('href'),
        title: item.querySelector('h2 a')?.textContent,
        label: item.querySelector('.search-result__label')?.textContent,
      })),
    );
    expect(results.sort((a, b) => String(a.link).localeCompare(String(b.link)))).toEqual([
      { link: '/policy/policies/ai-1-19/2.0/', title: 'AI 1-19: Social Media Policy', label: 'Draft Version 2.0' },
    ]);
    expect(scripts[0]).toBe('/policy/pagefind/pagefind.js');
  });

  it('finds "blog" in version 1.0, the text in force, and filters by status', async () => {
    const page = await (await context({ viewport: { width: 1280, height: 900 } })).newPage();
    const results = () =>
      page.locator('#search-results > li').evaluateAll((items) =>
        items
          .map((item) => ({
            link: item.querySelector('h2 a')?.getAttribute('href'),
            label: item.querySelector('.search-result__label')?.textContent,
          }))
          .sort((a, b) => String(a.link).localeCompare(String(b.link))),
      );
    // AI 1-19 1.0 (in force) defines Blog; so does the draft of APD General Order 1-44.
    await open(page, '/search/?q=blog');
    await expect.poll(() => page.locator('#search-status').textContent()).toBe('2 texts match “blog”.');
    expect(await results()).toEqual([
      { link: '/policy/policies/ai-1-19/', label: 'In force Version 1.0' },
      { link: '/policy/policies/apd-general-order-1-44/', label: 'Draft Version 1.0' },
    ]);
    await page.check('#scope-force');
    await expect.poll(() => page.locator('#search-status').textContent()).toBe('1 text matches “blog”.');
    expect(await results()).toEqual([{ link: '/policy/policies/ai-1-19/', label: 'In force Version 1.0' }]);
    await page.check('#scope-drafts');
    await expect.poll(() => page.locator('#search-status').textContent()).toBe('1 text matches “blog”.');
    expect(await results()).toEqual([{ link: '/policy/policies/apd-general-order-1-44/', label: 'Draft Version 1.0' }]);
    expect(new URL(page.url()).searchParams.get('in')).toBe('drafts');
  });
});
