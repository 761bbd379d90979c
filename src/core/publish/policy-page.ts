// What the policy page adds around each section and clause of the rendered
// text: a permalink, a citation line (selected whole with one click, so it can be
// copied without any script) and a "Give feedback on this section" link,
// prefilled when the feedback channel is an email address. Pure: HTML in, HTML out.
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { flattenSections, type Section } from '../document/sections.ts';
import type { PolicyFrontMatter } from '../schemas/types.ts';

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
  /** Add "Give feedback on this section" links to this channel (current texts only). */
  feedback?: ChannelLink;
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
  return `${citation}, ${context.pageUrl}${section ? `#${section.anchor}` : ''}`;
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
  const link = context.pageUrl ? `${context.pageUrl}${section ? `#${section.anchor}` : ''}` : '';
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

/** Adds permalinks, citation lines and feedback links to rendered policy HTML. */
export function decoratePolicyHtml(html: string, sections: readonly Section[], options: DecorateOptions): string {
  const tree: Root = fromHtml(html, { fragment: true });
  const byAnchor = new Map(flattenSections(sections).map((section) => [section.anchor, section]));
  visit(tree, 'element', (node: Element, index, parent) => {
    const id = node.properties['id'];
    const section = typeof id === 'string' ? byAnchor.get(id) : undefined;
    if (!section || !parent || index === undefined) return undefined;
    if (section.kind === 'heading' && /^h[1-6]$/.test(node.tagName)) {
      parent.children.splice(index + 1, 0, headingTools(section, options));
      return [SKIP, index + 2];
    }
    if (section.kind === 'clause' && node.tagName === 'li') {
      const nested = node.children.findIndex(
        (child) => child.type === 'element' && (child.tagName === 'ul' || child.tagName === 'ol'),
      );
      node.children.splice(nested === -1 ? node.children.length : nested, 0, clauseCitation(section, options));
    }
    return undefined;
  });
  return toHtml(tree);
}

function headingTools(section: Section, options: DecorateOptions): Element {
  // Two lines: the citation, then the links. The citation carries the page
  // address too, so what a reader copies stands on its own; one click selects it
  // whole (CSS `user-select: all`), so copying needs no script.
  const cite: ElementContent[] = [
    { type: 'text', value: 'Cite as: ' },
    h(
      'span',
      { className: ['citation', 'citation--copy'], id: `cite-${section.anchor}` },
      fullCitationOf(options, section),
    ),
  ];
  const links: ElementContent[] = [
    h('a', { className: ['permalink-text'], href: `#${section.anchor}` }, [
      h('span', { ariaHidden: 'true' }, '§ '),
      'Link to this section',
      h('span', { className: ['visually-hidden'] }, `: ${section.title}`),
    ]),
  ];
  if (options.feedback) {
    links.push(
      h('a', { className: ['feedback-link'], href: feedbackHref(options.feedback, options, section) }, [
        'Give feedback on this section',
        h('span', { className: ['visually-hidden'] }, `: ${section.title}`),
      ]),
    );
  }
  // Search indexes the policy text, not the tools around it.
  return h('p', { className: ['section-tools'], dataPagefindIgnore: 'all' }, [
    h('span', { className: ['section-tools__line'] }, cite),
    h('span', { className: ['section-tools__line'] }, links),
  ]);
}

function clauseCitation(section: Section, options: DecorateOptions): Element {
  return h('span', { className: ['cite'], dataPagefindIgnore: 'all' }, [
    h('a', { className: ['permalink'], href: `#${section.anchor}`, ariaLabel: `Link to ${section.citation}` }, '§'),
    h('span', { className: ['citation'] }, citationOf(options, section)),
  ]);
}
