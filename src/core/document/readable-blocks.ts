// The text of a policy as its page shows it, cut into blocks: each heading,
// paragraph, list item (clause), note and table cell is one block, with the
// elements that hold it (a clause inside its list) and its inline formatting
// (bold, links, gaps) kept as marks on pieces of text. The redlines diff these
// blocks, so they compare what a reader sees: no Markdown or MDX syntax, and
// comments are not text (they never reach the HTML tree).
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { flattenSections, type Section } from './sections.ts';

/** An element that holds blocks or inline text: `ul`, `li`, `aside`, `p`, `h2`… */
export interface Container {
  tag: string;
  properties: Properties;
  /** Tells apart two elements with the same tag and attributes (two lists in a row). */
  key: number;
  /** For an item of a numbered list: the number the browser shows. */
  number?: number;
}

/** An inline element around a piece of text: `strong`, `em`, `a`, `code`, the gap's `span`… */
export interface Mark {
  tag: string;
  properties: Properties;
}

export interface Piece {
  text: string;
  /** Outermost first. */
  marks: Mark[];
}

export interface ReadableBlock {
  /** Anchor of the heading section the block is in; `""` before the first heading. */
  section: string;
  /** Outermost first; the last one holds the text (a `p`, an `h2`, or an `li` written without a paragraph). */
  containers: Container[];
  pieces: Piece[];
  /** The pieces' text: spacing collapsed as a browser shows it. */
  text: string;
  /** The clause the block belongs to, when it is in one: its anchor and how it is cited ("§K(a)"). */
  clause?: { anchor: string; citation: string };
}

/** The HTML elements that hold blocks or are blocks: what a browser lays out as a block of its own. */
export const blockTags: ReadonlySet<string> = new Set([
  'address',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function isHeadingBlock(block: ReadableBlock): boolean {
  return headingTags.has(block.containers.at(-1)?.tag ?? '');
}

/** The blocks of a rendered policy, in reading order. */
export function readableBlocks(tree: Root, sections: readonly Section[]): ReadableBlock[] {
  const clauses = new Map(
    flattenSections(sections)
      .filter((section) => section.kind === 'clause')
      .map((section) => [section.anchor, section.citation]),
  );
  const blocks: ReadableBlock[] = [];
  let key = 0;
  let section = '';

  const emit = (containers: Container[], inline: readonly ElementContent[]) => {
    const pieces: Piece[] = [];
    const pre = containers.some((container) => container.tag === 'pre');
    for (const node of inline) collectInline(node, [], pieces);
    const { text, pieces: spaced } = pre ? { text: joined(pieces), pieces } : collapse(pieces);
    const last = containers.at(-1)!;
    if (text === '' && last.tag !== 'hr') return;
    const holder = [...containers].reverse().find((container) => clauses.has(String(container.properties['id'] ?? '')));
    const anchor = holder ? String(holder.properties['id']) : undefined;
    blocks.push({
      section,
      containers,
      pieces: spaced,
      text,
      ...(anchor ? { clause: { anchor, citation: clauses.get(anchor)! } } : {}),
    });
  };

  const walk = (children: readonly (RootContent | ElementContent)[], containers: Container[]) => {
    let inline: ElementContent[] = [];
    const parent = containers.at(-1);
    let number = parent?.tag === 'ol' ? Number(parent.properties['start'] ?? 1) : undefined;
    const flush = () => {
      if (inline.length > 0 && containers.length > 0) emit(containers, inline);
      inline = [];
    };
    for (const child of children) {
      if (child.type === 'element' && blockTags.has(child.tagName)) {
        flush();
        const container: Container = { tag: child.tagName, properties: child.properties, key: key++ };
        if (child.tagName === 'li' && number !== undefined) container.number = number++;
        if (headingTags.has(child.tagName) && typeof child.properties['id'] === 'string') {
          section = child.properties['id'];
        }
        if (child.tagName === 'hr') emit([...containers, container], []);
        else walk(child.children, [...containers, container]);
      } else if (child.type === 'text' || child.type === 'element') {
        inline.push(child);
      }
      // Comments and doctype are not text.
    }
    flush();
  };
  walk(tree.children, []);
  return blocks;
}

function collectInline(node: ElementContent, marks: Mark[], pieces: Piece[]): void {
  if (node.type === 'text') {
    pieces.push({ text: node.value, marks });
  } else if (node.type === 'element') {
    if (node.tagName === 'br') {
      pieces.push({ text: '\n', marks });
      return;
    }
    if (node.tagName === 'img') {
      const alt = node.properties['alt'];
      if (typeof alt === 'string' && alt !== '') pieces.push({ text: alt, marks });
      return;
    }
    const inner = [...marks, { tag: node.tagName, properties: node.properties } satisfies Mark];
    for (const child of (node as Element).children) collectInline(child, inner, pieces);
  }
}

function joined(pieces: readonly Piece[]): string {
  return pieces.map((piece) => piece.text).join('');
}

/** Spacing as a browser shows it outside `<pre>`: every run one space, none at either end. */
function collapse(pieces: readonly Piece[]): { text: string; pieces: Piece[] } {
  const result: Piece[] = [];
  let spaceBefore = true;
  for (const piece of pieces) {
    let text = '';
    for (const part of piece.text.split(/(\s+)/)) {
      if (part === '') continue;
      if (/^\s+$/.test(part)) {
        if (!spaceBefore) text += ' ';
        spaceBefore = true;
      } else {
        text += part;
        spaceBefore = false;
      }
    }
    if (text !== '') result.push({ text, marks: piece.marks });
  }
  const last = result.at(-1);
  if (last && last.text.endsWith(' ')) {
    last.text = last.text.slice(0, -1);
    if (last.text === '') result.pop();
  }
  return { text: joined(result), pieces: result };
}
