// Our own rendered HTML back as a tree, to change it (the mandate texts'
// tables, which scroll on their own). Parsed without source positions, which
// nothing here reports on: `hast-util-from-html` keeps them and costs 40% more.
// What runs for every version of every policy (reading tools, folded section
// histories) splices the string instead (`html-tags.ts`).
import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parseFragment } from 'parse5';

export function renderedHtmlTree(html: string): Root {
  // A parsed fragment is a document fragment, which becomes a hast root.
  return fromParse5(parseFragment(html)) as Root;
}
