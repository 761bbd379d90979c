// Renders a checked policy to sanitised HTML with unified:
// mdast → (our anchors, allowlisted components) → hast → rehype-sanitize → HTML.
// MDX is never evaluated. Only documents that passed the safe-MDX profile are
// rendered, and rehype-sanitize still guards the output.
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { Root as HastRoot } from 'hast';
import { flattenSections, type Section } from './sections.ts';
import { readableBlocks, type ReadableBlock } from './readable-blocks.ts';

const schema: SanitizeSchema = {
  ...defaultSchema,
  // Anchors are ours (slugs and clause labels), so they need no prefix;
  // the `user-content-` prefix would break every permalink.
  clobberPrefix: '',
  clobber: [],
  // Drop these elements with their content: the text of a script or a style sheet is not policy text.
  strip: ['script', 'style'],
  tagNames: [...(defaultSchema.tagNames ?? []), 'aside', 'abbr', 'span'],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'id'],
    li: [['className', 'task-list-item', 'clause']],
    ul: [...withoutClassName(defaultSchema.attributes?.['ul']), ['className', 'contains-task-list', 'clauses']],
    ol: [...withoutClassName(defaultSchema.attributes?.['ol']), ['className', 'contains-task-list', 'clauses']],
    aside: [['className', 'note'], ['role', 'note'], ['ariaLabel']],
    span: [['className', 'gap', 'gap-label', 'note'], ['role', 'note'], ['ariaLabel']],
    abbr: ['title'],
    p: [['className', 'note-title']],
  },
};

type AttributeList = NonNullable<NonNullable<SanitizeSchema['attributes']>[string]>;

function withoutClassName(list: AttributeList | undefined): AttributeList {
  return (list ?? []).filter((entry) => (Array.isArray(entry) ? entry[0] : entry) !== 'className');
}

const processor = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, schema)
  .use(rehypeStringify)
  .freeze();

/**
 * Renders the body of a policy. `tree` is not modified, unless `consume` says the
 * caller throws it away afterwards (then copying it first would be wasted work).
 * Headings and clauses get the anchors computed by `buildSections`.
 */
export function renderPolicyHtml(
  tree: Root,
  sections: readonly Section[],
  options: { consume?: boolean } = {},
): string {
  return String(processor.stringify(renderPolicyHast(tree, sections, options)));
}

/**
 * The sanitised HTML tree the policy page is written from (before it becomes
 * a string): the redlines read their text from it, so that they show what the
 * page shows (see `readable-blocks.ts`).
 */
export function renderPolicyHast(
  tree: Root,
  sections: readonly Section[],
  options: { consume?: boolean } = {},
): HastRoot {
  const copy = options.consume ? tree : structuredClone(tree);
  const anchors = new Map(flattenSections(sections).map((section) => [section.position.start.offset, section]));
  prepare(copy, anchors);
  return processor.runSync(copy) as HastRoot;
}

/** The policy page's HTML and its readable blocks, from one rendering. */
export function renderPolicy(
  tree: Root,
  sections: readonly Section[],
  options: { consume?: boolean } = {},
): { html: string; blocks: ReadableBlock[] } {
  const hast = renderPolicyHast(tree, sections, options);
  return { html: String(processor.stringify(hast)), blocks: readableBlocks(hast, sections) };
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
