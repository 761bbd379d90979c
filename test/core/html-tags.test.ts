// Reading the tags of our own HTML by offset, which the reading tools and the
// folded section histories splice instead of parsing the HTML into a tree.
import { describe, expect, it } from 'vitest';
import { attributeOf, tagsOf, topLevelElements } from '../../src/core/document/html-tags.ts';
import { renderPolicyHtml } from '../../src/core/document/render.ts';
import { loadPolicy } from '../../src/core/document/load.ts';

describe('tagsOf', () => {
  it('gives each start and end tag with its place, and reads past a `>` or `<` inside a quoted value', () => {
    const html = '<p title="a > b <c">One<br>two</p>';
    expect([...tagsOf(html)].map(({ name, closing, start, end }) => [name, closing, start, end])).toEqual([
      ['p', false, 0, 20],
      ['br', false, 23, 27],
      ['p', true, 30, 34],
    ]);
    expect(attributeOf([...tagsOf(html)][0]!, 'title')).toBe('a > b <c');
  });

  it('finds an attribute by its whole name only', () => {
    const [tag] = tagsOf('<li data-id="x" id="k-c" class="clause">');
    expect(attributeOf(tag!, 'id')).toBe('k-c');
    expect(attributeOf(tag!, 'class')).toBe('clause');
    expect(attributeOf(tag!, 'lang')).toBeUndefined();
  });

  it('says so when a value is never closed, rather than reading on', () => {
    expect(() => [...tagsOf('<p title="open>text')]).toThrow(
      'An attribute value opened at 0 in our own HTML is never closed.',
    );
  });
});

describe('topLevelElements', () => {
  it('splits HTML into its top-level elements, void ones included, and leaves the text between them out', () => {
    const html = '<p>A <em>b</em></p>\n<hr>\n<ul><li>C<ul><li>D</li></ul></li></ul>';
    expect(topLevelElements(html).map(({ start, end }) => html.slice(start, end))).toEqual([
      '<p>A <em>b</em></p>',
      '<hr>',
      '<ul><li>C<ul><li>D</li></ul></li></ul>',
    ]);
  });

  it('reads a rendered policy text as the blocks the page shows', () => {
    const document = loadPolicy(
      'policy/sample.md',
      new TextEncoder().encode(
        '---\nid: s\ntitle: S\nnumber: S 1\nkind: policy\nowner: City\nversion: "1.0"\nstatus: draft\n---\n\n## Rules\n\n- A. Be polite.\n- B. Be quick.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n',
      ),
      { render: true },
    );
    const html = renderPolicyHtml(document.tree!, document.sections);
    expect(topLevelElements(html).map((element) => element.tags[0]!.name)).toEqual(['h2', 'ul', 'table']);
  });
});
