import { describe, expect, it } from 'vitest';
import { textOf, versionTexts } from '../../src/core/publish/version-texts.ts';
import type { PolicyVersion } from '../../src/core/versions/types.ts';

const version = (number: string, text: string, extra: Partial<PolicyVersion['frontMatter']> = {}) =>
  ({
    version: number,
    status: 'adopted',
    text,
    frontMatter: { version: number, ...extra },
  }) as unknown as PolicyVersion;

describe('the texts file', () => {
  const versions = [
    version('1.0', '## Purpose\n\nOne.\n\n## Scope\n\nAll staff.\n', {
      adopted: { date: '2022-08-23', by: 'CAO' },
      effective: '2022-08-23',
    }),
    version('1.1', '## Purpose\n\nOne, reworded.\n\n## Scope\n\nAll staff.\n', {
      change: { kind: 'editorial', summary: 'Reworded the purpose.' },
    }),
  ];
  const texts = versionTexts('ai-1-19', 'mdx', versions, [
    { slug: 'scope', anchors: { '1.0': 'scope', '1.1': 'scope' } },
  ]);

  it('stores each distinct line once and each version as runs of lines', () => {
    expect(texts.lines).toEqual(['## Purpose', '', 'One.', '## Scope', 'All staff.', 'One, reworded.']);
    expect(texts.versions.map((entry) => entry.runs)).toEqual([
      [0, 3, 1, 1, 3, 1, 1, 1, 4, 1, 1, 1],
      [0, 2, 5, 1, 1, 1, 3, 1, 1, 1, 4, 1, 1, 1],
    ]);
  });

  it('gives every text back exactly', () => {
    for (const [index, entry] of texts.versions.entries()) expect(textOf(texts, entry)).toBe(versions[index]!.text);
  });

  it('carries what the redline shows of each version, and only what it has', () => {
    expect(texts.versions[0]).toMatchObject({ version: '1.0', adopted: '2022-08-23', effective: '2022-08-23' });
    expect(texts.versions[0]).not.toHaveProperty('change');
    expect(texts.versions[1]).toMatchObject({ change: { kind: 'editorial', summary: 'Reworded the purpose.' } });
    expect(texts.versions[1]).not.toHaveProperty('adopted');
    expect(texts.sectionHistories).toEqual([{ slug: 'scope', anchors: { '1.0': 'scope', '1.1': 'scope' } }]);
  });
});
