// An HTML page (or a Word file that mammoth turned into HTML): its main content
// becomes Markdown with hast-util-to-mdast. Headings, lists, tables, links,
// bold and italics are kept; scripts, styles, navigation and forms are not
// policy text and are left out.
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { ImportedBody } from './types.ts';

const notPolicyText = new Set(['script', 'style', 'nav', 'header', 'footer', 'form', 'noscript', 'template', 'iframe']);

export function htmlBody(html: string): ImportedBody {
  const document = fromHtml(html);
  const pageTitle = elementText(document, 'title');
  const main = findElement(document, 'main') ?? findElement(document, 'article') ?? findElement(document, 'body');
  const content: HastRoot = { type: 'root', children: main ? main.children : document.children };
  visit(content, 'element', (node, index, parent) => {
    if (parent && index !== undefined && notPolicyText.has(node.tagName)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    // An image with no address is one the Word reader left out.
    if (parent && index !== undefined && node.tagName === 'img' && !node.properties['src']) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.tagName === 'ol') letteredListAsLabels(node);
    if (node.tagName === 'table') firstRowAsHeader(node);
    return undefined;
  });
  const tree = toMdast(content) as Root;
  // Browsers show a list the same whether or not its items are wrapped in <p>; keep lists tight.
  visit(tree, (node) => {
    if (node.type === 'list' || node.type === 'listItem') node.spread = false;
  });
  const fields: ImportedBody['fields'] = {};
  if (pageTitle) fields.title = pageTitle;
  return { tree, fields, notes: [], format: 'md' };
}

/**
 * `<ol type="A">` shows A, B, C: the letters are the clause labels, so they
 * are written into the items ("A. …") rather than lost to 1, 2, 3.
 */
function letteredListAsLabels(list: Element): void {
  const type = String(list.properties['type'] ?? '');
  if (!['A', 'a', 'I', 'i'].includes(type)) return;
  const start = Number(list.properties['start'] ?? 1);
  const items = list.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'li');
  items.forEach((item, index) => {
    const label = labelFor(type, start + index);
    const target = firstParagraph(item);
    target.children.unshift({ type: 'text', value: `${label}. ` });
  });
  list.tagName = 'ul';
  delete list.properties['type'];
  delete list.properties['start'];
}

/**
 * A table without header cells (Word marks its header row by style, not by
 * element) gets its first row as the header, as readers saw it; otherwise the
 * Markdown table would start with an empty row.
 */
function firstRowAsHeader(table: Element): void {
  const rows: Element[] = [];
  visit(table, 'element', (node) => {
    if (node.tagName === 'tr') rows.push(node);
  });
  if (rows.some((row) => row.children.some((cell) => cell.type === 'element' && cell.tagName === 'th'))) return;
  for (const cell of rows[0]?.children ?? []) if (cell.type === 'element' && cell.tagName === 'td') cell.tagName = 'th';
}

function firstParagraph(item: Element): Element {
  const first = item.children.find(
    (child) => child.type === 'element' || (child.type === 'text' && child.value.trim()),
  );
  return first?.type === 'element' && first.tagName === 'p' ? first : item;
}

function labelFor(type: string, n: number): string {
  if (type === 'A' || type === 'a') {
    const letter = String.fromCharCode(64 + (((n - 1) % 26) + 1));
    return type === 'a' ? letter.toLowerCase() : letter;
  }
  const roman = toRoman(n);
  return type === 'i' ? roman.toLowerCase() : roman;
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, numeral] of table) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

function findElement(tree: HastRoot | Element, tagName: string): Element | undefined {
  let found: Element | undefined;
  visit(tree, 'element', (node) => {
    if (node.tagName !== tagName) return undefined;
    found = node;
    return false;
  });
  return found;
}

function elementText(tree: HastRoot, tagName: string): string | undefined {
  const element = findElement(tree, tagName);
  if (!element) return undefined;
  return hastText(element).trim().replace(/\s+/g, ' ') || undefined;
}

function hastText(node: Element | HastContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map((child) => hastText(child)).join('');
  return '';
}
