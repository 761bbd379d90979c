// Small helpers for writing GitHub-flavoured Markdown safely: text from
// policies and messages must never turn into markup by accident.
import { withoutMentions } from './clean-text.ts';

/**
 * Escapes text for use inline in Markdown (also inside table cells): no emphasis, links, HTML or pipes, and
 * no `@mentions` (a word joiner after the `@`: `@cabq/council` in a summary must not notify the council).
 */
export function inline(text: string): string {
  return withoutMentions(
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_[\]#|~!])/g, '\\$1')
      .replace(/\s*\n\s*/g, ' '),
  );
}

/**
 * Our own messages (diagnostics, compliance reasons) mark names as `code`: keep
 * those code spans and escape the text around them. Inside a code span only a
 * pipe needs escaping, for tables (GitHub removes that backslash).
 */
export function prose(text: string): string {
  return text
    .split(/(`[^`\n]+`)/)
    .map((part, index) => (index % 2 === 1 ? part.replace(/\|/g, '\\|') : inline(part)))
    .join('');
}

/** Code span for paths, codes and revisions; backticks inside are replaced so the span cannot break. */
export function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

/** A Markdown link, or the bare text when there is no address. */
export function link(text: string, url: string | undefined): string {
  return url === undefined ? text : `[${text}](${url.replace(/[()\s]/g, (c) => encodeURIComponent(c))})`;
}

/** A GitHub table. Cells are Markdown already (escape text with `inline`). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A collapsible block; the blank lines let GitHub render the Markdown inside. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
