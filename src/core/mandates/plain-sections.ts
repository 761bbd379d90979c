// Sections of any policy text, for the audit: plain text, Markdown or MDX,
// with or without headings. Never refuses a document: there are no authoring
// rules here (duplicate titles get `-1`, `-2` anchors, a numbered list may
// restart), because the audit reads other governments' documents as they are.
//
// A heading is a line that is, on its own:
// - a Markdown heading: `## Discipline`;
// - framed: `=== Discipline ===`, `--- Discipline ---`, `*** Discipline ***`;
// - in capitals: `DISCIPLINARY ACTION` (at least two letters, no sentence end);
// - a numbered or lettered title: `Section 4.`, `Section 4. Discipline`, `Article II`, `A. Branding`, `4.2 Review`
//   (at most ten words, no sentence end, every word after the label capitalised except small words);
// - a short line (five words at most) after a blank line, the text starting on the next line: `Weekly checks`.
// Each section holds the text under its own heading, up to the next heading of any level, so the text under a
// parent heading is read too. Text before the first heading is a section of its own ("Opening text").
import type { Section } from '../document/sections.ts';
import { slugOf } from '../document/sections.ts';
import { parse as parseYaml } from 'yaml';

export interface PlainDocument {
  /** The front matter, when the file starts with a `---` YAML block that parses as a mapping. */
  frontMatter: Record<string, unknown> | undefined;
  sections: Section[];
}

const small = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with', '&']);

export function plainSections(source: string): PlainDocument {
  const lines = source.split('\n');
  const offsets: number[] = [];
  let offset = 0;
  for (const line of lines) {
    offsets.push(offset);
    offset += line.length + 1;
  }
  let first = 0;
  let frontMatter: Record<string, unknown> | undefined;
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
    if (close > 0) {
      frontMatter = parseMapping(lines.slice(1, close).join('\n'));
      first = close + 1;
    }
  }
  const heads: { line: number; title: string }[] = [];
  for (let index = first; index < lines.length; index++) {
    const title = headingTitle(lines, index);
    if (title !== undefined) heads.push({ line: index, title });
  }
  const slugs = new Map<string, number>();
  const anchorOf = (title: string) => {
    const slug = slugOf(title) || 'section';
    const seen = slugs.get(slug) ?? 0;
    slugs.set(slug, seen + 1);
    return seen === 0 ? slug : `${slug}-${seen}`;
  };
  const sections: Section[] = [];
  const make = (title: string, headLine: number, from: number, to: number) => {
    const text = lines
      .slice(from, to)
      .map(cleanLine)
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    if (text === '' && headLine < 0) return;
    const startLine = headLine >= 0 ? headLine : from;
    sections.push({
      anchor: anchorOf(title),
      kind: 'heading',
      title,
      labels: [],
      citation: title,
      depth: 2,
      position: {
        start: { line: startLine + 1, column: 1, offset: offsets[startLine] ?? 0 },
        end: { line: to, column: 1, offset: offsets[to] ?? source.length },
      },
      text,
      children: [],
    });
  };
  make('Opening text', -1, first, heads[0]?.line ?? lines.length);
  heads.forEach((head, index) => make(head.title, head.line, head.line + 1, heads[index + 1]?.line ?? lines.length));
  return { frontMatter, sections };
}

function parseMapping(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = parseYaml(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined; // Front matter that is not YAML is read as no front matter: the audit never refuses a file.
  }
}

/** The heading's title when the line is a heading, else undefined. */
function headingTitle(lines: readonly string[], index: number): string | undefined {
  const line = lines[index]!.trim();
  if (line === '' || line.length > 100) return undefined;
  const markdown = /^#{1,6}\s+(.+?)\s*#*$/.exec(line);
  if (markdown) return tidy(markdown[1]!);
  const framed = /^([=*~-]{3,})\s*(.+?)\s*\1$/.exec(line);
  if (framed) return tidy(framed[2]!);
  const bare = tidy(line.replace(/^[*_]+|[*_]+$/g, ''));
  const labelOnly = /^(?:(?:section|article|part|chapter)\s+[\dIVXLC]+(?:\.\d+)*|\d{1,2}|[A-Z]|[IVX]{1,5})\.$/i;
  if (/[.;!?,]$/.test(bare) && !labelOnly.test(bare)) return undefined;
  const letters = bare.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters) && words(bare) <= 12) {
    return bare.replace(/:$/, '');
  }
  const labelled =
    /^(?:(?:section|article|part|chapter)\s+[\dIVXLC]+(?:\.\d+)*[.:]?|(?:\d{1,2}(?:\.\d{1,2})*|[A-Z]|[IVX]{1,5})[.)]|\d{1,2}(?:\.\d{1,2})+)(?:\s+(.*))?$/i.exec(
      bare,
    );
  if (labelled) {
    const rest = labelled[1] ?? '';
    if (/^(?:section|article|part|chapter)\b/i.test(bare) && rest === '') return bare.replace(/[.:]$/, '');
    if (rest !== '' && titleCase(rest) && words(rest) <= 10) return bare.replace(/:$/, '');
    return undefined;
  }
  // A short line on its own after a blank line, with the text starting on the next line: "Policy Review",
  // "Weekly checks".
  const blankBefore = (lines[index - 1] ?? '').trim() === '';
  const next = (lines[index + 1] ?? '').trim();
  if (blankBefore && next !== '' && /^\p{Lu}/u.test(bare) && words(bare) <= 5 && /^[\p{Lu}\d("“]/u.test(next)) {
    return bare.replace(/:$/, '');
  }
  return undefined;
}

function titleCase(text: string): boolean {
  const parts = text.replace(/:$/, '').split(/\s+/).filter(Boolean);
  return (
    parts.length > 0 &&
    /^\p{Lu}/u.test(parts[0]!) &&
    parts.every((part) => small.has(part.toLowerCase()) || /^[\p{Lu}\d("'“]/u.test(part))
  );
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Markdown and MDX markup that is not text: emphasis, links, tags, tables, import lines. */
function cleanLine(line: string): string {
  if (/^\s*(?:import|export)\s/.test(line)) return '';
  return line
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^*_`]+?)\1/g, '$2')
    .replace(/^\s*>\s?/, '')
    .replace(/^\s*\|(.*)\|\s*$/, (_match, cells: string) => cells.replace(/\|/g, ' '));
}
