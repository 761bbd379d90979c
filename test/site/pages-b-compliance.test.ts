// The compliance pages on the three-version fixture, bound by a small mandate
// R-1 (enacted 2023-06-01, after 1.0 and 1.1 were adopted): 1.0 and 1.1 have
// gaps (grandfathered), the 2.0 draft meets every requirement.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureSite, type BuiltSite } from './pages-b.helpers.ts';

let site: BuiltSite;

beforeAll(async () => {
  site = await buildFixtureSite('three-versions', '2024-01-15');
});

/** What a reader sees in `main`: inline tags dropped, block tags as spaces, spaces collapsed. */
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

describe('policy crosswalk', () => {
  const page = () => site.read('/policies/conduct/compliance/');

  it('shows the latest version element by element, with status in words, reasons and the quoted sentences', () => {
    const text = mainText(page());
    expect(text).toContain(
      'Version 2.0, the latest: 2 of 2 policy elements met Version 2.0 meets every policy element of R-1.',
    );
    expect(text).toContain(
      '§1.A Disciplinary Actions ✓ met Discipline §1.A Disciplinary Actions: met by “Discipline”: each of its concepts is in a rule for staff, quoted as evidence. Quoted from the policy: retraining: Violations may lead to retraining, suspension or discipline up to and including termination. (line 34, Discipline; credited words: “retraining”)',
    );
    expect(page()).toContain(
      '<q>Violations may lead to retraining, suspension or discipline up to and including termination.</q> <span class="muted small">(<a href="/policies/conduct/2.0/#discipline">line 34, Discipline</a>; credited words: “retraining”)</span>',
    );
  });

  it('counts the policy elements apart from the website requirements, which it points to', () => {
    expect(mainText(page())).toContain(
      "The website requirements of R-1 (§1.C Feedback mechanism) belong to the site, not to this policy's text: how the site meets them.",
    );
    expect(page()).toContain('<a href="/mandates/m-1/#site-requirements">how the site meets them</a>');
    expect(page()).toContain('<a href="/guides/how-compliance-is-read/">how the compliance checks read a policy</a>');
  });

  it('shows the version in force with its gaps, and says they do not fail the check', () => {
    const text = mainText(page());
    expect(text).toContain(
      'Version 1.1, in force: 0 of 2 policy elements met Version 1.1: 0 met, 1 partial, 1 missing. It was adopted before R-1 was enacted, so its gaps are shown but do not fail the check.',
    );
    expect(text).toContain(
      '§1.A Disciplinary Actions ◐ partial Disciplinary Actions §1.A Disciplinary Actions: mapped to “Disciplinary Actions”, which does not mention retraining or suspension. Quoted from the policy: termination: Violations may lead to discipline up to and including termination. (line 32, Disciplinary Actions; credited words: “termination”) Still missing, and what a sentence meeting it would say: retraining: A rule for City staff or accounts that speaks of retraining.',
    );
    expect(text).toContain('§1.B Policy Review ✗ missing None');
  });

  it('links the sections that meet a requirement in the version they belong to', () => {
    expect(page()).toContain('<a href="/policies/conduct/2.0/#discipline">Discipline</a>');
    expect(page()).toContain('<a href="/policies/conduct/1.1/#disciplinary-actions">Disciplinary Actions</a>');
  });

  it('shows how each requirement changed over the versions', () => {
    expect(mainText(page())).toContain(
      'Requirement Version 1.0 adopted before the mandate Version 1.1 adopted before the mandate Version 2.0 draft §1.A Disciplinary Actions ◐ partial ◐ partial ✓ met §1.B Policy Review ✗ missing ✗ missing ✓ met Deadlines',
    );
  });

  it('never relies on colour: every status has a symbol and a word', () => {
    const html = page();
    expect(html).toContain('<span aria-hidden="true">◐</span> <strong class="tag tag--warning">partial</strong>');
    expect(html).toContain('<span aria-hidden="true">✗</span> <strong class="tag tag--bad">missing</strong>');
  });

  it('labels each cell for the stacked layout on narrow screens', () => {
    expect(page()).toContain('<td data-label="Why">');
  });
});

describe('mandate page', () => {
  const page = () => site.read('/mandates/m-1/');

  it('quotes each clause and links to it in the full text', () => {
    const html = page();
    expect(html).toContain('<h3 id="discipline">§1.A Disciplinary Actions</h3>');
    expect(html).toContain('<p>Disciplinary Actions: retraining, suspension and termination.</p>');
    expect(html).toContain('<a href="/mandates/m-1/text/#a">Read §1.A in the text of R-1</a>');
  });

  it('gives each bound policy status per clause and its history', () => {
    const text = mainText(page());
    expect(text).toContain(
      'AI 9-9 version 2.0 draft, latest ✓ met Discipline §1.A Disciplinary Actions: met by “Discipline”: each of its concepts is in a rule for staff, quoted as evidence. Quoted from the policy: retraining: Violations may lead to retraining, suspension or discipline up to and including termination. (line 34, Discipline; credited words: “retraining”)',
    );
    expect(text).toContain('Status over the versions of AI 9-9: 1.0 missing, 1.1 missing, 2.0 met.');
    expect(text).toContain(
      'Website requirements: what the public site must offer §1.C Feedback mechanism The page shall offer a way to give feedback. Read §1.C in the text of R-1 For the whole site, not for any one policy: ✓ met The site settings give a feedback channel: "Email feedback" (mailto:feedback@example.gov). See How to give feedback.',
    );
  });

  it('says how the delivery deadline stands', () => {
    expect(mainText(page())).toContain(
      'Deadlines §2 Compliant policy delivered within 30 days of approval overdue Due May 31, 2023. R-1 §2: no version that meets every policy element has been adopted. It was due on 2023-05-31, 229 days ago as of 2024-01-15. A compliant draft, AI 9-9 version 2.0, exists but has not been adopted.',
    );
  });

  it('points site-level clauses at the page that meets them', () => {
    expect(page()).toContain('<a href="/feedback/">How to give feedback</a>');
  });

  it('publishes the full text with clause anchors', () => {
    const html = site.read('/mandates/m-1/text/');
    expect(html).toContain('id="a"');
    expect(html).toContain('id="section-2"');
  });

  it('lists the mandates', () => {
    expect(site.read('/mandates/')).toContain('<a href="/mandates/m-1/">R-1</a>');
  });
});

describe('redline requirements', () => {
  it('lists the requirements a change touches with compliance before and after', () => {
    const text = mainText(site.read('/policies/conduct/diff/1.1..2.0/'));
    expect(text).toContain(
      'Mandate requirements R-1 Version 1.1: 0 of 2 policy elements met. Version 2.0: 2 of 2 policy elements met. R-1 clause by clause',
    );
    expect(text).toContain('§1.A Disciplinary Actions ◐ partial ✓ met “Disciplinary Actions”, “Discipline”');
    expect(text).toContain('§1.B Policy Review ✗ missing ✓ met “Policy Review”');
  });
});

describe('compliance data', () => {
  it('has every version of every policy', () => {
    const data = JSON.parse(site.read('/api/compliance.json')) as {
      mandates: { id: string; deadlines: { state: string }[] }[];
      policies: { id: string; versions: { version: string; reports: { compliant: boolean }[] }[] }[];
    };
    expect(data.mandates.map((mandate) => [mandate.id, mandate.deadlines[0]?.state])).toEqual([['m-1', 'overdue']]);
    expect(data.policies[0]!.versions.map((version) => [version.version, version.reports[0]?.compliant])).toEqual([
      ['1.0', false],
      ['1.1', false],
      ['2.0', true],
    ]);
  });
});
