// `policy diff --format markdown` must read on GitHub as the policy reads:
// parsed back with the same Markdown parser (remark + GFM), its text is the
// rendered redline's text, links are whole, and no policy text became markup.
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { fromHtml } from 'hast-util-from-html';
import { diffVersions } from '../../src/core/diff/index.ts';
import { redlineMarkdown } from '../../src/core/diff/markdown.ts';
import { diffMarkdown } from '../../src/cli/history/diff-output.ts';
import type { PolicyFrontMatter } from '../../src/core/schemas/types.ts';
import { versionOf } from '../core/diff/load-pair.ts';

const front = (version: string, body: string) =>
  `---\nid: sample\ntitle: Sample\nnumber: AI 1-1\nkind: administrative-instruction\nowner: City\nversion: "${version}"\nstatus: draft\n---\n\n${body}\n`;

const before = front(
  '1.0',
  [
    '### 9. Spam',
    '',
    'Do not post *spam*; see [the rules](https://example.gov/rules) and use 2 < 3 > 1 with care.',
    '',
    '- A. Posts may be removed.',
    '- B. Accounts may be closed.',
    '',
    '1. Numbered step one.',
  ].join('\n'),
);
const after = front(
  '1.1',
  [
    '## 4. Spam',
    '',
    'Do not post **spam** or ads; see [the new rules](https://example.gov/rules-2026) and use 2 < 3 > 1 with care.',
    '',
    '- A. Posts and comments may be removed.',
    '- B. Accounts may be closed.',
    '',
    '1. Numbered step one.',
  ].join('\n'),
);

const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
const visibleText = (html: string) => {
  const tree = fromHtml(html, { fragment: true });
  // Screen-reader cues and spacing aside, this is what the site shows.
  visit(tree, 'element', (node, index, parent) => {
    const classes = node.properties['className'];
    if (Array.isArray(classes) && classes.includes('visually-hidden') && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    return undefined;
  });
  const words: string[] = [];
  visit(tree, 'text', (node) => void words.push(node.value));
  return words.join('').replace(/\s+/g, '');
};

describe('the Markdown redline', () => {
  const model = diffVersions(versionOf(before, '1.0'), versionOf(after, '1.1'));
  const section = model.sections.find((entry) => entry.newTitle === '4. Spam')!;

  it('has the same text as the rendered redline once parsed, links whole and nothing turned into markup', () => {
    const markdown = redlineMarkdown(section.html);
    const tree = parse(markdown);
    // Compared without spacing: Markdown puts blank lines between blocks where HTML has none.
    expect(toString(tree, { includeHtml: false }).replace(/\s+/g, '')).toBe(visibleText(section.html));
    const links: [string, string][] = [];
    visit(tree, 'link', (node) => void links.push([toString(node, { includeHtml: false }), node.url]));
    expect(links).toEqual([['the new rules', 'https://example.gov/rules-2026']]);
    expect(markdown).toContain('[the <ins>new</ins> rules](https://example.gov/rules-2026)');
    const literal: string[] = [];
    visit(tree, 'text', (node) => void literal.push(node.value));
    expect(literal.join('')).not.toMatch(/\*\*|\]\(|<\/?(?:ins|del)>|^#/m);
    expect(literal.join('')).toContain('2 < 3 > 1');
    const marks: string[] = [];
    visit(tree, 'html', (node) => void marks.push(node.value));
    expect(new Set(marks)).toEqual(new Set(['<ins>', '</ins>']));
  });

  it('writes the heading with its number marked, as a heading of the report, not of the policy source', () => {
    const markdown = diffMarkdown(
      model as never,
      { number: 'AI 1-1', title: 'Sample' } as PolicyFrontMatter,
      new Map(),
    );
    const headings: string[] = [];
    visit(
      parse(markdown),
      'heading',
      (node) => void headings.push(`${node.depth} ${toString(node, { includeHtml: false })}`),
    );
    expect(headings).toEqual([
      '1 AI 1-1 Sample: changes from version 1.0 to 1.1',
      '2 94. Spam (changed; 6 words inserted, 1 deleted; heading renumbered; heading level changed; made bold; no longer italic; link address changed to https://example.gov/rules-2026)',
    ]);
    expect(markdown).toContain('## <del>9</del><ins>4</ins>. Spam');
  });
});
