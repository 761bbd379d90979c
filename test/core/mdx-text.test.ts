import { describe, expect, it } from 'vitest';
import { mdxComments, withoutComments } from '../../src/core/document/mdx-text.ts';
import { countWords } from '../../src/core/text/word-count.ts';

describe('HTML comments in MDX', () => {
  it('become MDX comments of the same length, lines kept', () => {
    const text = 'a <!-- one\ntwo --> b';
    const out = mdxComments(text);
    expect(out).toBe('a {/*    \n     */} b');
    expect(out.length).toBe(text.length);
  });

  it('stay as written inside code', () => {
    expect(mdxComments('`<!-- x -->` and\n```\n<!-- y -->\n```\n')).toBe('`<!-- x -->` and\n```\n<!-- y -->\n```\n');
  });

  it('are never counted as words', () => {
    expect(countWords(withoutComments('Fees apply. <!-- ask the clerk --> {/* check this */} Done.'))).toBe(3);
  });
});
