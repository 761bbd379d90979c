// The versions timeline, each version's page, the redlines, the feeds, the
// versions API and the reviews page, built from a fixture repository with three
// versions: 1.0 (adopted, then superseded), 1.1 (editorial, adopted, in force)
// and 2.0 (a substantive draft that renames "Disciplinary Actions" to
// "Discipline" and adds "Policy Review").
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureSite, type BuiltSite } from './pages-b.helpers.ts';

let site: BuiltSite;

beforeAll(async () => {
  site = await buildFixtureSite('three-versions', '2024-01-15');
});

/** The text of the page's `main`, tags removed and spaces collapsed, for assertions on what a reader sees. */
function mainText(html: string): string {
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  return main
    .replace(/<\/?(?:a|span|strong|em|time|code|ins|del)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

function count(html: string, fragment: string): number {
  return html.split(fragment).length - 1;
}

describe('routes', () => {
  it('publishes each version, the timeline, the redlines and their list at distinct addresses', () => {
    for (const path of [
      'policies/conduct/versions/index.html',
      'policies/conduct/1.0/index.html',
      'policies/conduct/1.1/index.html',
      'policies/conduct/2.0/index.html',
      'policies/conduct/diff/index.html',
      'policies/conduct/diff/1.0..1.1/index.html',
      'policies/conduct/diff/1.0..2.0/index.html',
      'policies/conduct/diff/1.1..2.0/index.html',
      'policies/conduct/feed.xml',
      'feed.xml',
      'reviews/index.html',
      'reviews.ics',
      'api/policies.json',
      'api/policies/conduct/versions.json',
    ]) {
      expect(existsSync(join(site.dist, path)), path).toBe(true);
    }
  });
});

describe('versions timeline', () => {
  it('lists every version newest first with its status in words', () => {
    const html = site.read('/policies/conduct/versions/');
    expect(html).toContain('<h1>Versions of AI 9-9: Staff Conduct Online</h1>');
    expect(count(html, '<h1')).toBe(1);
    const order = [...html.matchAll(/<h2 id="version-([0-9-]+)"/g)].map((match) => match[1]);
    expect(order).toEqual(['2-0', '1-1', '1-0']);
    const text = mainText(html);
    expect(text).toContain('Version 2.0 draft latest Status A draft: not adopted, not in force.');
    expect(text).toContain('Version 1.1 adopted Status Adopted and in force.');
    expect(text).toContain('Version 1.0 superseded Status Adopted, then replaced by a later adopted version.');
  });

  it('shows the dates from the front matter and the change summary', () => {
    const text = mainText(site.read('/policies/conduct/versions/'));
    expect(text).toContain(
      'Adopted February 1, 2023, by Pat Example, Chief Administrative Officer Effective February 15, 2023 What changed Editorial change: Clearer wording in the purpose.',
    );
    expect(text).toContain('Comment period January 1, 2024 to February 1, 2024');
    expect(text).toContain('What changed The first published version.');
  });

  it('keeps the edit log with commit, author, commit date and pull request', () => {
    const html = site.read('/policies/conduct/versions/');
    // Repository events, said as such, behind a disclosure for maintainers; never as the policy's own dates.
    expect(html).toContain(
      '<details class="edit-log for-maintainers"><summary>Details for maintainers: how version 1.1 was recorded in the repository (1 change)</summary>',
    );
    expect(mainText(html)).toContain(
      'Recorded in the repository on January 2, 2024 by Test Author. Change note: Fix a typo in the purpose (#12), commit a382732, pull request #12',
    );
    expect(html).toContain('<a href="https://github.com/example/policy/pull/12">pull request #12</a>');
    expect(mainText(html)).not.toContain('committed');
  });

  it('links each version to its text and its redlines', () => {
    const html = site.read('/policies/conduct/versions/');
    expect(html).toContain('<a href="/policies/conduct/1.0/">Read version 1.0</a>');
    expect(html).toContain('<a href="/policies/conduct/diff/1.0..1.1/">Changes from version 1.0 to 1.1</a>');
    expect(html).toContain(
      '<a href="/policies/conduct/diff/1.0..2.0/">Changes from version 1.0 to the latest version, 2.0</a>',
    );
  });

  it('offers compare-any-two as a form that works without JavaScript', () => {
    const html = site.read('/policies/conduct/versions/');
    expect(html).toMatch(
      /<form class="compare-form" method="get" action="\/policies\/conduct\/versions\/#compare-result" data-compare data-diff-base="\/policies\/conduct\/diff\/" data-pairs="1.0..1.1 1.0..2.0 1.1..2.0">/,
    );
    expect(html).toContain('<option value="1.1" selected>1.1</option>');
    expect(html).toContain('<option value="2.0" selected>2.0</option>');
    expect(html).toContain('<a href="/policies/conduct/diff/">All 3 comparisons between two versions</a>');
    expect(html).toMatch(/<script type="module"[^>]*>/);
  });

  it('loads no script on a version page or a redline', () => {
    expect(site.read('/policies/conduct/1.0/')).not.toContain('<script');
    expect(site.read('/policies/conduct/diff/1.0..2.0/')).not.toContain('<script');
  });
});

describe('version pages', () => {
  it('marks a superseded text as historical and links to the latest and the one in force', () => {
    const html = site.read('/policies/conduct/1.0/');
    expect(html).toContain(
      '<h2 class="notice__title" id="version-banner-title">Historical version: no longer in force</h2>',
    );
    expect(mainText(html)).toContain(
      'This is version 1.0 of AI 9-9. The version in force is version 1.1. The main page of AI 9-9 shows version 1.1.',
    );
    expect(html).toContain('The version in force is <a href="/policies/conduct/1.1/">version 1.1</a>');
    expect(html).toContain('<a href="/policies/conduct/">version 1.1</a>');
    expect(html).toContain('See what changed from version 1.0 to version 2.0');
  });

  it('says when an older version is still in force because the newer one is a draft', () => {
    const text = mainText(site.read('/policies/conduct/1.1/'));
    expect(text).toContain('In force, with a newer draft');
    expect(text).toContain(
      'Version 1.1 is the text shown on the main page of AI 9-9. This page is its permanent address: citations link here, and it will keep showing this text after a newer version is adopted.',
    );
    expect(text).toContain('Version 1.1 is still in force: the newer version 2.0 is a draft and has not been adopted.');
  });

  it('says the latest version is a draft and not in force', () => {
    const text = mainText(site.read('/policies/conduct/2.0/'));
    expect(text).toContain('Draft: not in force');
    expect(text).toContain(
      'This is version 2.0 of AI 9-9. The version in force is version 1.1. The main page of AI 9-9 shows version 1.1.',
    );
  });

  it('shows the text of the version with its section anchors', () => {
    const html = site.read('/policies/conduct/1.0/');
    expect(html).toContain('id="disciplinary-actions"');
    expect(html).toContain('This policy sets out how staff behave on official accounts.');
    expect(site.read('/policies/conduct/2.0/')).toContain('id="discipline"');
  });
});

describe('redline', () => {
  const page = () => site.read('/policies/conduct/diff/1.1..2.0/');

  it('starts with a plain-text summary', () => {
    expect(page()).toContain(
      '<p class="lead" id="redline-summary">1 section changed, 1 added, 1 renamed; 22 words inserted, 2 deleted.</p>',
    );
  });

  it('lists every section with its status in words, linking the changed ones', () => {
    const text = mainText(page());
    expect(text).toContain(
      'Sections Purpose unchanged Behaviour changed 8 words inserted Discipline renamed and changed 4 words inserted, 2 deleted (was “Disciplinary Actions”) Policy Review added 10 words inserted',
    );
    expect(page()).toContain('<span>Purpose</span>');
    expect(page()).toContain('<a href="#change-discipline">Discipline</a>');
  });

  it('marks insertions and deletions inside the rendered text with plain ins and del (the stylesheet adds the start and end words)', () => {
    // The heading as a heading, never as Markdown source.
    expect(page()).toContain(
      '<h3 id="change-discipline-title"><del>Disciplinary Actions</del><ins>Discipline</ins></h3>',
    );
    expect(mainText(page())).not.toContain('##');
    expect(page()).toContain('Violations may lead to <ins>retraining, suspension or</ins> discipline');
  });

  it('never announces a change of spacing alone', () => {
    expect(page()).not.toContain('<ins>\n');
  });

  it('describes a renamed section and links to it in both versions', () => {
    const html = page();
    expect(mainText(html)).toContain('Its heading was “Disciplinary Actions” in version 1.1.');
    expect(html).toContain('<a href="/policies/conduct/1.1/#disciplinary-actions">This section in version 1.1</a>');
    expect(html).toContain('<a href="/policies/conduct/2.0/#discipline">This section in version 2.0</a>');
  });

  it('says so when the two versions differ only in unchanged sections', () => {
    expect(mainText(page())).not.toContain('Some passages are shown as whole replacements');
  });

  it('lists every published pair on the list of redlines', () => {
    const html = site.read('/policies/conduct/diff/');
    expect(html).toContain('<a href="/policies/conduct/diff/1.0..1.1/">Version 1.0 to version 1.1</a>');
    expect(html).toContain('<a href="/policies/conduct/diff/1.0..2.0/">Version 1.0 to version 2.0</a>');
    expect(html).toContain('<a href="/policies/conduct/diff/1.1..2.0/">Version 1.1 to version 2.0</a>');
  });
});

describe('feeds', () => {
  it('has one entry per version, newest first, dated from the front matter', () => {
    const xml = site.read('/policies/conduct/feed.xml');
    const ids = [...xml.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((match) => match[1]);
    expect(ids).toEqual([
      'https://policy.example.gov/policies/conduct/2.0/',
      'https://policy.example.gov/policies/conduct/1.1/',
      'https://policy.example.gov/policies/conduct/1.0/',
    ]);
    const updated = [...xml.matchAll(/<updated>([^<]+)<\/updated>/g)].map((match) => match[1]);
    // The feed, then 2.0 (comment period opens), 1.1 and 1.0 (adoption dates), at midnight in Denver.
    expect(updated).toEqual([
      '2024-01-01T00:00:00-07:00',
      '2024-01-01T00:00:00-07:00',
      '2023-02-01T00:00:00-07:00',
      '2022-03-01T00:00:00-07:00',
    ]);
    expect(xml).toContain('<summary type="text">Editorial change: Clearer wording in the purpose.</summary>');
    expect(xml).toContain(
      '<link href="https://policy.example.gov/policies/conduct/diff/1.0..1.1/" rel="related" type="text/html" title="Changes from version 1.0"/>',
    );
    expect(xml).toContain(
      '<link href="https://policy.example.gov/policies/conduct/feed.xml" rel="self" type="application/atom+xml"/>',
    );
  });

  it('has a site-wide feed of every version', () => {
    const xml = site.read('/feed.xml');
    expect(xml).toContain('<title>Test City Policies: policy versions</title>');
    expect(count(xml, '<entry>')).toBe(3);
  });
});

describe('data', () => {
  it('gives the sha256 of each version text', () => {
    const data = JSON.parse(site.read('/api/policies/conduct/versions.json')) as {
      versions: { version: string; status: string; sha256: string; url: string }[];
    };
    const source = readFileSync(
      resolve(import.meta.dirname, '../fixtures/site-b/three-versions/commits/01-adopt-1.0/policy/conduct.md'),
      'utf8',
    );
    // The body starts after the closing `---` line and the blank line below it.
    const body = source.slice(source.indexOf('\n---\n', 3) + 5).replace(/^\n/, '');
    expect(data.versions.map((version) => [version.version, version.status])).toEqual([
      ['1.0', 'superseded'],
      ['1.1', 'adopted'],
      ['2.0', 'draft'],
    ]);
    expect(data.versions[0]!.sha256).toBe(createHash('sha256').update(body, 'utf8').digest('hex'));
    expect(data.versions[0]!.url).toBe('https://policy.example.gov/policies/conduct/1.0/');
  });

  it('lists the policies', () => {
    const data = JSON.parse(site.read('/api/policies.json')) as {
      generated: string;
      policies: { id: string; version: string; status: string }[];
    };
    expect(data.generated).toBe('2024-01-15');
    expect(data.policies).toMatchObject([{ id: 'conduct', version: '2.0', status: 'draft' }]);
  });
});

describe('reviews', () => {
  it('shows the schedule of the version in force and what the draft will set', () => {
    const text = mainText(site.read('/reviews/'));
    expect(text).toContain(
      'AI 9-9 Staff Conduct Online, version 1.1 no review schedule None: version 1.1 sets no review date. R-1 §1.B asks: “a regular review schedule.” Draft version 2.0 sets a review every 12 months once adopted. Department of Examples Not reviewed since it was adopted',
    );
  });

  it('publishes an iCalendar file', () => {
    const ics = site.read('/reviews.ics');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });
});

describe('section history', () => {
  it('follows a renamed section from its first version', () => {
    const html = site.read('/policies/conduct/sections/discipline/');
    expect(html).toContain('<h1>AI 9-9: history of “Discipline”</h1>');
    const text = mainText(html);
    expect(text).toContain(
      'This section changed in 1 version; versions in which it did not change are left out. It was also called “Disciplinary Actions”.',
    );
    expect(text).toContain('Version 1.0 first version The section as it was in the first version of the policy.');
    expect(text).toContain(
      'Version 2.0 renamed and changed Its heading changed from “Disciplinary Actions” to “Discipline” in version 2.0. Compared with version 1.1: 4 words inserted, 2 deleted.',
    );
    expect(html).toContain('<a href="/policies/conduct/diff/1.1..2.0/">All changes from version 1.1 to 2.0</a>');
    expect(html).toContain('<a href="/policies/conduct/2.0/#discipline">Read the section in the latest version</a>');
  });

  it('lists every section with how often it changed', () => {
    const text = mainText(site.read('/policies/conduct/sections/'));
    expect(text).toContain(
      'Sections of the latest version Purpose (changed in 1 version) Behaviour (changed in 1 version) Discipline (changed in 1 version) Policy Review (changed in 1 version)',
    );
  });

  it('links each change in a redline to the history of its section', () => {
    expect(site.read('/policies/conduct/diff/1.1..2.0/')).toContain(
      '<a href="/policies/conduct/sections/discipline/">Every change to this section</a>',
    );
  });
});
