// Author-controlled depth never reaches a walk that calls itself: a text
// nested past the limit is refused at its place before it is parsed
// (`src/core/document/nesting.ts`), in well under a second.
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/core/document/load.ts';
import { frontMatter } from '../helpers/fixtures.ts';

function load(body: string, format: 'md' | 'mdx' = 'mdx') {
  return loadPolicy(`policy/deep.${format}`, new TextEncoder().encode(`${frontMatter('deep')}\n${body}\n`));
}

const tooDeepLine = 'This line nests more than 32 levels deep; a policy may nest at most 32 levels.';

describe('nesting past the limit', () => {
  it.each([
    ['100,000 nested `>`', '>'.repeat(100_000) + ' x', 33],
    ['100,000 list levels', '- '.repeat(100_000) + 'x', 65],
    ['quotes and lists mixed', '> - '.repeat(50_000) + 'x', 65],
  ])('%s: one positioned error, no tree, no page', (_name, body, column) => {
    for (const format of ['md', 'mdx'] as const) {
      const document = load(body, format);
      expect(document.diagnostics.map((d) => [d.code, d.line, d.column, d.message])).toEqual([
        ['mdx/too-deep', 11, column, tooDeepLine],
      ]);
      expect(document.tree).toBeUndefined();
      expect(document.html).toBeUndefined();
    }
  });

  it('a list indented 1,000 levels (the one that took 47 s) stops at the first line past the limit', () => {
    const body = Array.from({ length: 1000 }, (_, level) => `${'  '.repeat(level)}- item`).join('\n');
    expect(load(body).diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['mdx/too-deep', 43, 65]]);
  });

  it('32 levels are still read', () => {
    const document = load('>'.repeat(16) + ' ' + '- '.repeat(16) + 'x');
    expect(document.diagnostics).toEqual([]);
    expect(document.html).toContain('<blockquote>');
  });

  // Before any HTML tree is built: whether building it would exhaust the stack depends on how much stack is left,
  // so the place was the first tag on one run and the tag too deep on another. Now it is always the 73rd `<sub>`
  // (column 6 + 72 × 5): the first past 72 levels of raw HTML, the HTML tree's limit.
  it('raw HTML nested thousands deep is refused at the tag that goes too deep, before any tree is built', () => {
    const document = load(`Text ${'<sub>'.repeat(4000)}x`, 'md');
    expect(document.diagnostics.map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      [
        'mdx/too-deep',
        11,
        366,
        'The HTML here nests elements more than 32 levels deep; a policy may nest at most 32 levels.',
      ],
    ]);
  });

  it('components nested past the limit in MDX are refused at the component', () => {
    const document = load(`${'<Note>'.repeat(80)}x${'</Note>'.repeat(80)}`);
    expect(document.diagnostics.map((d) => [d.code, d.line])).toEqual([['mdx/too-deep', 11]]);
  });
});

describe('blocks the Markdown reader would take minutes over', () => {
  it.each([
    [
      'nested square brackets',
      '['.repeat(100_000) + 'x' + ']'.repeat(100_000),
      33,
      'This line opens square brackets `[` more than 32 levels deep; a policy may nest at most 32 levels.',
    ],
    [
      'a run of 100,000 `*`',
      '*'.repeat(100_000) + 'a' + '*'.repeat(100_000),
      257,
      'This line repeats `*` more than 256 times in a row; at most 256 are read.',
    ],
    [
      '100,000 emphasis pairs',
      '*a'.repeat(100_000) + 'b*'.repeat(100_000),
      10_001,
      'This paragraph, list or table holds more than 5,000 of the marks `*`, `_`, `[`, `<` and `` ` ``; at most 5,000 are read.',
    ],
  ])('%s', (_name, body, column, message) => {
    expect(load(body, 'md').diagnostics.map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      ['mdx/too-deep', 11, column, message],
    ]);
  });

  it('a paragraph of 100,000 lines', () => {
    expect(load('a\n'.repeat(100_000), 'md').diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['mdx/too-deep', 5011, 1],
    ]);
  });
});
