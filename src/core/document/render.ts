// Prints a policy's HTML tree (`html-tree.ts`) as sanitised HTML:
// hast → rehype-sanitize → HTML. MDX is never evaluated. Only documents that
// passed the safe-content profile are rendered, from the very tree the profile
// judged; rehype-sanitize still guards the output.
import { unified } from 'unified';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import type { Section } from './sections.ts';
import { policyHtmlTree } from './html-tree.ts';
import { checkHtmlTree } from './html-profile.ts';
import { DiagnosticSink } from '../diagnostics/diagnostic.ts';
import { flattenSections } from './sections.ts';
import { readableBlocks, type ReadableBlock } from './readable-blocks.ts';

const schema: SanitizeSchema = {
  ...defaultSchema,
  // Anchors are ours (slugs and clause labels), so they need no prefix;
  // the `user-content-` prefix would break every permalink.
  clobberPrefix: '',
  clobber: [],
  // Drop these elements with their content: the text of a script or a style sheet is not policy text.
  strip: ['script', 'style'],
  // The one URL policy (`web-address.ts`): links to `https:` and `mailto:`, images over `https:` (relative addresses always).
  protocols: { href: ['https', 'mailto'], src: ['https'], cite: ['https'], longDesc: ['https'] },
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

const processor = unified().use(rehypeSanitize, schema).use(rehypeStringify).freeze();

/** Prints an HTML tree made by `policyHtmlTree` (and judged by `checkHtmlTree`). The tree is consumed. */
export function renderHtmlTree(tree: HastRoot): string {
  return String(processor.stringify(processor.runSync(tree)));
}

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
  const html = policyHtmlTree(tree, sections, options);
  // The document passed the profile already; this pass makes the same changes
  // to the tree that the check makes (author anchors), and its findings are not needed again.
  const sectionAnchors = new Set(flattenSections(sections).map((section) => section.anchor));
  checkHtmlTree(
    html.tree,
    { markdownElements: html.markdownElements, sectionAnchors },
    new DiagnosticSink('policy/rendered.md'),
  );
  return processor.runSync(html.tree) as HastRoot;
}

/** The policy page's HTML and its readable blocks, from one rendering. */
export function renderPolicy(
  tree: Root,
  sections: readonly Section[],
  options: { consume?: boolean } = {},
): { html: string; blocks: ReadableBlock[] } {
  return fromSanitisedTree(renderPolicyHast(tree, sections, options), sections);
}

/** `renderHtmlTree` for a tree the profile judged, with the readable blocks of the same sanitised tree. */
export function renderHtmlTreeWithBlocks(
  tree: HastRoot,
  sections: readonly Section[],
): { html: string; blocks: ReadableBlock[] } {
  return fromSanitisedTree(processor.runSync(tree) as HastRoot, sections);
}

function fromSanitisedTree(hast: HastRoot, sections: readonly Section[]): { html: string; blocks: ReadableBlock[] } {
  return { html: String(processor.stringify(hast)), blocks: readableBlocks(hast, sections) };
}
