// The built pages of a real history (GitHub's Acceptable Use Policies, 37
// revisions, CC0): the pinned cases of test/fixtures/history/site-policy-aup
// hold on the redlines and the section histories as published.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtSite, type BuiltSite } from './built-site.ts';

let site: BuiltSite;
beforeAll(async () => {
  site = await builtSite('aup');
});

/** The main text of a page, tags dropped and spacing collapsed. */
function mainText(html: string): string {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return main
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

describe('the AUP history as published', () => {
  it('publishes a redline of each consecutive pair and of each version against the newest', () => {
    const redlines = site.htmlFiles().filter((file) => /^policies\/github-aup\/diff\/[^/]+\/index\.html$/.test(file));
    expect(redlines).toHaveLength(36 + 35);
  });

  it('shows the comment-only revision as no change, without the comment', () => {
    const html = site.read('/policies/github-aup/diff/1.35..1.36/');
    expect(mainText(html)).toContain('No changes to the text as published (only spacing or markup changed).');
    expect(html).not.toContain('localization');
    expect(mainText(html)).toContain('The two versions have the same text.');
    expect(html).not.toContain('class="diff-section"');
  });

  it('shows the Spam section as moved and renumbered, its heading as a heading', () => {
    const html = site.read('/policies/github-aup/diff/1.14..1.15/');
    expect(mainText(html)).toContain(
      'Moved: “4. Spam and Inauthentic Activity on GitHub” (was after “8. Advertising on GitHub”, now after “3. Conduct Restrictions”).',
    );
    expect(html).toContain(
      '<h3 id="change-4-spam-and-inauthentic-activity-on-github-title"><del>9</del><ins>4</ins>. Spam and Inauthentic Activity on GitHub</h3>',
    );
    expect(mainText(html)).not.toContain('###');
  });

  it('shows "User Protection" renumbered and grown as one changed section, not removed plus added', () => {
    const text = mainText(site.read('/policies/github-aup/diff/1.18..1.19/'));
    expect(text).toContain('Removed from version 1.18: “3. Conduct Restrictions”');
    expect(text).not.toMatch(/Removed from version 1\.18:[^.]*User Protection/);
    expect(text).not.toMatch(/New in version 1\.19:[^.]*User Protection/);
    expect(text).toContain('“11. User Protection” (was “10. User Protection”)');
  });

  it('lists section histories in document order, the removed one apart, every link to a built page', () => {
    const html = site.read('/policies/github-aup/sections/');
    const links = [...html.matchAll(/<a href="(\/policies\/github-aup\/sections\/[^"]+)">([^<]+)<\/a>/g)];
    expect(links.map((match) => match[2])).toEqual([
      'Opening text',
      '1. Compliance with Laws and Regulations',
      '2. User Safety',
      '3. Intellectual Property, Authenticity, and Private Information',
      '4. Spam and Inauthentic Activity on GitHub',
      '5. Site Access and Safety',
      '6. Services Usage Limits',
      '7. Information Usage Restrictions',
      '8. Privacy',
      '9. Excessive Bandwidth Use',
      '10. Advertising on GitHub',
      '11. User Protection',
      '3. Conduct Restrictions',
    ]);
    for (const [, path] of links) expect(existsSync(join(site.dist, path!, 'index.html')), path).toBe(true);
    expect(mainText(html)).toContain('3. Conduct Restrictions (removed in version 1.19)');
  });

  it('shows a change with its changed paragraph and the unchanged ones folded into one line, the whole section a link away', () => {
    const html = site.read('/policies/github-aup/sections/7-information-usage-restrictions/');
    expect(html).toContain(
      '<p class="section-change__heading">5. Scraping and API Usage Restrictions</p><div class="redline-text">' +
        '<p>Scraping refers to extracting data from our Service via an automated process, such as a bot or webcrawler. ' +
        'It does not refer to the collection of information through our API. Please see Section H of our ' +
        '<a href="https://help.github.com/en/articles/github-terms-of-service#h-api-terms">Terms of Service</a> ' +
        '<del>and <a href="https://help.github.com/en/articles/github-corporate-terms-of-service#h-api-terms">Corporate Terms of Service</a></del> ' +
        'for our API Terms. You may scrape the website for the following reasons:</p>' +
        '<p class="redline-unchanged">[1 list and 2 paragraphs unchanged]</p></div>' +
        '<p class="section-tools"><a href="/policies/github-aup/1.7/#5-scraping-and-api-usage-restrictions">The section in version 1.7</a>',
    );
  });

  it('follows "Excessive Bandwidth Use" through its renumbering on one page', () => {
    const text = mainText(site.read('/policies/github-aup/sections/9-excessive-bandwidth-use/'));
    expect(text).toContain('It was also called “7. Excessive Bandwidth Use” and “8. Excessive Bandwidth Use”.');
    expect(existsSync(join(site.dist, 'policies/github-aup/sections/8-excessive-bandwidth-use'))).toBe(false);
  });
});
