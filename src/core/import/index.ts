// Imports a policy from a Word file (as HTML), an HTML page, Markdown or plain
// text: the body becomes policy Markdown, and the front matter holds only what
// the document says (its title and number). Everything the author must supply
// (kind, owner, version, status) is left out on purpose, so that `policy check`
// asks for it in its usual words.
import { stringify } from 'yaml';
import type { Mandate } from '../schemas/types.ts';
import { slugOf } from '../document/sections.ts';
import { groupClauses } from './clauses.ts';
import { crosswalkComments } from './crosswalk.ts';
import { htmlBody } from './from-html.ts';
import { markdownBody } from './from-markdown.ts';
import { textBody } from './from-text.ts';
import { normaliseHeadingLevels, takeTitleHeading } from './headings.ts';
import { writeMarkdown } from './markdown-out.ts';
import { numberIn } from './number.ts';
import { toString } from 'mdast-util-to-string';
import type { ImportedBody } from './types.ts';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export type ImportKind = 'html' | 'markdown' | 'text';

export interface ImportInput {
  /** The source file's name, for the id when none is given: `Social Media Policy.docx` → `social-media-policy`. */
  fileName: string;
  kind: ImportKind;
  text: string;
  /** The policy id (its web address); defaults to the file name as a slug. */
  id?: string | undefined;
  /** The mandates to suggest a crosswalk for. */
  mandates: readonly Mandate[];
  /** Notes from an earlier step (the Word reader), added to the report. */
  notes?: readonly string[];
}

export interface ImportResult {
  id: string;
  /** `policy/<id>.md`, or `.mdx` when the text needs a component. */
  path: string;
  text: string;
  /** What the import changed or left out, in plain words. */
  notes: string[];
}

export const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function idFromFileName(fileName: string): string {
  const name = fileName.slice(fileName.lastIndexOf('/') + 1);
  const stem = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
  return slugOf(stem.replace(/[_\s.]+/g, '-'))
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

export function importPolicy(input: ImportInput): ImportResult {
  const id = input.id ?? idFromFileName(input.fileName);
  const body = bodyOf(input.kind, input.text);
  const title = takeTitleHeading(body.tree);
  if (title !== undefined && body.fields.title === undefined) body.fields.title = title;
  else if (title !== undefined && title !== body.fields.title) {
    // The page's <title> and its heading differ: the heading is what readers saw.
    body.notes.push(`Used the heading “${title}” as the title, not the page title “${body.fields.title}”.`);
    body.fields.title = title;
  }
  if (body.fields.number === undefined) {
    const opening = body.tree.children.slice(0, 4).map((node) => toString(node));
    const number = numberIn([body.fields.title ?? '', ...opening]);
    if (number !== undefined) body.fields.number = number;
  }
  groupClauses(body.tree);
  normaliseHeadingLevels(body.tree);
  body.notes.push(...secureLinks(body.tree));
  const path = `policy/${id}.${body.format}`;
  const markdown = writeMarkdown(body.tree, body.format);
  const frontMatter = frontMatterText(id, body, crosswalkComments(path, markdown, input.mandates));
  return { id, path, text: `---\n${frontMatter}---\n\n${markdown}`, notes: [...(input.notes ?? []), ...body.notes] };
}

function bodyOf(kind: ImportKind, text: string): ImportedBody {
  if (kind === 'html') return htmlBody(text);
  if (kind === 'markdown') return markdownBody(text);
  return textBody(text);
}

function frontMatterText(id: string, body: ImportedBody, suggestions: readonly string[]): string {
  const fields: Record<string, string> = { id };
  if (body.fields.title !== undefined) fields['title'] = body.fields.title;
  if (body.fields.number !== undefined) fields['number'] = body.fields.number;
  const lines = [
    stringify(fields, { lineWidth: 0 }).trimEnd(),
    '# Imported: `policy check` lists the fields still to fill in (kind, owner, version, status…).',
    ...suggestions,
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The site links only to `https:` addresses (text/web-address.ts), so a link to
 * `http:` is pointed at the same address over `https:`; the words of the link stay
 * as the source wrote them. Says so, one note per address.
 */
function secureLinks(tree: Root): string[] {
  const notes = new Set<string>();
  visit(tree, 'link', (node) => {
    if (!/^http:\/\//i.test(node.url)) return;
    const secure = `https://${node.url.slice('http://'.length)}`;
    notes.add(`The link to ${node.url} now goes to ${secure}: the site links only to https addresses.`);
    node.url = secure;
  });
  return [...notes];
}
