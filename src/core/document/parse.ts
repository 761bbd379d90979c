// Parses policy text into mdast. `.mdx` files use remark-mdx, `.md` files
// plain Markdown; both get front matter and GFM (tables, autolinks).
// Parsing never evaluates anything: MDX is only read, never run.
import { unified, type Processor } from 'unified';
import { autolink } from 'micromark-core-commonmark';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import type { Root } from 'mdast';
import { VFileMessage } from 'vfile-message';
import type { Point, Position } from 'unist';
import { pointAt, type DiagnosticSink, type ReportOptions } from '../diagnostics/diagnostic.ts';
import { checkLineNesting, checkTreeNesting } from './nesting.ts';
import { Insertions, mdxComments, offsetAt, voidElements } from './mdx-text.ts';
import type { Code } from '../diagnostics/codes/index.ts';

export type PolicyFormat = 'md' | 'mdx';

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
const mdxParser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkMdx)
  .use(mdxAutolinks)
  .freeze();

/**
 * MDX turns off Markdown's autolinks (`<https://…>`, `<name@example.org>`),
 * because `<` starts a component; they are put back, tried before a component
 * (a component name has no `:` or `@`, so nothing that was a component changes).
 * The addresses are then checked like any link (`mdx-profile.ts`).
 */
function mdxAutolinks(this: Processor): void {
  const data = this.data();
  const extensions = (data.micromarkExtensions ??= []);
  extensions.push({ text: { 60: { ...autolink, name: 'policyAutolink', add: 'before' } } });
}

export function formatOf(path: string): PolicyFormat | undefined {
  if (path.endsWith('.mdx')) return 'mdx';
  if (path.endsWith('.md')) return 'md';
  return undefined;
}

/** Syntax errors reported per file at most; after that the reader stops. */
export const MAX_SYNTAX_ERRORS = 50;

/**
 * Parses text into mdast, reporting syntax errors at their position instead of
 * throwing. In MDX, every syntax error of the file is reported in one run: after
 * each, the one character that lets the reader go on is inserted and the text
 * read again (`mdx-text.ts`); ordinary Markdown that MDX refuses (`<br>`, `3<4`,
 * HTML comments, `<https://…>`) is read without a word.
 */
export function parseMarkdown(text: string, format: PolicyFormat, sink: DiagnosticSink): Root | undefined {
  if (!checkLineNesting(text, sink)) return undefined;
  if (format === 'md') {
    // Markdown reads any text; it never stops with a syntax error.
    const tree = markdownParser.parse(text);
    return checkTreeNesting(tree, sink) ? tree : undefined;
  }
  const insertions = new Insertions(text);
  let current = mdxComments(text);
  let reported = 0;
  // Each round repairs one place; silent repairs (`<br>`, `3<4`) are bounded by the text's length.
  for (let round = 0; round <= current.length; round++) {
    try {
      // With syntax errors reported, the tree of the repaired text is still
      // returned: the checks that follow report the file's other problems in the same run.
      const tree = mdxParser.parse(current);
      insertions.mapTree(tree);
      return checkTreeNesting(tree, sink) ? tree : undefined;
    } catch (error) {
      if (!(error instanceof VFileMessage)) {
        // With development checks on (vitest, the Astro dev server), the Markdown
        // reader stops some malformed texts with an internal assertion instead of
        // a positioned message. It is still the author's text that is broken.
        sink.report(
          'mdx/syntax-error',
          `The text could not be read as MDX (${error instanceof Error ? error.message : String(error)}).`,
          {
            place: { line: 1, column: 1 },
            hint: `${escapeHint} Look for a tag or a brace that is not closed.`,
            cause: error,
          },
        );
        return undefined;
      }
      const repair = repairFor(error, current);
      if (!repair.silent) {
        const explained = repair.explained ?? explainSyntaxError(error, current);
        sink.report(explained.code ?? 'mdx/syntax-error', explained.reason, {
          place: mapPlace(explained.place, insertions),
          hint: explained.hint,
          ...(explained.related
            ? {
                related: explained.related.map((related) => ({ ...related, place: insertions.point(related.place) })),
              }
            : {}),
        });
        reported += 1;
      }
      if (repair.at === undefined || reported >= MAX_SYNTAX_ERRORS) return undefined;
      // The error is reported; the reader goes on from the repaired text.
      // From the end backwards, so each offset still points at its place.
      for (const at of [repair.at].flat().sort((a, b) => b - a))
        current = insertions.insert(current, at, repair.character);
    }
  }
  return undefined;
}

function mapPlace(place: Point | Position | undefined, insertions: Insertions): Point | Position | undefined {
  if (!place) return place;
  if ('start' in place) return { start: insertions.point(place.start), end: insertions.point(place.end) };
  return insertions.point(place);
}

interface Repair {
  /** Ordinary Markdown that MDX refuses: read on without a message. */
  silent: boolean;
  /** Where to insert `character` so the reader can go on (undefined: stop here). */
  at?: number | number[];
  character: string;
  /** The message, when `explainSyntaxError` does not say it right. */
  explained?: ExplainedError;
}

/** What to do about one MDX syntax error, in the text as it is now. */
function repairFor(error: VFileMessage, text: string): Repair {
  const reason = error.reason;
  const offset = startOf(error.place)?.offset;
  const mismatch =
    /^Unexpected closing tag `<\/[^>]*>`, expected corresponding closing tag for `<[^>]*>` \((\d+):(\d+)-/.exec(reason);
  const closing = offset !== undefined ? text.lastIndexOf('<', offset) : -1;
  if (mismatch && closing !== -1) {
    // `<Note>…</Gap>`: one mistake, one message; both tags are then read as text.
    const opening = offsetAt(text, Number(mismatch[1]), Number(mismatch[2]));
    return { silent: false, at: [closing, ...(text[opening] === '<' ? [opening] : [])], character: '\\' };
  }
  const openTag = /^Expected a closing tag for `<([^>]*)>` \((\d+):(\d+)-(\d+):(\d+)\)/.exec(reason);
  if (openTag) {
    const [, name, line, column, endLine, endColumn] = openTag;
    const start = offsetAt(text, Number(line), Number(column));
    // `<br>` (and `<a name="x">`, an anchor) need no closing tag: close them where they stand.
    if (voidElements.has(name!.toLowerCase()) || name === 'a') {
      const end = offsetAt(text, Number(endLine), Number(endColumn)) - 1;
      if (text[end] === '>') return { silent: true, at: end, character: '/' };
    }
    return { silent: false, at: text[start] === '<' ? start : undefined, character: '\\' };
  }
  if (error.ruleId === 'acorn' && offset !== undefined) {
    // `{per month}`: not code at all, but MDX reads every brace as code.
    const open = text.lastIndexOf('{', offset);
    const close = text.indexOf('}', offset);
    const written = open === -1 ? '{' : text.slice(open, close === -1 ? open + 1 : close + 1);
    return {
      silent: false,
      at: open === -1 ? undefined : open,
      character: '\\',
      explained: {
        code: 'mdx/forbidden-expression',
        reason: `Unexpected expression \`${shorten(written)}\`: a policy cannot run code.`,
        place: open === -1 ? error.place : pointAt(text, open),
        hint: 'Write `\\{` to show a curly brace as text; `{/* comments */}` are allowed.',
      },
    };
  }
  if (
    offset !== undefined &&
    text[offset - 1] === '<' &&
    / before name/.test(reason) &&
    !text.startsWith('<!', offset - 1)
  ) {
    // `3<4`, `a <= b`: a `<` that cannot start a tag is plain text.
    if (text[offset] !== '>') return { silent: true, at: offset - 1, character: '\\' };
  }
  if (
    (error.ruleId === 'unexpected-eof' || error.ruleId === 'unexpected-character') &&
    error.source === 'micromark-extension-mdx-jsx' &&
    offset !== undefined
  ) {
    // `a<b and c`: a `<` right after a letter or digit, before a word that never
    // becomes a tag, is plain text. After a space it may be a tag with a typo
    // (`<abbr title=x>`), which the author is told about.
    const open = text.lastIndexOf('<', offset - 1);
    if (open > 0 && /[\p{L}\p{N}]/u.test(text[open - 1]!)) return { silent: true, at: open, character: '\\' };
  }
  // Any other error is reported; the reader goes on past the `<` or `{` it is about.
  const explained = explainSyntaxError(error, text);
  const place = startOf(explained.place);
  const at = place?.offset ?? (place ? offsetAt(text, place.line, place.column) : undefined);
  if (at !== undefined && (text[at] === '<' || text[at] === '{'))
    return { silent: false, at, character: '\\', explained };
  if (offset !== undefined) {
    const open = Math.max(text.lastIndexOf('<', offset), text.lastIndexOf('{', offset));
    if (open !== -1) return { silent: false, at: open, character: '\\', explained };
  }
  return { silent: false, character: '\\', explained };
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 37)}…` : flat;
}

const escapeHint =
  'In MDX, `<` starts a component and `{` starts code: write `\\<` or `\\{` to show the character itself.';

interface ExplainedError {
  /** `mdx/syntax-error` unless said otherwise. */
  code?: Code;
  reason: string;
  place: Point | Position | undefined;
  hint: string;
  related?: ReportOptions['related'];
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
    /^Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>` \((\d+):(\d+)/.exec(
      reason,
    );
  if (mismatch) {
    const [, closing, opening, line, column] = mismatch;
    return {
      reason: `Unexpected closing tag \`</${closing}>\`, expected \`</${opening}>\` to close the \`<${opening}>\`.`,
      place: error.place,
      related: [{ place: { line: Number(line), column: Number(column) }, message: `\`<${opening}>\` opened` }],
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
