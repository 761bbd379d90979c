// Turns a policy's mdast into the HTML tree (hast) that is both checked and
// published: our anchors on headings and clauses, the allowlisted components
// as plain HTML, and raw HTML (in `.md` files) parsed by the HTML parser
// (parse5, through rehype-raw). The safe-content profile judges this tree and
// `render.ts` prints this tree, so a comment, attribute or entity trick cannot
// mean one thing to the check and another to the page.
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import type { Element, Root as HastRoot } from 'hast';
import type { Nodes, Root } from 'mdast';
import type { Point } from 'unist';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { flattenSections, type Section } from './sections.ts';
import { isWwwLiteral } from './mdx-profile.ts';
import { voidElements } from './mdx-text.ts';

const toHast = unified().use(remarkRehype, { allowDangerousHtml: true }).freeze();
const reparse = unified().use(rehypeRaw).freeze();

export interface PolicyHtmlTree {
  tree: HastRoot;
  /**
   * The elements Markdown made (not raw HTML), as `tag@offset {properties}`:
   * the HTML parser makes new nodes, so they are recognised by what and where
   * they are. Raw HTML cannot pose as one: it would need the same tag, place
   * and attributes as an element Markdown made at that very place.
   */
  markdownElements: ReadonlySet<string>;
}

export function elementSignature(element: Element): string | undefined {
  const offset = element.position?.start.offset;
  // The HTML parser writes tag names in lower case (`<Note>` is `note` to it).
  return offset === undefined
    ? undefined
    : `${element.tagName.toLowerCase()}@${offset} ${JSON.stringify(element.properties)}`;
}

/**
 * The HTML tree of a policy body. `tree` is not modified, unless `consume` says
 * the caller throws it away afterwards (then copying it first would be wasted work).
 */
export function policyHtmlTree(
  tree: Root,
  sections: readonly Section[],
  options: { consume?: boolean } = {},
): PolicyHtmlTree {
  const copy = options.consume ? tree : structuredClone(tree);
  const anchors = new Map(flattenSections(sections).map((section) => [section.position.start.offset, section]));
  prepare(copy, anchors);
  const markdownTree = toHast.runSync(copy) as HastRoot;
  const markdownElements = new Set<string>();
  visit(markdownTree, 'element', (element: Element) => {
    const signature = elementSignature(element);
    if (signature) markdownElements.add(signature);
  });
  return { tree: reparse.runSync(markdownTree) as HastRoot, markdownElements };
}

function prepare(tree: Root, anchors: Map<number | undefined, Section>): void {
  visit(tree, (node: Nodes, index, parent) => {
    switch (node.type) {
      case 'yaml':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // Front matter and `{/* comments */}` are not part of the text.
        if (parent && index !== undefined) {
          parent.children.splice(index, 1);
          return [SKIP, index];
        }
        return undefined;
      case 'paragraph': {
        // `<Note title="…">Text.</Note>` written on one line is parsed as part of a
        // paragraph; an <aside> cannot sit inside a <p>, so the note replaces it.
        const note = loneNote(node.children);
        if (note && parent && index !== undefined) {
          parent.children[index] = {
            type: 'mdxJsxFlowElement',
            name: note.name,
            attributes: note.attributes,
            children: [{ type: 'paragraph', children: note.children }],
            ...(note.position ? { position: note.position } : {}),
          } as never;
          return [SKIP, index];
        }
        return undefined;
      }
      case 'link':
        if (isWwwLiteral(node)) node.url = `https://${toString(node)}`;
        return undefined;
      case 'heading': {
        const section = anchors.get(node.position?.start.offset);
        if (section) node.data = { ...node.data, hProperties: { id: section.anchor } };
        return undefined;
      }
      case 'listItem': {
        const section = anchors.get(node.position?.start.offset);
        if (section?.kind === 'clause') {
          node.data = { ...node.data, hProperties: { id: section.anchor, className: ['clause'] } };
          if (parent?.type === 'list') parent.data = { ...parent.data, hProperties: { className: ['clauses'] } };
        }
        return undefined;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        toHastElement(node);
        return undefined;
      default:
        return undefined;
    }
  });
}

function loneNote(children: readonly Nodes[]): MdxJsxTextElement | undefined {
  const content = children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const only = content[0];
  return content.length === 1 && only?.type === 'mdxJsxTextElement' && only.name === 'Note' ? only : undefined;
}

/** Maps the allowlisted components to plain, accessible HTML. */
function toHastElement(node: MdxJsxFlowElement | MdxJsxTextElement): void {
  const attribute = (name: string): string | undefined => {
    for (const item of node.attributes) {
      if (item.type === 'mdxJsxAttribute' && item.name === name && typeof item.value === 'string') return item.value;
    }
    return undefined;
  };
  switch (node.name) {
    case 'Note': {
      const title = attribute('title') ?? 'Note';
      if (node.type === 'mdxJsxTextElement') {
        // A note inside a sentence stays inline: a <span>, so the paragraph stays valid HTML.
        node.data = { hName: 'span', hProperties: { className: ['note'], role: 'note', ariaLabel: title } };
        node.children.unshift({
          type: 'strong',
          children: [{ type: 'text', value: `${title}: ` }],
        } as never);
        return;
      }
      node.data = { hName: 'aside', hProperties: { className: ['note'], role: 'note', ariaLabel: title } };
      node.children.unshift({
        type: 'paragraph',
        data: { hProperties: { className: ['note-title'] } },
        children: [{ type: 'strong', children: [{ type: 'text', value: title }] }],
      } as never);
      return;
    }
    case 'Gap': {
      // A gap in the source text: say so in words, not only by styling.
      const explanation = toString(node).trim();
      node.data = { hName: 'span', hProperties: { className: ['gap'] } };
      node.children = [{ type: 'text', value: `[Text missing${explanation ? `: ${explanation}` : ''}]` }] as never;
      return;
    }
    default:
      node.data = {
        hName: node.name ?? 'span',
        hProperties: Object.fromEntries(
          node.attributes.flatMap((item) =>
            item.type === 'mdxJsxAttribute' && typeof item.value === 'string' ? [[item.name, item.value]] : [],
          ),
        ),
      };
  }
}

/** Whether a body holds raw HTML (then its HTML tree must be judged, even when it is not rendered). */
export function hasRawHtml(tree: Root): boolean {
  let found = false;
  visit(tree, 'html', () => {
    found = true;
    return false;
  });
  return found;
}

/**
 * Where raw HTML first opens elements more than `limit` deep, counting its own
 * tags only, in document order: the HTML parser's tree is turned into ours by a
 * walk that calls itself, and thousands of elements inside each other would
 * exhaust the stack (or not, depending on how much of it is left), so a body
 * that goes that deep is refused before the tree is built, always at this tag.
 */
export function tooDeepRawHtml(tree: Root, limit: number): Point | undefined {
  let depth = 0;
  let place: Point | undefined;
  visit(tree, 'html', (node) => {
    for (const tag of node.value.matchAll(/<(\/?)([A-Za-z][\w-]*)[^>]*?(\/?)>/g)) {
      const [, closing, name, selfClosing] = tag;
      if (closing) depth = Math.max(0, depth - 1);
      else if (!selfClosing && !voidElements.has(name!.toLowerCase())) depth += 1;
      if (depth > limit) {
        const start = node.position?.start;
        place = start && {
          line: start.line,
          column: start.column + (tag.index ?? 0),
          offset: (start.offset ?? 0) + (tag.index ?? 0),
        };
        return false;
      }
    }
    return undefined;
  });
  return place;
}

/** Where the first raw HTML of a body starts. */
export function firstRawHtml(tree: Root): Point | undefined {
  let place: Point | undefined;
  visit(tree, 'html', (node) => {
    place = node.position?.start;
    return false;
  });
  return place;
}
