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
import type { Point, Position } from 'unist';
import { pointAt, type DiagnosticSink } from '../diagnostics/diagnostic.ts';
import { checkLineNesting, checkTreeNesting } from './nesting.ts';

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
  if (!checkLineNesting(text, sink)) return undefined;
  try {
    const tree = parser.parse(text);
    return checkTreeNesting(tree, sink) ? tree : undefined;
  } catch (error) {
    if (!(error instanceof VFileMessage)) {
      // With development checks on (vitest, the Astro dev server), the Markdown
      // reader stops some malformed texts with an internal assertion instead of
      // a positioned message. It is still the author's text that is broken.
      sink.report(
        'mdx/syntax-error',
        `The text could not be read as MDX (${error instanceof Error ? error.message : String(error)}).`,
        { place: { line: 1, column: 1 }, hint: `${escapeHint} Look for a tag or a brace that is not closed.` },
      );
      return undefined;
    }
    const explained = explainSyntaxError(error, text);
    sink.report('mdx/syntax-error', explained.reason, { place: explained.place, hint: explained.hint });
    return undefined;
  }
}

const escapeHint =
  'In MDX, `<` starts a component and `{` starts code: write `\\<` or `\\{` to show the character itself.';

interface ExplainedError {
  reason: string;
  place: Point | Position | undefined;
  hint: string;
}

/**
 * micromark's messages are precise but written for programmers ("before name",
 * "local attribute name"). The common ones are restated in plain words, and
 * placed where the author has to look: the tag that is never closed, or the
 * `{` that never ends, rather than the end of the file.
 */
function explainSyntaxError(error: VFileMessage, text: string): ExplainedError {
  const reason = error.reason;
  const openTag = /^Expected a closing tag for `<([^>]*)>` \((\d+):(\d+)-/.exec(reason);
  if (openTag) {
    const [, name, line, column] = openTag;
    if (name === '') {
      return {
        reason: 'Unexpected `<>`: in MDX it starts a fragment, which a policy cannot use.',
        place: { line: Number(line), column: Number(column) },
        hint: 'Write `\\<>` to show the characters themselves, or remove them.',
      };
    }
    return {
      reason: `\`<${name}>\` is never closed: expected \`</${name}>\` after its text.`,
      place: { line: Number(line), column: Number(column) },
      hint: `Add \`</${name}>\` where the ${name} ends, or write \`<${name} />\` if it holds no text.`,
    };
  }
  const mismatch =
    /^Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>` \((\d+):/.exec(reason);
  if (mismatch) {
    const [, closing, opening, line] = mismatch;
    return {
      reason: `Unexpected closing tag \`</${closing}>\`, expected \`</${opening}>\` to close the \`<${opening}>\` on line ${line}.`,
      place: error.place,
      hint: 'Close components in the reverse order in which they were opened.',
    };
  }
  if (/expected a corresponding closing brace for `\{`/.test(reason)) {
    const offset = startOf(error.place)?.offset;
    const brace = offset === undefined ? -1 : unclosedBrace(text, offset);
    return {
      reason: 'Unexpected `{` that is never closed: in MDX, `{` starts code.',
      place: brace === -1 ? error.place : pointAt(text, brace),
      hint: 'Write `\\{` to show a curly brace as text, or finish a comment with `*/}`.',
    };
  }
  const offset = startOf(error.place)?.offset;
  if (offset !== undefined && text.startsWith('<!--', offset - 1)) {
    return {
      reason: 'Unexpected HTML comment `<!--`: MDX does not read HTML comments, expected `{/* … */}`.',
      place: pointAt(text, offset - 1),
      hint: 'Write the comment as `{/* your note */}`.',
    };
  }
  if (/to create a link in MDX, use `\[text\]\(url\)`/.test(reason) && offset !== undefined) {
    const open = text.lastIndexOf('<', offset);
    return {
      reason: 'Unexpected address in angle brackets `<…>`: in MDX, `<` starts a component.',
      place: open === -1 ? error.place : pointAt(text, open),
      hint: 'Write the address without the angle brackets, or as a link: `[www.cabq.gov](https://www.cabq.gov)`, `[info@cabq.gov](mailto:info@cabq.gov)`.',
    };
  }
  const afterLessThan = /^Unexpected character (`.+?`) \(U\+[0-9A-F]+\) before name/.exec(reason);
  if (afterLessThan && offset !== undefined && text[offset - 1] === '<') {
    return {
      reason: `Unexpected character ${afterLessThan[1]} after \`<\`, expected the name of a component: in MDX, \`<\` starts a component.`,
      place: pointAt(text, offset - 1),
      hint: 'Write `\\<` to show the character itself, or put a space after it (`3 < 4`).',
    };
  }
  const plain = `The text could not be read as MDX: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`.replace(
    /\.?$/,
    '.',
  );
  return { reason: plain, place: error.place, hint: escapeHint };
}

function startOf(place: Point | Position | undefined): Point | undefined {
  return place && 'start' in place ? place.start : place;
}

/** The `{` before `offset` that is still open there (braces in between are matched). */
function unclosedBrace(text: string, offset: number): number {
  let depth = 0;
  for (let index = Math.min(offset, text.length) - 1; index >= 0; index--) {
    const character = text[index];
    if (character === '}') depth += 1;
    else if (character === '{') {
      if (depth === 0) return index;
      depth -= 1;
    }
  }
  return -1;
}
