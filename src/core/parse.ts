// Parses policy text into mdast. `.mdx` files use remark-mdx, `.md` files
// plain Markdown; both get front matter and GFM (tables, autolinks).
// Parsing never evaluates anything: MDX is only read, never run.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import type { Root } from 'mdast';
import { VFileMessage } from 'vfile-message';
import type { DiagnosticSink } from './diagnostics.ts';

export type PolicyFormat = 'md' | 'mdx';

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
const mdxParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkMdx).freeze();

export function formatOf(path: string): PolicyFormat | undefined {
  if (path.endsWith('.mdx')) return 'mdx';
  if (path.endsWith('.md')) return 'md';
  return undefined;
}

/** Parses text into mdast, reporting MDX syntax errors at their position instead of throwing. */
export function parseMarkdown(text: string, format: PolicyFormat, sink: DiagnosticSink): Root | undefined {
  const parser = format === 'mdx' ? mdxParser : markdownParser;
  try {
    return parser.parse(text);
  } catch (error) {
    if (!(error instanceof VFileMessage)) throw error;
    sink.report('mdx/syntax-error', plainSyntaxError(error.reason), {
      place: error.place,
      hint: 'A `<` or `{` in ordinary text starts code in MDX: write `\\<` or `\\{` to show the character itself.',
    });
    return undefined;
  }
}

function plainSyntaxError(reason: string): string {
  return `The text could not be read: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`.replace(/\.?$/, '.');
}
