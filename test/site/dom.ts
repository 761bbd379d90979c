// A few DOM look-ups over built HTML (hast), enough for exact assertions
// without a browser.
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Nodes, Root } from 'hast';
import { visit } from 'unist-util-visit';

export function parse(html: string): Root {
  return fromHtml(html);
}

/** Every element matching `test`, in document order. */
export function all(tree: Nodes, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (test(node)) found.push(node);
  });
  return found;
}

export function byId(tree: Nodes, id: string): Element | undefined {
  return all(tree, (element) => element.properties['id'] === id)[0];
}

export function tag(name: string): (element: Element) => boolean {
  return (element) => element.tagName === name;
}

export function hasClass(name: string): (element: Element) => boolean {
  return (element) => Array.isArray(element.properties['className']) && element.properties['className'].includes(name);
}

const blocks = new Set(
  'address article aside blockquote br dd div dl dt footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p section table td th tr ul title'.split(
    ' ',
  ),
);

/** Text content as a reader sees it: block elements separated, runs of white space collapsed. */
export function text(node: Nodes): string {
  const parts: string[] = [];
  const walk = (current: Nodes) => {
    if (current.type === 'text') parts.push(current.value);
    else if (current.type === 'element' || current.type === 'root') {
      const block = current.type === 'element' && blocks.has(current.tagName);
      if (block) parts.push(' ');
      for (const child of current.children) walk(child);
      if (block) parts.push(' ');
    }
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

export function outer(node: Nodes): string {
  return toHtml(node);
}
