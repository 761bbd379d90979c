// Heading levels of an imported document. The policy page shows the title as
// its only top-level heading, so a single `#` heading at the top is the title;
// every other heading is moved so that the top level is `##` and no level is
// skipped (a `####` right under a `##` becomes `###`), as screen readers expect.
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Removes a lone top heading and returns its text, when the document has exactly one `#` heading before any text. */
export function takeTitleHeading(tree: Root): string | undefined {
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading');
  const tops = headings.filter((heading) => heading.depth === 1);
  const first = tree.children.find((node) => node.type !== 'yaml');
  if (tops.length !== 1 || first === undefined || first !== tops[0]) return undefined;
  tree.children.splice(tree.children.indexOf(first), 1);
  const title = toString(first).trim();
  return title === '' ? undefined : title;
}

/** Renumbers heading levels: the highest level becomes 2, and each heading sits at most one below the one before. */
export function normaliseHeadingLevels(tree: Root): void {
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading');
  // The chain of source levels open above the current heading, and the level each was given.
  const open: { source: number; given: number }[] = [];
  for (const heading of headings) {
    while (open.length > 0 && open.at(-1)!.source >= heading.depth) open.pop();
    const given = Math.min(6, (open.at(-1)?.given ?? 1) + 1) as Heading['depth'];
    open.push({ source: heading.depth, given });
    heading.depth = given;
  }
}
