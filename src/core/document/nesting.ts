// A depth limit on what an author nests: quotes, lists, components and HTML
// elements inside each other. The Markdown reader, the tree walks (clauses,
// sections, rendering, plain text) and the HTML parser all go deeper by
// calling themselves, so a text nested thousands of levels deep would stop
// them ("Maximum call stack size exceeded") or take minutes. The limit is
// checked twice, before any of them runs: on the text, line by line, before
// parsing; and on the parsed tree, without recursion, before any walk.
import type { Nodes, Root } from 'mdast';
import type { DiagnosticSink } from '../diagnostics/diagnostic.ts';

/** Deepest nesting read. Real policies nest four or five levels. */
export const MAX_NESTING_DEPTH = 32;

/** The same limit on the syntax tree, where a list level is two nodes (the list and its item). */
export const MAX_TREE_DEPTH = MAX_NESTING_DEPTH * 2 + 4;

const hint =
  'Quotes (`>`) and lists (`-`, `1.`) at the start of a line nest inside each other, and so do components and HTML elements. Write `\\>` or `\\-` to show the character itself, or nest less deeply.';

/**
 * Reads only the start of each line: the quote markers, list markers and
 * indentation that make Markdown containers. Returns false (and reports the
 * place) when a line goes deeper than the limit; the text is then not parsed.
 */
export function checkLineNesting(text: string, sink: DiagnosticSink): boolean {
  let line = 1;
  let lineStart = 0;
  // Within one block (a paragraph, list or table: a blank line ends it), square
  // brackets open inside each other, and the reader pairs up marks and lines.
  let block: Block = { brackets: 0, marks: 0, lines: 0 };
  while (lineStart <= text.length) {
    const lineEnd = text.indexOf('\n', lineStart);
    const stop = lineEnd === -1 ? text.length : lineEnd;
    if (text.slice(lineStart, stop).trim() === '') block = { brackets: 0, marks: 0, lines: 0 };
    else block.lines += 1;
    if (block.lines > MAX_BLOCK_LINES) {
      sink.report(
        'mdx/too-deep',
        `This paragraph, list or table runs for more than ${MAX_BLOCK_LINES.toLocaleString('en-US')} lines without a blank line; at most ${MAX_BLOCK_LINES.toLocaleString('en-US')} are read.`,
        { place: { line, column: 1 }, hint: 'Separate paragraphs with a blank line, or split the table.' },
      );
      return false;
    }
    if (!checkInline(text, lineStart, stop, line, block, sink)) return false;
    let depth = 0;
    let indent = 0;
    let index = lineStart;
    while (index < stop) {
      const character = text[index]!;
      if (character === ' ') indent += 1;
      else if (character === '\t') indent += 4;
      else if (character === '>') depth += 1;
      else if ((character === '-' || character === '*' || character === '+') && isSpace(text[index + 1])) depth += 1;
      else if (character >= '0' && character <= '9') {
        let end = index;
        while (end < stop && end - index < 9 && text[end]! >= '0' && text[end]! <= '9') end += 1;
        if ((text[end] === '.' || text[end] === ')') && isSpace(text[end + 1])) {
          depth += 1;
          index = end;
        } else break;
      } else break;
      // The space that follows a marker belongs to it, not to the indentation.
      const marker = character !== ' ' && character !== '\t';
      if (depth + Math.floor(indent / 2) > MAX_NESTING_DEPTH) {
        sink.report(
          'mdx/too-deep',
          `This line nests more than ${MAX_NESTING_DEPTH} levels deep; a policy may nest at most ${MAX_NESTING_DEPTH} levels.`,
          { place: { line, column: index - lineStart + 1 }, hint },
        );
        return false;
      }
      index += marker && text[index + 1] === ' ' ? 2 : 1;
    }
    if (lineEnd === -1) break;
    lineStart = lineEnd + 1;
    line += 1;
  }
  return true;
}

interface Block {
  brackets: number;
  marks: number;
  lines: number;
}

/**
 * Limits on one block: the reader pairs emphasis marks and link brackets, and
 * joins lines, in time that grows with the square of their number (5,000 take
 * it under a second; 100,000 take minutes).
 */
export const MAX_BLOCK_LINES = 5000;
export const MAX_BLOCK_MARKS = 5000;

/** Longest run of one emphasis or code mark (`*`, `_`, `~`, `` ` ``) read: longer runs take the reader quadratic time. */
export const MAX_MARK_RUN = 256;

/**
 * The marks inside a line that the reader matches in pairs: square brackets
 * nested too deeply, or a very long run of `*`, `_`, `~` or `` ` ``, take it
 * minutes to read. Returns the bracket depth at the end of the line, or false
 * when a limit is passed (reported at its place).
 */
function checkInline(
  text: string,
  start: number,
  stop: number,
  line: number,
  block: Block,
  sink: DiagnosticSink,
): boolean {
  let run = 0;
  for (let index = start; index < stop; index++) {
    const character = text[index]!;
    if (character === '\\') {
      index += 1;
      run = 0;
      continue;
    }
    run =
      (character === '*' || character === '_' || character === '~' || character === '`') &&
      text[index - 1] === character
        ? run + 1
        : 1;
    if (run > MAX_MARK_RUN && '*_~`'.includes(character)) {
      sink.report(
        'mdx/too-deep',
        `This line repeats \`${character}\` more than ${MAX_MARK_RUN} times in a row; at most ${MAX_MARK_RUN} are read.`,
        {
          place: { line, column: index - start + 1 },
          hint: `Write \`\\${character}\` to show the character itself, or shorten the run.`,
        },
      );
      return false;
    }
    if (character === '*' || character === '_' || character === '[' || character === '<' || character === '`')
      block.marks += 1;
    if (block.marks > MAX_BLOCK_MARKS) {
      sink.report(
        'mdx/too-deep',
        `This paragraph, list or table holds more than ${MAX_BLOCK_MARKS.toLocaleString('en-US')} of the marks \`*\`, \`_\`, \`[\`, \`<\` and \`\` \` \`\`; at most ${MAX_BLOCK_MARKS.toLocaleString('en-US')} are read.`,
        {
          place: { line, column: index - start + 1 },
          hint: 'Separate paragraphs with a blank line, or write `\\*` to show the character itself.',
        },
      );
      return false;
    }
    if (character === '[') block.brackets += 1;
    else if (character === ']' && block.brackets > 0) block.brackets -= 1;
    if (block.brackets > MAX_NESTING_DEPTH) {
      sink.report(
        'mdx/too-deep',
        `This line opens square brackets \`[\` more than ${MAX_NESTING_DEPTH} levels deep; a policy may nest at most ${MAX_NESTING_DEPTH} levels.`,
        {
          place: { line, column: index - start + 1 },
          hint: 'Write `\\[` to show a square bracket itself, or close the brackets you open.',
        },
      );
      return false;
    }
  }
  return true;
}

function isSpace(character: string | undefined): boolean {
  return character === ' ' || character === '\t' || character === '\n' || character === undefined;
}

/**
 * The depth of the parsed tree, measured without recursion (components and
 * inline elements nest without any mark at the start of a line). Returns false
 * (and reports the node) when it goes deeper than the limit.
 */
export function checkTreeNesting(tree: Root, sink: DiagnosticSink): boolean {
  const stack: { node: Nodes; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_TREE_DEPTH) {
      sink.report(
        'mdx/too-deep',
        `The text nests more than ${MAX_NESTING_DEPTH} levels deep here; a policy may nest at most ${MAX_NESTING_DEPTH} levels.`,
        { place: node.position?.start, hint },
      );
      return false;
    }
    if ('children' in node) for (const child of node.children) stack.push({ node: child, depth: depth + 1 });
  }
  return true;
}
