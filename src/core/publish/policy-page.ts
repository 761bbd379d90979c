// The reading tools around each section and clause of a version's rendered
// text, the same on every version page and on the policy's own address: one
// compact line per heading (a permanent link, "Cite this section" as a disclosure
// holding the citation with the version's address, selected whole with one click
// so it can be copied without any script, "Give feedback on this section",
// prefilled when the channel is an email address, and "Back to contents"), and a
// permanent link with the citation on each clause. Pure: HTML in, HTML out.
import { renderedHtmlTree } from '../document/html-fragment.ts';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { attributeOf, tagsOf } from '../document/html-tags.ts';
import { voidElements } from '../document/mdx-text.ts';
import { flattenSections, type Section } from '../document/sections.ts';
import type { PolicyFrontMatter } from '../schemas/types.ts';
import { withAnchor } from '../routes.ts';

/** A public channel as the site settings hold it. */
export interface ChannelLink {
  url: string;
  label: string;
}

export interface CitationContext {
  frontMatter: Pick<PolicyFrontMatter, 'number' | 'title' | 'version'>;
  /** The absolute address of the page, e.g. `https://cabq.github.io/policy/policies/ai-1-19/`. */
  pageUrl?: string;
}

export interface DecorateOptions extends CitationContext {
  /** Add "Give feedback on this section" links to this channel. */
  feedback?: ChannelLink;
  /**
   * The version page's address relative to the page the HTML is shown on: `1.0/`
   * on the policy's own address, empty on the version page itself. Permanent
   * links go there, so a link copied from the policy's address never changes text
   * when a new version is adopted. Relative, so it works under any base path.
   */
  versionLink?: string;
  /** The id of the contents list, for a "Back to contents" link after each heading's tools. */
  contentsId?: string;
}

/** `AI 1-19, Purpose (version 1.0)` for a heading; `AI 1-19 §K(c) (version 1.0)` for a clause. */
export function citationOf(context: CitationContext, section?: Section): string {
  const { number, version } = context.frontMatter;
  if (!section) return `${number} (version ${version})`;
  const separator = section.kind === 'clause' ? ' ' : ', ';
  return `${number}${separator}${section.citation} (version ${version})`;
}

/** The citation with its web address, as the section's citation line shows it. */
export function fullCitationOf(context: CitationContext, section?: Section): string {
  const citation = citationOf(context, section);
  if (!context.pageUrl) return citation;
  return `${citation}, ${withAnchor(context.pageUrl, section?.anchor)}`;
}

/**
 * The link for feedback on one section. An email channel gets a subject and a
 * body naming the policy, version and section; a web form is linked as it is,
 * because its fields cannot be prefilled in a standard way.
 */
export function feedbackHref(channel: ChannelLink, context: CitationContext, section?: Section): string {
  if (!/^mailto:/i.test(channel.url)) return channel.url;
  const { number, title, version } = context.frontMatter;
  const where = section ? section.citation : 'the whole policy';
  const subject = `Feedback on ${number} (version ${version}): ${where}`;
  const link = context.pageUrl ? withAnchor(context.pageUrl, section?.anchor) : '';
  const body = [
    `Policy: ${number} ${title}`,
    `Version: ${version}`,
    `Section: ${where}`,
    ...(link ? [`Link: ${link}`] : []),
    '',
    'My feedback:',
    '',
  ].join('\n');
  // The check refuses a channel with `?…` (`web-address.ts`); should one get here all the same, its
  // headers (`cc`, `bcc`, a second `subject`) are dropped: the message goes to the one address only.
  const address = channel.url.split('?')[0]!;
  return `${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/**
 * Adds permalinks, citation lines and feedback links to rendered policy HTML:
 * the tools of each section heading right after it, and each clause's citation
 * in its list item, before the list of its sub-clauses if it has one. The
 * HTML is spliced, not parsed and written out again (`document/html-tags.ts`
 * says why that is safe for our own HTML).
 */
export function decoratePolicyHtml(html: string, sections: readonly Section[], options: DecorateOptions): string {
  const byAnchor = new Map(flattenSections(sections).map((section) => [section.anchor, section]));
  const insertions: { at: number; html: string }[] = [];
  // Open elements; a clause's list item carries its citation until a sub-clause list or its end tag places it.
  const open: { name: string; citation?: string }[] = [];
  let heading: { name: string; tools: string } | undefined;
  for (const tag of tagsOf(html)) {
    if (tag.closing) {
      const element = open.pop();
      if (element?.citation !== undefined) insertions.push({ at: tag.start, html: element.citation });
      if (heading && tag.name === heading.name) {
        insertions.push({ at: tag.end, html: heading.tools });
        heading = undefined;
      }
      continue;
    }
    const parent = open.at(-1);
    if (parent?.citation !== undefined && (tag.name === 'ul' || tag.name === 'ol')) {
      insertions.push({ at: tag.start, html: parent.citation });
      parent.citation = undefined;
    }
    const id = attributeOf(tag, 'id');
    const section = id === undefined ? undefined : byAnchor.get(id);
    if (section?.kind === 'heading' && /^h[1-6]$/.test(tag.name) && !heading) {
      heading = { name: tag.name, tools: toHtml(headingTools(section, options)) };
    }
    if (voidElements.has(tag.name)) continue;
    open.push(
      section?.kind === 'clause' && tag.name === 'li'
        ? { name: tag.name, citation: toHtml(clauseCitation(section, options)) }
        : { name: tag.name },
    );
  }
  return splice(html, insertions);
}

/** `html` with each insertion made at its offset (given in any order). */
function splice(html: string, insertions: readonly { at: number; html: string }[]): string {
  const sorted = [...insertions].sort((a, b) => a.at - b.at);
  const pieces: string[] = [];
  let from = 0;
  for (const { at, html: inserted } of sorted) {
    pieces.push(html.slice(from, at), inserted);
    from = at;
  }
  pieces.push(html.slice(from));
  return pieces.join('');
}

function permanentHref(section: Section, options: DecorateOptions): string {
  return `${options.versionLink ?? ''}#${section.anchor}`;
}

function headingTools(section: Section, options: DecorateOptions): Element {
  const version = options.frontMatter.version;
  const hidden = (words: string) => h('span', { className: ['visually-hidden'] }, words);
  const tools: ElementContent[] = [
    h('a', { href: permanentHref(section, options) }, [
      h('span', { ariaHidden: 'true' }, '§ '),
      `Permanent link`,
      hidden(` to ${section.title}, version ${version}`),
    ]),
    // A disclosure keeps the long citation out of the way until asked for.
    h('details', { className: ['cite-as'] }, [
      h('summary', ['Cite this section', hidden(`: ${section.title}`)]),
      h(
        'span',
        { className: ['citation', 'citation--copy'], id: `cite-${section.anchor}` },
        fullCitationOf(options, section),
      ),
    ]),
  ];
  if (options.feedback) {
    tools.push(
      h('a', { href: feedbackHref(options.feedback, options, section) }, [
        'Give feedback on this section',
        hidden(`: ${section.title}`),
      ]),
    );
  }
  if (options.contentsId) tools.push(h('a', { href: `#${options.contentsId}` }, 'Back to contents'));
  // Search indexes the policy text, not the tools around it.
  return h('div', { className: ['reading-tools'], dataPagefindIgnore: 'all' }, tools);
}

function clauseCitation(section: Section, options: DecorateOptions): Element {
  return h('span', { className: ['cite'], dataPagefindIgnore: 'all' }, [
    h(
      'a',
      {
        className: ['permalink'],
        href: permanentHref(section, options),
        ariaLabel: `Permanent link to ${section.citation}, version ${options.frontMatter.version}`,
      },
      '§',
    ),
    h('span', { className: ['citation'] }, citationOf(options, section)),
  ]);
}

/**
 * Wraps each table in a labelled, focusable region that scrolls on its own
 * (`.table-wrap`), so a wide table never pushes the page sideways on a narrow
 * screen and its words are never broken to make it fit. The label is the
 * heading the table follows ("Actions"), else "Table".
 */
export function wrapTables(html: string): string {
  const tree = renderedHtmlTree(html);
  let heading = 'Table';
  visit(tree, 'element', (node: Element, index, parent) => {
    if (/^h[1-6]$/.test(node.tagName)) heading = toText(node);
    if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
    parent.children.splice(
      index,
      1,
      h('div', { className: ['table-wrap'], tabIndex: 0, role: 'region', ariaLabel: heading }, [node]),
    );
    return SKIP;
  });
  return toHtml(tree);
}

function toText(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  return node.children.map(toText).join('').trim();
}
