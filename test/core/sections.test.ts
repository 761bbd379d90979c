import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/core/diagnostics/diagnostic.ts';
import { parseMarkdown } from '../../src/core/document/parse.ts';
import { buildSections, clauseLabel, flattenSections, slugOf, type Section } from '../../src/core/document/sections.ts';
import { located } from '../helpers/fixtures.ts';

function sectionsOf(body: string) {
  const sink = new DiagnosticSink('policy/test.mdx');
  const tree = parseMarkdown(body, 'mdx', sink)!;
  const sections = buildSections(tree, sink);
  return { sections, all: flattenSections(sections), diagnostics: sink.toDiagnostics() };
}

const anchors = (sections: readonly Section[]) => flattenSections(sections).map((section) => section.anchor);

describe('slugOf', () => {
  it('makes GitHub slugs of heading text', () => {
    expect(slugOf('Rules and Responsibilities')).toBe('rules-and-responsibilities');
    expect(slugOf('Boards & Commissions (2024)')).toBe('boards--commissions-2024');
    expect(slugOf('Ñandú: ¿Qué?')).toBe('ñandú-qué');
  });

  it('does not remember earlier slugs between calls', () => {
    expect(slugOf('Scope')).toBe('scope');
    expect(slugOf('Scope')).toBe('scope');
  });
});

describe('clauseLabel', () => {
  it.each([
    ['A. The City…', 'A'],
    ['c. Profane language', 'c'],
    ['ii. Blog bio', 'ii'],
    ['I. City officials', 'I'],
    ['12. Twelfth', '12'],
    ['(a) First', 'a'],
    ['(iv) Fourth', 'iv'],
    ['(3) Third', '3'],
    ['  b. indented', 'b'],
  ])('reads the label of %j as %j', (text, label) => {
    expect(clauseLabel(text)).toBe(label);
  });

  it.each(['Blog: a diary', 'e.g. an example', 'A.B. Smith said', 'Aa. two letters', 'A.', '(a)no space', ''])(
    'finds no label in %j',
    (text) => {
      expect(clauseLabel(text)).toBeUndefined();
    },
  );
});

describe('buildSections: headings', () => {
  const body = [
    '## Scope', // 1
    '',
    'Intro text.', // 3
    '',
    '### Who', // 5
    '',
    'Everyone.', // 7
    '',
    '### What', // 9
    '',
    '## Approval', // 11
    '',
  ].join('\n');

  it('nests headings by depth, with slug anchors', () => {
    const { sections, diagnostics } = sectionsOf(body);
    expect(diagnostics).toEqual([]);
    expect(sections.map((s) => s.anchor)).toEqual(['scope', 'approval']);
    expect(sections[0]!.children.map((s) => s.anchor)).toEqual(['who', 'what']);
    expect(sections[0]!.children.map((s) => s.depth)).toEqual([3, 3]);
    expect(sections[0]).toMatchObject({ kind: 'heading', title: 'Scope', citation: 'Scope', labels: [], depth: 2 });
  });

  it("gives a section's text including its sub-sections, without its own heading", () => {
    const { all } = sectionsOf(body);
    const scope = all.find((s) => s.anchor === 'scope')!;
    expect(scope.text).toBe('Intro text.\n\nWho\n\nEveryone.\n\nWhat');
    expect(all.find((s) => s.anchor === 'who')!.text).toBe('Everyone.');
  });

  it('gives a heading without a body an empty text', () => {
    const { all } = sectionsOf(body);
    expect(all.find((s) => s.anchor === 'what')!.text).toBe('');
    expect(all.find((s) => s.anchor === 'approval')!.text).toBe('');
  });

  it('runs a section from its heading to the next heading of the same or a higher level', () => {
    const { all } = sectionsOf(body);
    const place = (anchor: string) => {
      const { start, end } = all.find((s) => s.anchor === anchor)!.position;
      return `${start.line}:${start.column}-${end.line}:${end.column}`;
    };
    expect(place('scope')).toBe('1:1-11:1');
    expect(place('who')).toBe('5:1-9:1');
    expect(place('what')).toBe('9:1-11:1');
  });

  it('leaves comments and the front matter out of section text', () => {
    const { all } = sectionsOf('## Scope\n\n{/* editor note */}\n\nText.\n');
    expect(all[0]!.text).toBe('Text.');
  });
});

describe('buildSections: clauses', () => {
  const rules = [
    '## Rules',
    '',
    '- A. The first rule.',
    '- K. Prohibited content:',
    '  - a. Off-topic posts;',
    '  - i. Incorrect information;',
    '- T. Personal accounts:',
    '  - b. Examples include:',
    '    - i. *Twitter bio:* Tweets are my own.',
    '    - ii. *Blog bio:* My opinion.',
    '- U. Further rules:',
    '  - d. Logos:',
    '    - I. City officials will only use logos.',
    '',
  ].join('\n');

  it('chains labels into anchors: k-i, t-b-ii, u-d-i', () => {
    const { sections, diagnostics } = sectionsOf(rules);
    expect(diagnostics).toEqual([]);
    expect(anchors(sections)).toEqual([
      'rules',
      'a',
      'k',
      'k-a',
      'k-i',
      't',
      't-b',
      't-b-i',
      't-b-ii',
      'u',
      'u-d',
      'u-d-i',
    ]);
  });

  it('keeps labels as written and cites them as §T(b)(ii)', () => {
    const { all } = sectionsOf(rules);
    const clause = (anchor: string) => all.find((s) => s.anchor === anchor)!;
    expect(clause('t-b-ii')).toMatchObject({
      kind: 'clause',
      labels: ['T', 'b', 'ii'],
      citation: '§T(b)(ii)',
      title: 'Blog bio: My opinion.',
      depth: 5,
    });
    expect(clause('u-d-i').labels).toEqual(['U', 'd', 'I']);
    expect(clause('u-d-i').citation).toBe('§U(d)(I)');
    expect(clause('k').citation).toBe('§K');
  });

  it('puts clauses under their heading and sub-clauses under their clause', () => {
    const { sections } = sectionsOf(rules);
    const rulesSection = sections[0]!;
    expect(rulesSection.children.map((s) => s.anchor)).toEqual(['a', 'k', 't', 'u']);
    expect(rulesSection.children[2]!.children[0]!.children.map((s) => s.anchor)).toEqual(['t-b-i', 't-b-ii']);
  });

  it('gives a clause its own text with its sub-clauses, and the heading all of it', () => {
    const { all } = sectionsOf(rules);
    expect(all.find((s) => s.anchor === 'u')!.text).toBe(
      'U. Further rules:\nd. Logos:\nI. City officials will only use logos.',
    );
    expect(all.find((s) => s.anchor === 'rules')!.text).toContain('K. Prohibited content:\na. Off-topic posts;');
  });

  it('numbers the items of an ordered list, from its start number', () => {
    const { all, diagnostics } = sectionsOf('## Steps\n\n3. Third.\n4. Fourth.\n   - (a) Detail.\n   - (b) More.\n');
    expect(diagnostics).toEqual([]);
    expect(all.map((s) => [s.anchor, s.citation])).toEqual([
      ['steps', 'Steps'],
      ['3', '§3'],
      ['4', '§4'],
      ['4-a', '§4(a)'],
      ['4-b', '§4(b)'],
    ]);
  });

  it('makes no clause of an unlabelled item, but finds labelled lists inside it', () => {
    const { all } = sectionsOf('## Glossary\n\n- **Blog:** a diary.\n- **Page:** a page.\n  - A. Labelled.\n');
    expect(all.map((s) => s.anchor)).toEqual(['glossary', 'a']);
  });

  it('finds clauses inside a block quote, and before the first heading', () => {
    const { sections } = sectionsOf('- A. Before any heading.\n\n## Quoted\n\n> - B. Quoted clause.\n');
    expect(anchors(sections)).toEqual(['a', 'quoted', 'b']);
  });
});

describe('buildSections: problems', () => {
  it('reports two headings with the same text, at the second', () => {
    const { diagnostics } = sectionsOf('## Scope\n\nA.\n\n## Scope\n\nB.\n');
    expect(diagnostics.map(located)).toEqual([{ code: 'sections/duplicate-anchor', line: 5, column: 1 }]);
    expect(diagnostics[0]!.message).toBe(
      'Duplicate anchor `#scope`: the heading “Scope” has the same web address as the heading “Scope”.',
    );
    expect(diagnostics[0]!.related).toEqual([
      { file: 'policy/test.mdx', line: 1, column: 1, message: 'first defined' },
    ]);
  });

  it('reports two clauses with the same label, at the second', () => {
    const { diagnostics, all } = sectionsOf('## Rules\n\n- A. One.\n\nText.\n\n- A. Again.\n');
    expect(diagnostics.map(located)).toEqual([{ code: 'sections/duplicate-anchor', line: 7, column: 1 }]);
    expect(diagnostics[0]!.message).toBe('Duplicate anchor `#a`: clause §A has the same web address as clause §A.');
    expect(diagnostics[0]!.related).toEqual([
      { file: 'policy/test.mdx', line: 3, column: 1, message: 'first defined' },
    ]);
    // The second clause is still in the tree, so its text is not lost, under an anchor of its own, so that a
    // redline or a section history comparing this text with another tells the two clauses apart.
    expect(all.filter((s) => s.citation === '§A').map((s) => s.anchor)).toEqual(['a', 'a-2']);
  });

  it('reports an empty heading and leaves it out', () => {
    const { diagnostics, all } = sectionsOf('## Scope\n\n##\n\nText.\n');
    expect(diagnostics.map(located)).toEqual([{ code: 'sections/empty-heading', line: 3, column: 1 }]);
    expect(all.map((s) => s.anchor)).toEqual(['scope']);
  });

  it('warns about a top-level heading but keeps it as a section', () => {
    const { diagnostics, all } = sectionsOf('# Title\n\n## Scope\n');
    expect(diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([['sections/title-heading', 'warning', 1]]);
    expect(anchors(all.slice(0, 1))).toEqual(['title', 'scope']);
  });
});

describe('buildSections: lists that restart', () => {
  it('scopes a numbered list that restarts under another heading to that heading, and cites it by the heading', () => {
    const { all, diagnostics } = sectionsOf(
      [
        '## Eligibility',
        '',
        '1. Residents.',
        '2. Visitors.',
        '',
        '## Process',
        '',
        '1. Apply.',
        '   - a. Online.',
        '2. Wait.',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(all.map((section) => `${section.anchor} ${section.citation}`)).toEqual([
      'eligibility Eligibility',
      'eligibility-1 Eligibility §1',
      'eligibility-2 Eligibility §2',
      'process Process',
      'process-1 Process §1',
      'process-1-a Process §1(a)',
      'process-2 Process §2',
    ]);
  });

  it('scopes a list by the section number of the paragraph that introduces it', () => {
    const { all, diagnostics } = sectionsOf(
      [
        '## Terms',
        '',
        '**3.3** Developers will not:',
        '',
        '- (i) copy;',
        '- (ii) resell.',
        '',
        '3.4 Developers will:',
        '',
        '- (i) test.',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(
      all.filter((section) => section.kind === 'clause').map((section) => `${section.anchor} ${section.citation}`),
    ).toEqual(['3-3-i §3.3(i)', '3-3-ii §3.3(ii)', '3-4-i §3.4(i)']);
  });

  it('keeps bare anchors when no labels repeat (as AI 1-19 has them)', () => {
    const { all } = sectionsOf(
      ['## Rules', '', '- K. Posts:', '  - c. Profane language;', '', '## Other', '', '1. One.'].join('\n'),
    );
    expect(all.map((section) => section.anchor)).toEqual(['rules', 'k', 'k-c', 'other', '1']);
  });

  it('still reports the same labels twice under one heading', () => {
    const { diagnostics } = sectionsOf(
      ['## Rules', '', '1. One.', '', 'Text.', '', '1. One again.', '', '## Other', '', '1. Other.'].join('\n'),
    );
    expect(diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`)).toEqual([
      'sections/duplicate-anchor 7:1 Duplicate anchor `#rules-1`: clause Rules §1 has the same web address as clause Rules §1.',
    ]);
    expect(diagnostics[0]?.related?.map((place) => `${place.line}:${place.column} ${place.message}`)).toEqual([
      '3:1 first defined',
    ]);
  });
});

describe('buildSections: heading levels', () => {
  it('warns at a heading that skips a level, and at a first heading below ##', () => {
    const { diagnostics } = sectionsOf(
      ['### Scope', '', 'Text.', '', '## Rules', '', '#### Detail', '', 'Text.'].join('\n'),
    );
    expect(diagnostics.map((d) => `${d.code} ${d.severity} ${d.line}:${d.column} ${d.message} ${d.hint}`)).toEqual([
      'sections/skipped-heading-level warning 1:1 Heading level skipped: the first heading `### Scope` should be `##`. Write it as `## Scope`, so that readers and screen readers see which section it belongs to.',
      'sections/skipped-heading-level warning 7:1 Heading level skipped: `#### Detail` comes right after a `##` heading, expected `###`. Write it as `### Detail`, so that readers and screen readers see which section it belongs to.',
    ]);
  });
});
