// A section's redline as its history page shows it: the blocks that changed, with their marks, and each run of
// blocks that did not change folded into one plain line ("[2 paragraphs unchanged]"). The history shows a section
// once for every version in which it changed; repeating all of its unchanged text each time made those pages long
// to read (and a sixth of a large site's bytes). The whole section stays one link away, in each version's page.
// The HTML is cut, not parsed and written out again (`document/html-tags.ts` says why that is safe for our own HTML).
import { toHtml } from 'hast-util-to-html';
import type { Element } from 'hast';
import { attributeOf, topLevelElements, type HtmlTag } from '../document/html-tags.ts';
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
 * or a note ("[Moved from …]"); a thematic break holds no words to mark, so it is always shown. The blank text
 * between blocks is left out; text outside any block is kept.
 */
export function condensedRedline(html: string): string {
  const pieces: string[] = [];
  let unchanged: string[] = [];
  const fold = () => {
    if (unchanged.length > 0) pieces.push(toHtml(unchangedLine(unchanged)));
    unchanged = [];
  };
  let from = 0;
  const keepText = (to: number) => {
    const text = html.slice(from, to);
    if (text.trim() === '') return;
    fold();
    pieces.push(text);
  };
  for (const block of topLevelElements(html)) {
    keepText(block.start);
    from = block.end;
    if (!block.tags.some(isChange)) {
      unchanged.push(block.tags[0]!.name);
      continue;
    }
    fold();
    pieces.push(html.slice(block.start, block.end));
  }
  keepText(html.length);
  fold();
  return pieces.join('');
}

function isChange(tag: HtmlTag): boolean {
  if (tag.closing) return false;
  if (tag.name === 'ins' || tag.name === 'del' || tag.name === 'hr') return true;
  return attributeOf(tag, 'class')?.split(' ').includes('redline-note') ?? false;
}

function unchangedLine(blocks: readonly string[]): Element {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    const word = blockWords[block] ?? 'passage';
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
