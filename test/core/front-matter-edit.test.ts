import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  appendToList,
  editFrontMatter,
  FrontMatterEditError,
  setKeyAfter,
  setScalar,
} from '../../src/core/document/front-matter-edit.ts';
import { fixturePath } from '../helpers/fixtures.ts';

// AI 1-19 as adopted in 2022, pinned in a fixture so that drafts of later versions do not change this test.
const ai119 = readFileSync(fixturePath('lifecycle', 'ai-1-19-adopted-2022', 'policy', 'ai-1-19.mdx'), 'utf8');

/** Lines of `after` that are not in `before`, and the reverse (a simple line diff for small edits). */
function changedLines(before: string, after: string) {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { removed: a.slice(start, endA), added: b.slice(start, endB), at: start + 1 };
}

const body = (text: string) => text.slice(text.indexOf('\n---\n') + 5);

describe('editFrontMatter', () => {
  it('returns the file unchanged when nothing is edited (AI 1-19, comments, quotes and flow lists kept)', () => {
    expect(editFrontMatter(ai119, () => {})).toBe(ai119);
  });

  it('adds a review block to AI 1-19 and touches nothing else; the body is kept byte for byte', () => {
    const edited = editFrontMatter(ai119, (document) => {
      setKeyAfter(document, 'review', { intervalMonths: 12 }, 'effective');
      appendToList(document, ['review', 'log'], {
        date: '2026-11-21',
        by: 'Sam Lee, City Clerk',
        decision: 'no-change',
      });
    });
    expect(changedLines(ai119, edited)).toEqual({
      removed: [],
      added: [
        'review:',
        '  intervalMonths: 12',
        '  log:',
        '    - date: 2026-11-21',
        '      by: Sam Lee, City Clerk',
        '      decision: no-change',
      ],
      at: 14,
    });
    expect(body(edited)).toBe(body(ai119));
  });

  it('keeps comments, key order, quoting and a flow list when changing values', () => {
    const text = [
      '---',
      '# Kept comment',
      'id: travel # trailing comment',
      "tags: [travel, 'expenses']",
      'version: "1.9"',
      'status: adopted',
      'adopted:',
      '  date: 2026-01-05',
      '  by: Jane Roe',
      'effective: 2026-01-05',
      'review:',
      '  intervalMonths: 24',
      '  log: []',
      '---',
      '',
      'Body with --- and trailing spaces   ',
      '',
    ].join('\n');
    const edited = editFrontMatter(text, (document) => {
      setScalar(document, 'version', '1.10');
      setScalar(document, 'status', 'draft');
      document.delete('adopted');
      document.delete('effective');
      setKeyAfter(document, 'change', { kind: 'editorial', summary: '' }, 'status');
      appendToList(document, ['review', 'log'], { date: '2026-11-21', by: 'Sam Lee', decision: 'revise' });
    });
    expect(edited).toBe(
      [
        '---',
        '# Kept comment',
        'id: travel # trailing comment',
        "tags: [travel, 'expenses']",
        'version: "1.10"',
        'status: draft',
        'change:',
        '  kind: editorial',
        '  summary: ""',
        'review:',
        '  intervalMonths: 24',
        '  log:',
        '    - date: 2026-11-21',
        '      by: Sam Lee',
        '      decision: revise',
        '---',
        '',
        'Body with --- and trailing spaces   ',
        '',
      ].join('\n'),
    );
  });

  it('keeps CRLF line endings and a byte-order mark', () => {
    const text = '\uFEFF---\r\nid: a\r\nversion: "1.0"\r\n---\r\n\r\nBody\r\n';
    expect(editFrontMatter(text, (document) => setScalar(document, 'version', '1.1'))).toBe(
      '\uFEFF---\r\nid: a\r\nversion: "1.1"\r\n---\r\n\r\nBody\r\n',
    );
  });

  it('refuses a file without front matter, or with broken YAML', () => {
    expect(() => editFrontMatter('# Title\n\nText\n', () => {})).toThrow(
      new FrontMatterEditError('The file has no front matter: it must start with a `---` line.'),
    );
    expect(() => editFrontMatter('---\nid: [a\n---\nText\n', () => {})).toThrow(FrontMatterEditError);
    expect(() => editFrontMatter('---\nid: a\nid: b\n---\nText\n', () => {})).toThrow(/not valid YAML/);
    expect(() => editFrontMatter('---\n- a\n---\nText\n', () => {})).toThrow(/set of `key: value` lines/);
  });
});
