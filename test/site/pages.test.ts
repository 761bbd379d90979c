// Exact assertions on the pages built from the small fixture repository
// (test/fixtures/site/small-repo), built for 2026-11-21.
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../src/core/diagnostics/codes/index.ts';
import { messageUrl } from '../../src/core/diagnostics/message-url.ts';
import { builtSite, type BuiltSite } from './built-site.ts';
import { all, byId, hasClass, outer, parse, tag, text } from './dom.ts';

let site: BuiltSite;
beforeAll(async () => {
  site = await builtSite('fixture');
});

const page = (path: string) => parse(site.read(path));

describe('every page', () => {
  it('has one h1, lang="en", the landmarks and a skip link to #main', () => {
    for (const file of site.htmlFiles()) {
      const tree = parse(site.read(file));
      expect(all(tree, tag('h1')), file).toHaveLength(1);
      expect(all(tree, tag('html'))[0]!.properties['lang'], file).toBe('en');
      for (const landmark of ['header', 'nav', 'main', 'footer'])
        expect(all(tree, tag(landmark)).length, file).toBeGreaterThan(0);
      const skip = all(tree, hasClass('skip-link'))[0]!;
      expect(outer(skip), file).toBe('<a class="skip-link" href="#main">Skip to main content</a>');
      expect(byId(tree, 'main')!.tagName, file).toBe('main');
    }
  });

  it('links both public channels and the accessibility statement in the footer', () => {
    const footer = all(page('/feedback/'), tag('footer'))[0]!;
    const links = all(footer, tag('a')).map((link) => `${text(link)} → ${String(link.properties['href'])}`);
    expect(links).toEqual([
      'Email the policy team → mailto:policy@example.gov',
      'Report a possible violation → https://example.gov/report',
      'How feedback and reports are handled → /feedback/',
      'Accessibility statement → /guides/accessibility/',
      'Guides → /guides/',
      'Message codes → /messages/',
      'Source of the policies → https://example.gov/repo',
      'Example Town → https://example.gov/',
    ]);
  });

  it('puts data-pagefind-body only on current policy pages', () => {
    const indexed = site.htmlFiles().filter((file) => site.read(file).includes('data-pagefind-body'));
    expect(indexed).toEqual(['policies/conduct/index.html', 'policies/records/index.html']);
  });
});

describe('the transparency page', () => {
  it('lists every policy with its status, version, effective date and next review', () => {
    const cards = all(page('/'), hasClass('card')).map(text);
    expect(cards).toEqual([
      'CP 1: Online Conduct Policy Status In force since March 15, 2025 Version 1.0 All versions of CP 1 Next review On schedule due February 10, 2027 (every 12 months) Compliance No mandate applies to this policy.',
      'CP 2: Records of Posts Status Draft, not in force Version 1.0 All versions of CP 2 Public comment open until December 15, 2026 Next review No review schedule: version 1.0 sets no review date. Compliance No mandate applies to this policy.',
    ]);
  });

  it('shows both channels with their descriptions', () => {
    const channels = all(page('/'), hasClass('channel')).map(text);
    expect(channels).toEqual([
      'Give feedback on a policy Your feedback goes to the policy team. Email the policy team Email address: policy@example.gov',
      'Report a possible violation Reports are handled privately. Report a possible violation Web page: example.gov/report',
    ]);
  });

  it('says what R-24-89 §1.B requires only where the repository carries R-24-89', async () => {
    expect(text(page('/'))).not.toContain('R-24-89');
    const repo = await builtSite('repo');
    const tree = parse(repo.read('/'));
    expect(text(tree)).toContain(
      'Council Resolution R-24-89 (section 1.B) requires that every City social media policy be easy for the public to find here, with a way to give feedback and a separate way to report a possible violation. What R-24-89 requires, and how each policy meets it',
    );
    const compliance = all(tree, hasClass('compliance-summary'))[0]!;
    expect(text(compliance)).toMatch(/R-24-89: \d+ of 8 policy elements met/);
    // The website requirements are shown once, for the site, and not counted among a policy's elements.
    expect(text(byId(tree, 'website-requirements')!)).toBe('Website requirements of R-24-89');
    expect(text(tree)).toMatch(/Website requirements of R-24-89\s*3 of 3 website requirements met by this site\./);
    // The compliance page of AI 1-19 counts eight policy elements and quotes, for 2.0, the sentence meeting each.
    const ai = repo.read('/policies/ai-1-19/compliance/');
    expect(text(parse(ai))).toContain('Version 2.0, the latest: 8 of 8 policy elements met');
    expect(ai).toContain(
      '<q>A serious incident, or a second incident within two years: a written reprimand, retraining,',
    );
    expect(text(parse(ai))).toContain(
      "suspension: A serious incident, or a second incident within two years: a written reprimand, retraining, and suspension of the employee's posting access.",
    );
  });
});

describe('the policy page', () => {
  it('gives every section one line of tools: a permanent link, the citation with its versioned address, prefilled feedback, back to contents', () => {
    const tools = byId(page('/policies/conduct/'), 'purpose')!;
    expect(outer(tools)).toBe('<h2 id="purpose">Purpose</h2>');
    const html = site.read('/policies/conduct/');
    expect(html).toContain(
      '<h2 id="purpose">Purpose</h2><div class="reading-tools" data-pagefind-ignore="all">' +
        '<a href="1.0/#purpose"><span aria-hidden="true">§ </span>Permanent link<span class="visually-hidden"> to Purpose, version 1.0</span></a>' +
        '<details class="cite-as"><summary>Cite this section<span class="visually-hidden">: Purpose</span></summary>' +
        '<span class="citation citation--copy" id="cite-purpose">CP 1, Purpose (version 1.0), https://policies.example.gov/policies/conduct/1.0/#purpose</span></details>' +
        '<a href="mailto:policy@example.gov?subject=Feedback%20on%20CP%201%20(version%201.0)%3A%20Purpose&#x26;body=Policy%3A%20CP%201%20Online%20Conduct%20Policy%0AVersion%3A%201.0%0ASection%3A%20Purpose%0ALink%3A%20https%3A%2F%2Fpolicies.example.gov%2Fpolicies%2Fconduct%2F1.0%2F%23purpose%0A%0AMy%20feedback%3A%0A">Give feedback on this section<span class="visually-hidden">: Purpose</span></a>' +
        '<a href="#contents">Back to contents</a></div>',
    );
  });

  it('gives the version page the same tools, its permanent links staying on the page', () => {
    expect(site.read('/policies/conduct/1.0/')).toContain(
      '<h2 id="purpose">Purpose</h2><div class="reading-tools" data-pagefind-ignore="all">' +
        '<a href="#purpose"><span aria-hidden="true">§ </span>Permanent link<span class="visually-hidden"> to Purpose, version 1.0</span></a>' +
        '<details class="cite-as"><summary>Cite this section<span class="visually-hidden">: Purpose</span></summary>' +
        '<span class="citation citation--copy" id="cite-purpose">CP 1, Purpose (version 1.0), https://policies.example.gov/policies/conduct/1.0/#purpose</span></details>',
    );
  });

  it('gives every clause a permalink with an accessible name and a visible citation', () => {
    const clause = byId(page('/policies/conduct/'), 'a-b')!;
    expect(outer(clause)).toBe(
      '<li id="a-b" class="clause">b. Owners keep the password safe.<span class="cite" data-pagefind-ignore="all"><a class="permalink" href="1.0/#a-b" aria-label="Permanent link to §A(b), version 1.0">§</a><span class="citation">CP 1 §A(b) (version 1.0)</span></span></li>',
    );
    const parent = byId(page('/policies/conduct/'), 'a')!;
    // The citation of a clause with sub-clauses comes before them, right after its own words.
    expect(outer(parent)).toMatch(
      /^<li id="a" class="clause">A\. Staff post only on accounts the Town owns\.\n?<span class="cite" data-pagefind-ignore="all"><a class="permalink" href="1\.0\/#a" aria-label="Permanent link to §A, version 1\.0">§<\/a><span class="citation">CP 1 §A \(version 1\.0\)<\/span><\/span><ul class="clauses">/,
    );
  });

  it('lists the contents with clauses under their headings', () => {
    // The wide-screen list (the narrow one, in a disclosure, lists the headings only).
    const contents = all(all(page('/policies/conduct/'), hasClass('contents-sticky'))[0]!, hasClass('contents'))[0]!;
    expect(all(contents, tag('a')).map((link) => `${String(link.properties['href'])} ${text(link)}`)).toEqual([
      '#purpose Purpose',
      '#rules Rules',
      '#a §A Staff post only on accounts the Town owns.',
      '#b §B Staff answer questions politely.',
    ]);
  });

  it('states the version, dates, review and links to the versions', () => {
    const facts = all(page('/policies/conduct/'), hasClass('summary-list'))[0]!;
    expect(all(facts, tag('div')).map(text)).toEqual([
      'Version 1.0 All versions of CP 1 and what changed',
      'Adopted March 1, 2025 by Jane Roe, Town Manager',
      'In effect since March 15, 2025',
      'Responsible Office of the Clerk',
      'Next review On schedule due February 10, 2027 (every 12 months)',
      'Last review February 10, 2026 by Office of the Clerk: no change',
      'Compliance No mandate applies to this policy.',
    ]);
    expect(site.read('/policies/conduct/')).toContain(
      '<a href="/policies/conduct/versions/">All versions of CP 1 and what changed</a>',
    );
  });

  it('links each source note to its clause', () => {
    const sources = byId(page('/policies/conduct/'), 'sources-title')!;
    expect(text(sources)).toBe('About this text');
    expect(site.read('/policies/conduct/')).toContain(
      '<li><a href="#a-b">§A(b)</a>: Clause A(b) is hard to read in the signed copy.</li>',
    );
  });

  it('shows a draft notice and the open comment period with its closing date', () => {
    const tree = page('/policies/records/');
    // No version of CP 2 is in force, so its address shows the draft, under one notice.
    expect(all(tree, hasClass('notice'))).toHaveLength(1);
    expect(text(all(tree, hasClass('notice'))[0]!)).toBe(
      'Draft: no version of CP 2 is in force This is a draft. It is not in force. Comments are accepted until December 15, 2026 (25 days left). Use “Give feedback on this section” under each heading, or see how to give feedback (email policy@example.gov).',
    );
  });

  it('prints the version and its dates', () => {
    const print = all(page('/policies/conduct/'), hasClass('print-only'))[0]!;
    expect(text(print)).toBe(
      'Printed from https://policies.example.gov/policies/conduct/1.0/. This is version 1.0 (in force), adopted March 1, 2025, effective March 15, 2025. Check the web page for a newer version.',
    );
  });
});

describe('the feedback page', () => {
  it('explains both channels, private handling of reports, and not posting personal data', () => {
    const headings = all(page('/feedback/'), tag('h2')).map(text);
    expect(headings).toEqual([
      'Give feedback on a policy',
      'Report a possible violation',
      'Feedback on a policy',
      'Reports of a possible violation are handled privately',
      'Do not post personal data publicly',
      'Tell us what you think',
    ]);
    expect(text(page('/feedback/'))).toContain(
      'Open for comment now CP 2: Records of Posts, version 1.0 (a draft), until December 15, 2026',
    );
  });
});

describe('the message reference', () => {
  it('has an entry for every code in the catalogue, with its severity, title and help', () => {
    const tree = page('/messages/');
    for (const info of catalogue) {
      // Every diagnostic's `url` leads here: the page of messageUrl(), and an element with the id of its fragment.
      const url = new URL(messageUrl(info.code, 'https://policy.example.gov/'));
      expect(url.pathname).toBe('/messages/');
      const heading = byId(tree, decodeURIComponent(url.hash.slice(1)));
      expect(heading, info.code).toBeDefined();
      expect(text(heading!)).toBe(info.code);
    }
    const first = catalogue[0]!;
    expect(text(all(tree, hasClass('message'))[0]!)).toBe(
      `${first.code} ${first.severity} ${first.title} ${first.help}`,
    );
  });
});

describe('scripts', () => {
  // The two compare scripts (the versions form, the compare page) share Vite's small preload helper, so they are
  // files; they are modules, which never block the page, and only they are.
  it('loads script files only on the compare pages, as modules, and has inline script only on the search and policy pages', () => {
    for (const file of site.htmlFiles()) {
      const scripts = all(parse(site.read(file)), tag('script'));
      const compare = /^policies\/[^/]+\/(versions|diff)\/index\.html$/.test(file);
      const files = scripts.filter((script) => script.properties['src']);
      if (compare) for (const script of files) expect(script.properties['type'], file).toBe('module');
      else expect(files, file).toEqual([]);
      const allowed =
        file === 'search/index.html' || /^policies\/[^/]+\/index\.html$/.test(file) || /\/(diff|versions)\//.test(file);
      if (!allowed) expect(scripts, file).toEqual([]);
    }
  });
});
