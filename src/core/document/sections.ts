// Builds the section tree of a policy: headings make sections, lettered or
// numbered list items make clauses, and each gets a stable, citable anchor.
//
// Anchor rules (documented in the author guide, never to change):
// - A heading's anchor is the GitHub slug of its text: "Disciplinary Actions" → `disciplinary-actions`.
// - A clause is a list item whose text starts with a label and a period or in
//   parentheses — `A.`, `c.`, `ii.`, `12.`, `(a)` — or an item of a numbered
//   list. Its anchor is the chain of labels from the outermost clause down,
//   lower-cased and joined with hyphens: §K(c) → `k-c`, §T(b)(ii) → `t-b-ii`.
//   Labels are taken as written, never re-interpreted (K's "i." is a letter,
//   T(b)'s "i." a numeral; both are just "i").
// - Lists that restart (1, 2, 3 under one heading, then 1, 2 again under the
//   next) are common in real documents. A list whose clause anchors also occur
//   in another list is scoped: by the section number of the paragraph that
//   introduces it when it has one (`**3.3** … will not:` then `(i)` → `#3-3-i`,
//   cited §3.3(i)), else by the heading it sits under (`#definitions-1`,
//   `#definitions-1-a`, cited "Definitions §1"). Lists whose labels occur only
//   once keep the bare chain, so AI 1-19's `#k-c` never changes. An anchor
//   changes only when a repeat of its labels is added or removed elsewhere.
// - Every anchor is unique in its document; a collision that scoping cannot
//   resolve (the same labels twice under one heading) is an error.
// - An anchor that would take one of the page's own ids (`main`, see
//   `reserved-ids.ts`) gets the prefix `user-content-`: a heading "Main" is `#user-content-main`.
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import type { Heading, List, ListItem, Nodes, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import type { DiagnosticSink } from '../diagnostics/diagnostic.ts';
import { safeAnchor } from './reserved-ids.ts';
import { invisibleCharacter, withoutInvisible } from '../text/clean-text.ts';

export interface Section {
  anchor: string;
  kind: 'heading' | 'clause';
  /** Heading text, or for a clause its opening words. */
  title: string;
  /** Clause labels from the outermost clause down, as written: ["T", "b", "ii"]. Empty for headings. */
  labels: string[];
  /** How to cite it: "Disciplinary Actions" or "§T(b)(ii)". */
  citation: string;
  /** Heading depth (2 for `##`); clauses sit one below their parent. */
  depth: number;
  /** Where the heading or list item starts and the whole section ends (offsets into the file). */
  position: Position;
  /** Plain text of the section, its sub-sections and clauses included, without the heading itself. */
  text: string;
  children: Section[];
}

const labelPattern = /^(?:\(([A-Za-z]{1,5}|\d{1,3})\)|([A-Za-z]|[ivxlcdm]{1,7}|[IVXLCDM]{1,7}|\d{1,3})\.)(?=\s)/;

export function slugOf(text: string): string {
  return GithubSlugger.prototype.slug.call(new GithubSlugger(), text);
}

export function clauseLabel(text: string): string | undefined {
  const match = labelPattern.exec(text.trimStart());
  return match ? (match[1] ?? match[2]) : undefined;
}

/** `anchor-2`, `anchor-3`…: the first that no section has. */
function unusedAnchor(anchor: string, taken: ReadonlySet<string>): string {
  let n = 2;
  while (taken.has(`${anchor}-${n}`)) n += 1;
  return `${anchor}-${n}`;
}

/**
 * Builds the tree and reports duplicate anchors and empty headings. Every section comes out with an anchor of its
 * own: of two that would share one, the second is reported and numbered (`…-2`).
 */
export function buildSections(tree: Root, sink: DiagnosticSink): Section[] {
  const roots: Section[] = [];
  const stack: Section[] = [];
  const seen = new Map<string, Section>();
  const end = tree.position?.end ?? { line: 1, column: 1 };

  const register = (section: Section): void => {
    const existing = seen.get(section.anchor);
    if (existing) {
      sink.report(
        'sections/duplicate-anchor',
        `Duplicate anchor \`#${section.anchor}\`: ${describe(section)} has the same web address as ${describe(existing)}.`,
        {
          place: section.position.start,
          related: [{ place: existing.position.start, message: 'first defined' }],
          hint:
            section.kind === 'heading'
              ? 'Give one of the two headings a different title.'
              : 'Clause labels must be unique in a policy: continue the lettering from the previous list, or check the label.',
        },
      );
      // The text is refused, so this anchor is never a published address; but a past version with this error is
      // still compared with others, and its redlines and section histories tell sections apart by anchor.
      section.anchor = unusedAnchor(section.anchor, anchors);
      anchors.add(section.anchor);
    }
    seen.set(section.anchor, section);
  };

  const topLevel = tree.children.filter((node) => node.type !== 'yaml');
  const lists: ClauseList[] = [];
  let previousDepth: number | undefined;
  for (const [index, node] of topLevel.entries()) {
    if (node.type === 'heading') {
      const title = toString(node).trim();
      if (title === '') {
        sink.report('sections/empty-heading', 'Unexpected empty heading: a heading needs text.', {
          place: node.position,
        });
        continue;
      }
      checkHeadingText(title, node, sink);
      if (node.depth === 1) {
        sink.report(
          'sections/title-heading',
          `Unexpected top-level heading \`# ${title}\`: the page already shows the policy title.`,
          {
            place: node.position,
            hint: `Write it as \`## ${title}\`.`,
          },
        );
      }
      reportSkippedLevel(node, title, previousDepth, sink);
      previousDepth = node.depth;
      while (stack.length > 0 && stack.at(-1)!.depth >= node.depth) stack.pop();
      const section = headingSection(node, title, sectionEnd(topLevel, index, node.depth, end));
      (stack.at(-1)?.children ?? roots).push(section);
      stack.push(section);
    } else {
      const parent = stack.at(-1);
      const clauses = clausesIn(node, [], parent?.depth ?? 1);
      (parent?.children ?? roots).push(...clauses);
      if (clauses.length > 0)
        lists.push({ heading: parent, lead: leadOf(topLevel[index - 1]), clauses: flattenSections(clauses) });
    }
  }
  scopeRepeatedClauses(lists);
  const anchors = new Set(flattenSections(roots).map((section) => section.anchor));
  for (const section of flattenSections(roots)) register(section);
  fillHeadingText(roots, topLevel);
  return roots;
}

/**
 * A heading more than one level below the heading before it (`##` then
 * `####`), or a first heading below `##`: screen readers list headings by
 * level, and the contents list would nest it under nothing.
 */
function reportSkippedLevel(node: Heading, title: string, previous: number | undefined, sink: DiagnosticSink): void {
  const expected = (previous ?? 1) + 1;
  if (node.depth <= expected) return;
  const marks = (depth: number) => '#'.repeat(depth);
  sink.report(
    'sections/skipped-heading-level',
    previous === undefined
      ? `Heading level skipped: the first heading \`${marks(node.depth)} ${title}\` should be \`${marks(expected)}\`.`
      : `Heading level skipped: \`${marks(node.depth)} ${title}\` comes right after a \`${marks(previous)}\` heading, expected \`${marks(expected)}\`.`,
    {
      place: node.position,
      hint: `Write it as \`${marks(expected)} ${title}\`, so that readers and screen readers see which section it belongs to.`,
    },
  );
}

/** One list of clauses as written: the heading it sits under and the number of the paragraph that introduces it. */
interface ClauseList {
  heading: Section | undefined;
  /** "3.3" when the paragraph before the list starts with a section number (`**3.3**`, `4.1`, `A1-4.`). */
  lead: string | undefined;
  clauses: Section[];
}

const leadNumber = /^([A-Z]?\d+(?:[.-]\d+)+)\.?(?=\s|$)/;

/** The section number a paragraph starts with, as written: "3.3", "A1-4". */
function leadOf(node: RootContent | undefined): string | undefined {
  if (node?.type !== 'paragraph') return undefined;
  return leadNumber.exec(toString(node).trim())?.[1];
}

/**
 * Scopes every list whose clause anchors also occur in another list (see the
 * anchor rules at the top of this file): by the section number of the
 * paragraph that introduces it (`#3-3-i`, cited §3.3(i)), else by its heading
 * (`#definitions-1`, cited Definitions §1).
 */
function scopeRepeatedClauses(lists: readonly ClauseList[]): void {
  const keyOf = (list: ClauseList): string | undefined =>
    list.lead !== undefined ? `§${list.lead}` : list.heading?.anchor;
  const keysOf = new Map<string, Set<string | undefined>>();
  for (const list of lists) {
    for (const clause of list.clauses) {
      const keys = keysOf.get(clause.anchor) ?? new Set();
      keys.add(keyOf(list));
      keysOf.set(clause.anchor, keys);
    }
  }
  for (const list of lists) {
    // Scoping only helps when the repeat is under another heading or number; the same labels twice
    // under one heading stay a duplicate for the author to fix.
    if (!list.clauses.some((clause) => (keysOf.get(clause.anchor)?.size ?? 0) > 1)) continue;
    const { heading, lead } = list;
    for (const clause of list.clauses) {
      if (lead !== undefined) {
        clause.anchor = `${lead.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${clause.anchor}`;
        clause.citation = `§${lead}${clause.labels.map((part) => `(${part})`).join('')}`;
      } else if (heading !== undefined) {
        clause.anchor = `${heading.anchor}-${clause.anchor}`;
        clause.citation = `${heading.title} ${clause.citation}`;
      }
    }
  }
}

/** Longest heading, in characters. */
export const MAX_HEADING_LENGTH = 200;

function checkHeadingText(title: string, node: Heading, sink: DiagnosticSink): void {
  if (title.length > MAX_HEADING_LENGTH) {
    sink.report(
      'sections/too-long',
      `The heading is ${title.length.toLocaleString('en-US')} characters long; a heading may have at most ${MAX_HEADING_LENGTH}.`,
      { place: node.position, hint: 'Keep the heading to a few words and put the rest in the paragraph below it.' },
    );
  }
  const invisible = invisibleCharacter(title);
  if (invisible) {
    sink.report(
      'sections/invisible-character',
      `The heading “${withoutInvisible(title)}” holds the ${invisible.described}, which hides or turns its text around.`,
      { place: node.position, hint: 'Delete the character and type the heading again.' },
    );
  }
}

/** "the heading “Scope”" or "clause §K(c)", for messages. */
function describe(section: Section): string {
  return section.kind === 'heading' ? `the heading “${section.title}”` : `clause ${section.citation}`;
}

function headingSection(node: Heading, title: string, end: Position['end']): Section {
  return {
    anchor: safeAnchor(slugOf(title)),
    kind: 'heading',
    title,
    labels: [],
    citation: title,
    depth: node.depth,
    position: { start: node.position!.start, end },
    text: '',
    children: [],
  };
}

/** A heading's section runs until the next heading of the same or a higher level. */
function sectionEnd(nodes: RootContent[], index: number, depth: number, end: Position['end']): Position['end'] {
  for (const node of nodes.slice(index + 1)) {
    if (node.type === 'heading' && node.depth <= depth && node.position) return node.position.start;
  }
  return end;
}

function fillHeadingText(sections: Section[], nodes: RootContent[]): void {
  for (const section of sections) {
    if (section.kind !== 'heading') continue;
    const start = section.position.start.offset ?? 0;
    const stop = section.position.end.offset ?? Infinity;
    section.text = nodes
      .filter((node) => node.type !== 'heading' || (node.position?.start.offset ?? 0) > start)
      .filter((node) => (node.position?.start.offset ?? 0) >= start && (node.position?.end.offset ?? 0) <= stop)
      .filter((node) => !(node.type === 'heading' && node.position?.start.offset === start))
      .map((node) => plainText(node))
      .filter((text) => text !== '')
      .join('\n\n');
    fillHeadingText(section.children, nodes);
  }
}

/** Finds the clauses in a block, descending into lists (and into clauses' nested lists). */
function clausesIn(node: Nodes, parentLabels: string[], parentDepth: number): Section[] {
  if (node.type !== 'list') {
    if (node.type === 'blockquote')
      return node.children.flatMap((child) => clausesIn(child, parentLabels, parentDepth));
    return [];
  }
  return node.children.flatMap((item, index) => {
    const label = itemLabel(node, item, index);
    if (label === undefined) {
      // An unlabelled item may still hold labelled sub-lists.
      return item.children.flatMap((child) => clausesIn(child, parentLabels, parentDepth));
    }
    const labels = [...parentLabels, label];
    const text = plainText(item);
    const section: Section = {
      anchor: safeAnchor(labels.map((part) => part.toLowerCase()).join('-')),
      kind: 'clause',
      title: openingWords(text.replace(labelPattern, '').trim()),
      labels,
      citation: `§${labels[0]}${labels
        .slice(1)
        .map((part) => `(${part})`)
        .join('')}`,
      depth: parentDepth + 1,
      position: item.position!,
      text,
      children: [],
    };
    section.children = item.children.flatMap((child) => clausesIn(child, labels, section.depth));
    return [section];
  });
}

function itemLabel(list: List, item: ListItem, index: number): string | undefined {
  if (list.ordered) return String((list.start ?? 1) + index);
  const first = item.children[0];
  if (first?.type !== 'paragraph') return undefined;
  return clauseLabel(toString(first));
}

function plainText(node: Nodes): string {
  if (node.type === 'list') return node.children.map((item) => plainText(item)).join('\n');
  if (node.type === 'listItem') return node.children.map((child) => plainText(child)).join('\n');
  if (
    node.type === 'mdxjsEsm' ||
    node.type === 'mdxFlowExpression' ||
    node.type === 'mdxTextExpression' ||
    node.type === 'yaml'
  )
    return '';
  return toString(node, { includeHtml: false }).trim();
}

function openingWords(text: string): string {
  const firstLine = text.split('\n')[0] ?? '';
  if (firstLine.length <= 80) return firstLine;
  const cut = firstLine.slice(0, 80);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** All sections of a tree, depth first, in document order. */
export function flattenSections(sections: readonly Section[]): Section[] {
  return sections.flatMap((section) => [section, ...flattenSections(section.children)]);
}
