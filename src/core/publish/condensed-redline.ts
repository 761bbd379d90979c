// A section's redline as its history page shows it: the blocks that changed, with their marks, and each run of
// blocks that did not change folded into one plain line ("[2 paragraphs unchanged]"). The history shows a section
// once for every version in which it changed; repeating all of its unchanged text each time made those pages long
// to read (and a sixth of a large site's bytes). The whole section stays one link away, in each version's page.
import { renderedHtmlTree } from '../document/html-fragment.ts';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, RootContent } from 'hast';
import { plural } from '../text/english.ts';

/** What a reader calls each kind of block. */
const blockWords: Record<string, string> = {
  p: 'paragraph',
  ul: 'list',
  ol: 'list',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  blockquote: 'quotation',
  table: 'table',
};

/**
 * `html` (a section's rendered redline, `DiffSection.html`) with every run of unchanged top-level blocks replaced by
 * `<p class="redline-unchanged">[n paragraphs unchanged]</p>`. A block is changed when it holds an `<ins>`, a `<del>`
 * or a note ("[Moved from …]"); a thematic break holds no words to mark, so it is always shown.
 */
export function condensedRedline(html: string): string {
  const blocks = renderedHtmlTree(html).children;
  const result: RootContent[] = [];
  let unchanged: Element[] = [];
  const fold = () => {
    if (unchanged.length > 0) result.push(unchangedLine(unchanged));
    unchanged = [];
  };
  for (const block of blocks) {
    if (block.type === 'text' && block.value.trim() === '') continue;
    if (block.type === 'element' && !isChanged(block)) {
      unchanged.push(block);
      continue;
    }
    fold();
    result.push(block);
  }
  fold();
  return toHtml(result);
}

function isChanged(node: ElementContent): boolean {
  if (node.type !== 'element') return false;
  if (node.tagName === 'ins' || node.tagName === 'del' || node.tagName === 'hr') return true;
  const classes = node.properties['className'];
  if (Array.isArray(classes) && classes.includes('redline-note')) return true;
  return node.children.some(isChanged);
}

function unchangedLine(blocks: readonly Element[]): Element {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    const word = blockWords[block.tagName] ?? 'passage';
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const parts = [...counts].map(([word, count]) => plural(count, word));
  const text = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
  return {
    type: 'element',
    tagName: 'p',
    properties: { className: ['redline-unchanged'] },
    children: [{ type: 'text', value: `[${text} unchanged]` }],
  };
}
