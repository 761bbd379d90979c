// The rendered redline on small cases: what a reader sees, and the changes
// that are not changes of words, named in words.
import { describe, expect, it } from 'vitest';
import { diffVersions, type DiffModel } from '../../../src/core/diff/index.ts';
import { citationRange } from '../../../src/core/diff/citations.ts';
import { headingNumber, headingWords } from '../../../src/core/diff/similarity.ts';
import { versionOf } from './load-pair.ts';
import { redlineChanges, toMarkup } from '../../../src/components/diff/redline-html.ts';

const policy = (version: string, body: string) =>
  `---\nid: sample\ntitle: Sample\nnumber: AI 1-1\nkind: administrative-instruction\nowner: City\nversion: "${version}"\nstatus: draft\n---\n\n${body}\n`;

function diff(before: string, after: string): DiffModel {
  return diffVersions(versionOf(policy('1.0', before), '1.0'), versionOf(policy('1.1', after), '1.1'));
}

describe('the rendered redline', () => {
  it('neither shows nor counts an MDX comment', () => {
    const model = diff('## Rules\n\nStaff are polite.', '## Rules\n\n{/* reviewed in March */}\n\nStaff are polite.');
    expect(model.totals).toMatchObject({ wordsInserted: 0, wordsDeleted: 0, changed: 0 });
    expect(model.sections.map((section) => section.html).join('')).not.toContain('reviewed');
    expect(model.summary).toBe('No changes to the text as published (only spacing or markup changed).');
  });

  it('names formatting that leaves the words alone', () => {
    const model = diff(
      '## Rules\n\nStaff are polite. See [the guide](/old).\n\n### Notes\n\nNone.',
      '## Rules\n\nStaff are **polite**. See [the guide](/new).\n\n## Notes\n\nNone.',
    );
    const rules = model.sections.find((section) => section.newTitle === 'Rules')!;
    expect(rules.formatChanges).toEqual(['made bold', 'link address changed to /new']);
    expect(rules.html).toBe('<p>Staff are <strong>polite</strong>. See <a href="/new">the guide</a>.</p>');
    expect(model.sections.find((section) => section.newTitle === 'Notes')!.formatChanges).toEqual([
      'heading level changed',
    ]);
    expect(model.summary).toBe('2 sections changed; no words inserted or deleted (formatting only).');
  });

  it('keeps a deleted list after a changed paragraph in a list of its own, never inside the paragraph', () => {
    // Found on GitHub's Terms of Service (1.7 → 1.43, "3. Access"): the new text has one paragraph more before it,
    // so the new paragraph and the old list had the same element number.
    const model = diff(
      '## Access\n\nStaff may open a private page in these cases:\n- With the owner’s consent.\n- For security.',
      '## Access\n\nThis section was reworded.\n\nStaff may open a private page in the cases the privacy statement names.',
    );
    expect(model.sections[0]!.html).toBe(
      '<p><ins>This section was reworded.</ins></p>' +
        '<p>Staff may open a private page in <del>these</del><ins>the</ins> cases<del>:</del> <ins>the privacy statement names.</ins></p>' +
        '<ul><li><del>With the owner’s consent.</del></li><li><del>For security.</del></li></ul>',
    );
  });

  it('tells apart two headings of one version that share an anchor, and shows each with its own text', () => {
    // A real history can hold such a version (GitHub's Terms of Service had "1. GitHub Pages" twice): the check
    // refuses it, and the second heading is numbered (`1-pages-2`) so that its text is not shown under the first.
    const model = diff(
      '## Terms\n\n### 1. Pages\n\nOne.\n\n## Lab\n\nTwo.',
      '## Terms\n\n### 1. Pages\n\nOne.\n\n## Lab\n\n### 1. Pages\n\nThree.',
    );
    expect(
      model.sections.map((section) => [section.status, section.oldAnchor, section.newAnchor, section.html]),
    ).toEqual([
      ['unchanged', 'terms', 'terms', ''],
      ['unchanged', '1-pages', '1-pages', '<p>One.</p>'],
      ['changed', 'lab', 'lab', '<p><del>Two.</del></p>'],
      ['added', null, '1-pages-2', '<p><ins>Three.</ins></p>'],
    ]);
    // Each change is a region named by its heading: when both are shown, they get names of their own (axe:
    // landmark-unique), which the sections' numbers in the hidden words give.
    const both = diff(
      '## Terms\n\n### 1. Pages\n\nOne.\n\n## Lab\n\nTwo.',
      '## Terms\n\n### 1. Pages\n\nOne more.\n\n## Lab\n\nTwo.\n\n### 1. Pages\n\nThree.',
    );
    const page = toMarkup(
      redlineChanges({
        policy: 'sample',
        diff: both,
        from: { version: '1.0', status: 'superseded' },
        to: { version: '1.1', status: 'draft' },
        historySlug: () => undefined,
      }),
    );
    expect([...page.matchAll(/<h3 id="[^"]+">(.*?)<\/h3>/g)].map((match) => match[1])).toEqual([
      '1. Pages<span class="visually-hidden"> (section 1 of 2 with this heading)</span>',
      '<ins>1. Pages</ins><span class="visually-hidden"> (section 2 of 2 with this heading)</span>',
    ]);
  });

  it('says when a numbered list is renumbered', () => {
    const model = diff('## Steps\n\n1. Ask.\n2. Wait.', '## Steps\n\n3. Ask.\n4. Wait.');
    expect(model.sections[0]!.formatChanges).toEqual(['list renumbered']);
  });

  it('marks words inside the rendered elements, with announced start and end', () => {
    const model = diff('## Rules\n\n- A. Staff are polite.', '## Rules\n\n- A. Staff are always polite.');
    expect(model.sections[0]!.html).toBe(
      '<ul class="clauses"><li class="clause">A. Staff are <ins>always</ins> polite.</li></ul>',
    );
  });

  it('matches a renumbered heading by its words, not as removed plus added', () => {
    const model = diff(
      '## 7. Bandwidth\n\nDo not use too much bandwidth.\n\n## 8. Protection\n\nWe protect users.',
      '## 8. Bandwidth\n\nDo not use too much bandwidth.\n\n## 9. Protection\n\nWe protect users and their data.',
    );
    expect(model.sections.map((section) => [section.status, section.renumbered, section.renamed])).toEqual([
      ['changed', true, false],
      ['changed', true, false],
    ]);
  });
});

describe('headings and citations in words', () => {
  it('leaves out a heading’s leading number, but not a word that looks like one', () => {
    expect(headingWords('7. Excessive Bandwidth Use')).toBe('excessive bandwidth use');
    expect(headingWords('4.Services Usage Limits')).toBe('services usage limits');
    expect(headingWords('A Policy for Everyone')).toBe('a policy for everyone');
    expect(headingNumber('10. User Protection')).toBe('10');
    expect(headingNumber('K. Comments')).toBe('K');
    expect(headingNumber('Purpose')).toBeUndefined();
  });

  it('writes runs of clauses as ranges', () => {
    expect(citationRange(['§K', '§K(a)', '§K(b)', '§K(c)'])).toBe('K and K(a)–(c)');
    expect(citationRange(['§K(b)', '§K(d)'])).toBe('K(b) and K(d)');
    expect(citationRange(['§H'])).toBe('H');
  });
});
