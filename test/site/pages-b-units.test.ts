// Unit tests for the pure pieces behind site-b's pages: the Atom serialiser,
// the list of published redlines and the compare-any-two target.
import { describe, expect, it } from 'vitest';
import { escapeXml, renderAtom, startOfDay } from '../../src/core/publish/feed/atom.ts';
import { compareTarget } from '../../src/browser/compare.ts';
import { sectionHistories } from '../../src/core/publish/section-history.ts';
import type { DiffSection } from '../../src/core/diff/types.ts';

describe('startOfDay', () => {
  it('uses mountain standard time in winter', () => {
    expect(startOfDay('2022-01-15', 'America/Denver')).toBe('2022-01-15T00:00:00-07:00');
  });
  it('uses mountain daylight time in summer', () => {
    expect(startOfDay('2022-08-23', 'America/Denver')).toBe('2022-08-23T00:00:00-06:00');
  });
  it('uses the offset in force at local midnight on the day daylight saving starts', () => {
    // Clocks go forward at 02:00 on 2024-03-10: midnight is still standard time.
    expect(startOfDay('2024-03-10', 'America/Denver')).toBe('2024-03-10T00:00:00-07:00');
  });
  it('uses the offset in force at local midnight on the day daylight saving ends', () => {
    expect(startOfDay('2024-11-03', 'America/Denver')).toBe('2024-11-03T00:00:00-06:00');
  });
  it('writes +00:00 for UTC', () => {
    expect(startOfDay('2024-02-29', 'UTC')).toBe('2024-02-29T00:00:00+00:00');
  });
});

describe('renderAtom', () => {
  it('escapes text and writes every required element', () => {
    const xml = renderAtom({
      id: 'https://policy.example.gov/feed.xml',
      title: 'Policies & changes',
      updated: '2024-01-01T00:00:00-07:00',
      authorName: 'Test City',
      links: [{ href: 'https://policy.example.gov/feed.xml', rel: 'self', type: 'application/atom+xml' }],
      entries: [
        {
          id: 'https://policy.example.gov/policies/conduct/2.0/',
          title: 'AI 9-9 version 2.0 <draft>',
          updated: '2024-01-01T00:00:00-07:00',
          links: [{ href: 'https://policy.example.gov/policies/conduct/2.0/', rel: 'alternate', type: 'text/html' }],
          summary: 'Adds "graduated" discipline',
        },
      ],
    });
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        '  <id>https://policy.example.gov/feed.xml</id>',
        '  <title>Policies &amp; changes</title>',
        '  <updated>2024-01-01T00:00:00-07:00</updated>',
        '  <author><name>Test City</name></author>',
        '  <link href="https://policy.example.gov/feed.xml" rel="self" type="application/atom+xml"/>',
        '  <entry>',
        '    <id>https://policy.example.gov/policies/conduct/2.0/</id>',
        '    <title>AI 9-9 version 2.0 &lt;draft&gt;</title>',
        '    <updated>2024-01-01T00:00:00-07:00</updated>',
        '    <link href="https://policy.example.gov/policies/conduct/2.0/" rel="alternate" type="text/html"/>',
        '    <summary type="text">Adds &quot;graduated&quot; discipline</summary>',
        '  </entry>',
        '</feed>',
        '',
      ].join('\n'),
    );
  });
  it('escapes all five XML special characters', () => {
    expect(escapeXml(`<a href="x">Tom's & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom&apos;s &amp; Jerry&apos;s&lt;/a&gt;',
    );
  });
});

describe('compareTarget', () => {
  const form = {
    base: '/policies/conduct/diff/',
    pairs: ['1.0..1.1', '1.0..2.0', '1.1..2.0'],
    order: ['1.0', '1.1', '2.0'],
  };
  it('goes to the redline of the chosen pair', () => {
    expect(compareTarget(form, '1.0', '2.0')).toEqual({ href: '/policies/conduct/diff/1.0..2.0/' });
  });
  it('reads from the older version whichever way round the pair is chosen', () => {
    expect(compareTarget(form, '2.0', '1.1')).toEqual({ href: '/policies/conduct/diff/1.1..2.0/' });
  });
  it('asks for two different versions', () => {
    expect(compareTarget(form, '1.1', '1.1')).toEqual({ message: 'Choose two different versions to compare.' });
  });
  it('goes to the compare page, which works the comparison out, when a pair has no page of its own', () => {
    expect(compareTarget({ ...form, pairs: ['1.0..1.1'] }, '2.0', '1.0')).toEqual({
      href: '/policies/conduct/diff/?from=1.0&to=2.0',
    });
  });
});

describe('sectionHistories', () => {
  const section = (overrides: Partial<DiffSection>): DiffSection => ({
    status: 'unchanged',
    oldAnchor: null,
    newAnchor: null,
    oldTitle: null,
    newTitle: null,
    depth: 2,
    oldIndex: null,
    newIndex: null,
    textChanged: false,
    moved: false,
    renamed: false,
    renumbered: false,
    formatChanges: [],
    id: 'change-x',
    headingHtml: '',
    html: '',
    runs: [],
    wordsInserted: 0,
    wordsDeleted: 0,
    wordsKept: 0,
    oldWords: 0,
    movedIn: [],
    movedOut: [],
    fallback: null,
    ...overrides,
  });
  const same = (anchor: string, title: string, index: number) =>
    section({
      oldAnchor: anchor,
      newAnchor: anchor,
      oldTitle: title,
      newTitle: title,
      oldIndex: index,
      newIndex: index,
    });
  const versions = [
    { version: '1.0', sections: [] },
    { version: '2.0', sections: [] },
    { version: '3.0', sections: [] },
  ];
  const diffs = [
    {
      from: { version: '1.0' },
      to: { version: '2.0' },
      sections: [
        same('purpose', 'Purpose', 0),
        section({
          status: 'renamed',
          oldAnchor: 'disciplinary-actions',
          newAnchor: 'discipline',
          oldTitle: 'Disciplinary Actions',
          newTitle: 'Discipline',
          oldIndex: 1,
          newIndex: 1,
          textChanged: true,
          renamed: true,
          html: '<p>Written warning or <ins>suspension</ins>.</p>',
          wordsInserted: 1,
        }),
      ],
    },
    {
      from: { version: '2.0' },
      to: { version: '3.0' },
      sections: [
        section({ status: 'removed', oldAnchor: 'purpose', oldTitle: 'Purpose', oldIndex: 0, wordsDeleted: 5 }),
        same('discipline', 'Discipline', 1),
        section({ status: 'added', newAnchor: 'review', newTitle: 'Review', newIndex: 1, wordsInserted: 9 }),
      ],
    },
  ];

  it('follows a renamed section and leaves out versions where it did not change', () => {
    const discipline = sectionHistories(versions, diffs).find((history) => history.anchor === 'discipline')!;
    expect(discipline.title).toBe('Discipline');
    expect(discipline.current).toBe(true);
    expect(discipline.changes.map((change) => [change.version, change.status, change.oldTitle])).toEqual([
      ['1.0', 'first', null],
      ['2.0', 'renamed', 'Disciplinary Actions'],
    ]);
    expect(discipline.changes[1]!.html).toBe('<p>Written warning or <ins>suspension</ins>.</p>');
    expect(discipline.changes[1]!.renamed).toBe(true);
    expect(discipline.changes[1]!.redline).toBe('1.0..2.0');
  });

  it('ends the history of a removed section, listed after the current ones, and starts one for an added section', () => {
    const histories = sectionHistories(versions, diffs);
    expect(histories.map((history) => [history.slug, history.current, history.removedIn])).toEqual([
      ['discipline', true, undefined],
      ['review', true, undefined],
      ['purpose', false, '3.0'],
    ]);
    expect(histories[2]!.changes.map((change) => change.status)).toEqual(['first', 'removed']);
    expect(histories[1]!.changes.map((change) => [change.version, change.status])).toEqual([['3.0', 'added']]);
  });
});
