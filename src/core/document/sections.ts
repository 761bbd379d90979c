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
// - Every anchor is unique in its document; a collision is an error.
// - An anchor that would take one of the page's own ids (`main`, see
//   `reserved-ids.ts`) gets the prefix `user-content-`: a heading "Main" is `#user-content-main`.
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import type { Heading, List, ListItem, Nodes, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import type { DiagnosticSink } from '../diagnostics/diagnostic.ts';
import { safeAnchor } from './reserved-ids.ts';
import { invisibleCharacter } from '../text/clean-text.ts';

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

/** Builds the tree and reports duplicate anchors and empty headings. */
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
        `Duplicate anchor \`#${section.anchor}\`: ${describe(section)} has the same web address as ${describe(existing)} on line ${existing.position.start.line}.`,
        {
          place: section.position.start,
          hint:
            section.kind === 'heading'
              ? 'Give one of the two headings a different title.'
              : 'Clause labels must be unique in a policy: continue the lettering from the previous list, or check the label.',
        },
      );
      return;
    }
    seen.set(section.anchor, section);
  };

  const topLevel = tree.children.filter((node) => node.type !== 'yaml');
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
      while (stack.length > 0 && stack.at(-1)!.depth >= node.depth) stack.pop();
      const section = headingSection(node, title, sectionEnd(topLevel, index, node.depth, end));
      (stack.at(-1)?.children ?? roots).push(section);
      register(section);
      stack.push(section);
    } else {
      const parent = stack.at(-1);
      const clauses = clausesIn(node, [], parent?.depth ?? 1, register);
      (parent?.children ?? roots).push(...clauses);
    }
  }
  fillHeadingText(roots, topLevel);
  return roots;
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
      `The heading “${title.replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, '')}” holds the ${invisible.described}, which hides or turns its text around.`,
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
function clausesIn(
  node: Nodes,
  parentLabels: string[],
  parentDepth: number,
  register: (section: Section) => void,
): Section[] {
  if (node.type !== 'list') {
    if (node.type === 'blockquote')
      return node.children.flatMap((child) => clausesIn(child, parentLabels, parentDepth, register));
    return [];
  }
  return node.children.flatMap((item, index) => {
    const label = itemLabel(node, item, index);
    if (label === undefined) {
      // An unlabelled item may still hold labelled sub-lists.
      return item.children.flatMap((child) => clausesIn(child, parentLabels, parentDepth, register));
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
    register(section);
    section.children = item.children.flatMap((child) => clausesIn(child, labels, section.depth, register));
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
