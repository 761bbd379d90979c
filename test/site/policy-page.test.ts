// The pure helpers behind the policy page's citations and feedback links.
import { describe, expect, it } from 'vitest';
import {
  citationOf,
  decoratePolicyHtml,
  feedbackHref,
  fullCitationOf,
  wrapTables,
} from '../../src/core/publish/policy-page.ts';
import type { Section } from '../../src/core/document/sections.ts';

const context = {
  frontMatter: { number: 'AI 1-19', title: 'Social Media Policy', version: '1.0' },
  pageUrl: 'https://example.gov/policies/ai-1-19/',
};
const position = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
const heading: Section = {
  anchor: 'purpose',
  kind: 'heading',
  title: 'Purpose',
  labels: [],
  citation: 'Purpose',
  depth: 2,
  position,
  text: 'Why.',
  children: [],
};
const clause: Section = {
  ...heading,
  anchor: 'k-c',
  kind: 'clause',
  title: 'Staff…',
  labels: ['K', 'c'],
  citation: '§K(c)',
  depth: 3,
};

describe('citations', () => {
  it('cite a heading by its title and a clause by its labels, with the version', () => {
    expect(citationOf(context, heading)).toBe('AI 1-19, Purpose (version 1.0)');
    expect(citationOf(context, clause)).toBe('AI 1-19 §K(c) (version 1.0)');
    expect(citationOf(context)).toBe('AI 1-19 (version 1.0)');
  });

  it('add the permalink to the citation line', () => {
    expect(fullCitationOf(context, clause)).toBe(
      'AI 1-19 §K(c) (version 1.0), https://example.gov/policies/ai-1-19/#k-c',
    );
    expect(fullCitationOf({ frontMatter: context.frontMatter }, clause)).toBe('AI 1-19 §K(c) (version 1.0)');
  });
});

describe('feedback links', () => {
  it('prefill an email with the policy, version and section', () => {
    const link = feedbackHref({ url: 'mailto:team@example.gov', label: 'Email us' }, context, clause);
    const url = new URL(link);
    expect(url.pathname).toBe('team@example.gov');
    expect(url.searchParams.get('subject')).toBe('Feedback on AI 1-19 (version 1.0): §K(c)');
    expect(url.searchParams.get('body')).toBe(
      'Policy: AI 1-19 Social Media Policy\nVersion: 1.0\nSection: §K(c)\nLink: https://example.gov/policies/ai-1-19/#k-c\n\nMy feedback:\n',
    );
  });

  it('go to the one address only (no `cc`, no second subject), and link a web form as it is', () => {
    const link = feedbackHref(
      { url: 'mailto:team@example.gov?cc=a@evil.example&bcc=b@evil.example&subject=x', label: 'Email' },
      context,
    );
    expect(link).toMatch(
      /^mailto:team@example\.gov\?subject=Feedback%20on%20AI%201-19%20\(version%201\.0\)%3A%20the%20whole%20policy&body=/,
    );
    const url = new URL(link);
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(feedbackHref({ url: 'https://example.gov/form', label: 'Form' }, context, clause)).toBe(
      'https://example.gov/form',
    );
  });
});

describe('decoratePolicyHtml', () => {
  it('leaves elements that are not sections alone', () => {
    const html = '<h2 id="other">Other</h2><p id="x">Text</p>';
    expect(decoratePolicyHtml(html, [heading], context)).toBe(html);
  });

  it('adds one line of tools: a permanent link, the citation in a disclosure, feedback only when asked, contents', () => {
    expect(decoratePolicyHtml('<h2 id="purpose">Purpose</h2>', [heading], context)).toBe(
      '<h2 id="purpose">Purpose</h2><div class="reading-tools" data-pagefind-ignore="all">' +
        '<a href="#purpose"><span aria-hidden="true">§ </span>Permanent link<span class="visually-hidden"> to Purpose, version 1.0</span></a>' +
        '<details class="cite-as"><summary>Cite this section<span class="visually-hidden">: Purpose</span></summary>' +
        '<span class="citation citation--copy" id="cite-purpose">AI 1-19, Purpose (version 1.0), https://example.gov/policies/ai-1-19/#purpose</span></details></div>',
    );
    expect(
      decoratePolicyHtml('<h2 id="purpose">Purpose</h2>', [heading], {
        ...context,
        versionLink: '1.0/',
        contentsId: 'contents',
      }),
    ).toBe(
      '<h2 id="purpose">Purpose</h2><div class="reading-tools" data-pagefind-ignore="all">' +
        '<a href="1.0/#purpose"><span aria-hidden="true">§ </span>Permanent link<span class="visually-hidden"> to Purpose, version 1.0</span></a>' +
        '<details class="cite-as"><summary>Cite this section<span class="visually-hidden">: Purpose</span></summary>' +
        '<span class="citation citation--copy" id="cite-purpose">AI 1-19, Purpose (version 1.0), https://example.gov/policies/ai-1-19/#purpose</span></details>' +
        '<a href="#contents">Back to contents</a></div>',
    );
  });
});

describe('wrapTables', () => {
  it('wraps each table in a focusable region named after the heading it follows', () => {
    expect(wrapTables('<h3>Actions</h3><table><tr><td>Passed</td></tr></table><p>x</p><table></table>')).toBe(
      '<h3>Actions</h3><div class="table-wrap" tabindex="0" role="region" aria-label="Actions"><table><tbody><tr><td>Passed</td></tr></tbody></table></div><p>x</p>' +
        '<div class="table-wrap" tabindex="0" role="region" aria-label="Actions"><table></table></div>',
    );
  });
});
