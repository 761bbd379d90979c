// Plain text (a PDF printed to text, an email, a page copied from a browser).
// Lines are joined into paragraphs (PDFs break lines mid-sentence); headings
// are recognised by how they are typed:
// - a line in capitals: `PURPOSE:`, `PERSONAL USE`;
// - `Section 4.` or `Article II. Scope`;
// - a label and a short title with no full stop: `A. Branding`;
// - a title between equals signs: `=== Definitions ===`.
// Capitals, `Section 4.` and `=== … ===` are top-level headings (`##`); a
// labelled title sits one level below the top-level heading before it. Lines
// typed as clauses (`A. …`, `a. …`, `(ii) …`) become clauses, bullets (`•`,
// `-`, `*`) list items, and `[GAP: …]` a `<Gap>` that marks missing text.
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { clauseLabel } from '../document/sections.ts';
import type { ImportedBody } from './types.ts';
import { numberIn } from './number.ts';

type HeadingKind = 'equals' | 'section' | 'capitals' | 'labelled';

interface Block {
  kind: 'heading' | 'bullet' | 'paragraph';
  headingKind?: HeadingKind;
  text: string;
}

const bullet = /^\s*[•·▪◦‣*-]\s+/;
const equalsHeading = /^\s*={2,}\s*(.+?)\s*={2,}\s*$/;
const sectionHeading = /^\s*(?:section|article|part|chapter)\s+(?:\d+|[IVXLC]+)(?:\.\d+)*[.:]?(?:\s+\S.*)?$/i;
const labelledHeading = /^\s*(?:[A-Z]|\d{1,2}|[IVX]{1,4})\.\s+(\S.*)$/;
const gap = /\[GAP:\s*([^\]]*)\]/g;
const address = /\bhttps?:\/\/[^\s<>()]+[^\s<>().,;:!?'"]/g;

export function textBody(text: string): ImportedBody {
  const blocks = blocksOf(text.replace(/\r\n?/g, '\n'));
  const fields: ImportedBody['fields'] = {};
  const first = blocks[0];
  if (first && first.kind !== 'bullet' && looksLikeTitle(first.text)) {
    fields.title = first.text.replace(/:$/, '');
    blocks.shift();
  }
  const number = numberIn([fields.title ?? '', ...blocks.slice(0, 6).map((block) => block.text)]);
  if (number) fields.number = number;

  const children: RootContent[] = [];
  let hasGap = false;
  for (const block of blocks) {
    const phrasing = inlineOf(block.text);
    hasGap ||= phrasing.some((node) => node.type === 'mdxJsxTextElement');
    if (block.kind === 'heading') {
      const underTop = block.headingKind === 'labelled' && children.some((node) => node.type === 'heading');
      const depth: Heading['depth'] = underTop ? 3 : 2;
      children.push({ type: 'heading', depth, children: phrasing });
    } else if (block.kind === 'bullet') {
      const item: ListItem = { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: phrasing }] };
      const previous = children.at(-1);
      if (previous?.type === 'list' && !previous.ordered) previous.children.push(item);
      else children.push({ type: 'list', ordered: false, spread: false, children: [item] } satisfies List);
    } else {
      children.push({ type: 'paragraph', children: phrasing } satisfies Paragraph);
    }
  }
  const tree: Root = { type: 'root', children };
  return { tree, fields, notes: [], format: hasGap ? 'mdx' : 'md' };
}

/** Splits the text into blocks: blank lines, headings, bullets and clause labels start a new one. */
function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let open: Block | undefined;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (line === '') {
      open = undefined;
      continue;
    }
    const headingKind = headingKindOf(line, open);
    if (headingKind) {
      blocks.push({ kind: 'heading', headingKind, text: headingText(line, headingKind) });
      open = undefined;
      continue;
    }
    if (bullet.test(rawLine)) {
      open = { kind: 'bullet', text: line.replace(bullet, '') };
      blocks.push(open);
      continue;
    }
    if (clauseLabel(line) !== undefined || open === undefined) {
      open = { kind: 'paragraph', text: line };
      blocks.push(open);
      continue;
    }
    open.text += ` ${line}`;
  }
  return blocks;
}

function headingKindOf(line: string, open: Block | undefined): HeadingKind | undefined {
  if (equalsHeading.test(line)) return 'equals';
  // A heading stands on its own line; in the middle of a paragraph it is a wrapped line.
  if (open !== undefined) return undefined;
  if (sectionHeading.test(line)) return 'section';
  if (isCapitals(line)) return 'capitals';
  const labelled = labelledHeading.exec(line);
  if (labelled && isShortTitle(labelled[1]!)) return 'labelled';
  return undefined;
}

function headingText(line: string, kind: HeadingKind): string {
  if (kind === 'equals') return equalsHeading.exec(line)![1]!;
  return line.replace(/\s*:$/, '');
}

/** `PURPOSE:` or `PERSONAL USE OF SOCIAL MEDIA`: letters all in capitals, at most twelve words. */
function isCapitals(line: string): boolean {
  const letters = line.replace(/[^A-Za-z]/g, '');
  return (
    letters.length >= 3 && letters === letters.toUpperCase() && line.split(/\s+/).length <= 12 && !/[.;,]$/.test(line)
  );
}

/** "Branding" or "Account Administration": a few words, each important one capitalised, no full stop. */
function isShortTitle(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > 6 || /[.;:,!?]$/.test(text)) return false;
  const minor = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);
  return words.every((word, index) => /^[A-Z0-9(]/.test(word) || (index > 0 && minor.has(word)));
}

function looksLikeTitle(text: string): boolean {
  return text.split(/\s+/).length <= 12 && !/[.;,]$/.test(text) && clauseLabel(text) === undefined;
}

/** Text with addresses as links and `[GAP: …]` as `<Gap>`. */
function inlineOf(text: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  const pieces = [...text.matchAll(gap)].map((match) => ({ match, kind: 'gap' as const }));
  for (const { match } of pieces) {
    out.push(...linksOf(text.slice(last, match.index)));
    out.push({
      type: 'mdxJsxTextElement',
      name: 'Gap',
      attributes: [],
      children: [{ type: 'text', value: match[1]!.trim() }],
    });
    last = match.index + match[0].length;
  }
  out.push(...linksOf(text.slice(last)));
  return out.filter((node) => node.type !== 'text' || node.value !== '');
}

function linksOf(text: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.matchAll(address)) {
    out.push({ type: 'text', value: text.slice(last, match.index) });
    out.push({ type: 'link', url: match[0], children: [{ type: 'text', value: match[0] }] });
    last = match.index + match[0].length;
  }
  out.push({ type: 'text', value: text.slice(last) });
  return out;
}
