// Raw HTML in an imported Markdown file, turned into Markdown that needs no
// HTML: comments are dropped (they were never meant to be published), `<br>`
// becomes a line break, and `<a name>`/`<a id>` anchors are dropped with the
// links that pointed at them sent to the section that held them instead.
// Anything else is kept, for `check` to judge.
import type { Nodes, Parents, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { buildSections, flattenSections } from '../document/sections.ts';
import { DiagnosticSink } from '../diagnostics/diagnostic.ts';

const comment = /^<!--[\s\S]*?-->$/;
const lineBreak = /^<br\s*\/?>$/i;
const namedAnchor = /^<a\s+(?:name|id)\s*=\s*["']([^"']+)["']\s*(?:\/>|>\s*<\/a>|>)$/i;
const closingAnchor = /^<\/a>$/i;

export interface RawHtmlResult {
  /** What was changed, in plain words, for the import report. */
  notes: string[];
}

export function replaceRawHtml(tree: Root): RawHtmlResult {
  const notes: string[] = [];
  const anchors: { name: string; offset: number }[] = [];
  let comments = 0;
  visit(tree, 'html', (node, index, parent: Parents | undefined) => {
    if (!parent || index === undefined) return undefined;
    const value = node.value.trim();
    if (comment.test(value)) {
      comments += 1;
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (lineBreak.test(value)) {
      parent.children.splice(index, 1, { type: 'break' });
      return [SKIP, index + 1];
    }
    const anchor = namedAnchor.exec(value);
    if (anchor || closingAnchor.test(value)) {
      if (anchor) anchors.push({ name: anchor[1]!, offset: node.position?.start.offset ?? 0 });
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
  if (comments > 0)
    notes.push(`Left out ${comments} HTML comment${comments === 1 ? '' : 's'}: comments are never published.`);
  if (anchors.length > 0) notes.push(...retargetAnchorLinks(tree, anchors));
  return { notes };
}

/**
 * Markdown has no anchor for a spot inside a list, so a link to `#name` now
 * goes to the section or clause around the spot the anchor marked.
 */
function retargetAnchorLinks(tree: Root, anchors: readonly { name: string; offset: number }[]): string[] {
  const sections = flattenSections(buildSections(tree, new DiagnosticSink('import')));
  const known = new Set(sections.map((section) => section.anchor));
  const target = new Map<string, string>();
  for (const anchor of anchors) {
    if (known.has(anchor.name)) continue;
    const around = sections
      .filter((section) => (section.position.start.offset ?? 0) <= anchor.offset)
      .filter((section) => anchor.offset <= (section.position.end.offset ?? Infinity))
      .at(-1);
    if (around) target.set(anchor.name, around.anchor);
  }
  const notes: string[] = [];
  visit(tree, 'link', (node: Nodes) => {
    if (node.type !== 'link' || !node.url.startsWith('#')) return;
    const to = target.get(node.url.slice(1));
    if (to === undefined) return;
    notes.push(`The link to \`${node.url}\` now goes to \`#${to}\`, the section that held that anchor.`);
    node.url = `#${to}`;
  });
  return [...new Set(notes)];
}
