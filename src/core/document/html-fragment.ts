// Our own rendered HTML back as a tree, to add to it or cut it (reading tools,
// tables that scroll, section histories that fold unchanged paragraphs).
// Parsed without source positions, which nothing here reports on:
// `hast-util-from-html` keeps them and costs 40% more, and these run for every
// version of every policy (5.3 → 3.2 ms on a 74 KB version text).
import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parseFragment } from 'parse5';

export function renderedHtmlTree(html: string): Root {
  // A parsed fragment is a document fragment, which becomes a hast root.
  return fromParse5(parseFragment(html)) as Root;
}
