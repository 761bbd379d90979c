// Writes an imported document's tree as policy Markdown. One set of options
// for every source, so an imported file always looks the same: `-` bullets,
// `**bold**`, `*italics*`, links as `[text](address)` (never `<address>`, which
// MDX reads as a component), GFM tables.
import type { Root } from 'mdast';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxJsxToMarkdown } from 'mdast-util-mdx-jsx';
import { mdxExpressionToMarkdown } from 'mdast-util-mdx-expression';

const options: Options = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  rule: '-',
  fences: true,
  listItemIndent: 'one',
  resourceLink: true,
  extensions: [gfmToMarkdown({ tablePipeAlign: false })],
};

/** `.mdx` output escapes `<` and `{`, which start components and code there. */
export function writeMarkdown(tree: Root, format: 'md' | 'mdx'): string {
  return toMarkdown(tree, {
    ...options,
    extensions:
      format === 'mdx' ? [...options.extensions!, mdxJsxToMarkdown(), mdxExpressionToMarkdown()] : options.extensions!,
  });
}
