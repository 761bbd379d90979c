// A Markdown file from elsewhere (another repository, a static site): read as
// plain Markdown, never as MDX, so braces and angle brackets are text. The
// title and number of its own front matter are kept; the rest of that front
// matter belongs to the other site (redirects, layouts) and is left out.
import type { Root } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { parseMarkdown } from '../document/parse.ts';
import { DiagnosticSink } from '../diagnostics/diagnostic.ts';
import { replaceRawHtml } from './raw-html.ts';
import type { ImportedBody } from './types.ts';

export function markdownBody(text: string): ImportedBody {
  const tree: Root = parseMarkdown(text, 'md', new DiagnosticSink('import'))!;
  const fields: ImportedBody['fields'] = {};
  const notes: string[] = [];
  const first = tree.children[0];
  if (first?.type === 'yaml') {
    tree.children.shift();
    const data = safeYaml(first.value);
    if (typeof data['title'] === 'string' && data['title'].trim() !== '') fields.title = data['title'].trim();
    if (typeof data['number'] === 'string' && data['number'].trim() !== '') fields.number = data['number'].trim();
    const dropped = Object.keys(data).filter((key) => key !== 'title' && key !== 'number');
    if (dropped.length > 0)
      notes.push(
        `Left out the front matter fields of the other site: ${dropped.map((key) => `\`${key}\``).join(', ')}.`,
      );
  }
  notes.push(...replaceRawHtml(tree).notes);
  return { tree, fields, notes, format: 'md' };
}

function safeYaml(text: string): Record<string, unknown> {
  try {
    const data: unknown = parseYaml(text);
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
