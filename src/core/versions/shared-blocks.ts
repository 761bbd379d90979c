// Parses the revisions of one policy block by block, sharing the blocks that
// did not change. Consecutive revisions share most of their text, and parsing
// Markdown is most of the work of reading a long history, so each block of
// text is parsed once per distinct content and reused, with its positions
// moved to where it now sits. The tree is exactly the one the whole-file parse
// gives (test/core/versions/shared-blocks.test.ts compares them on every
// fixture and on synthetic histories).
//
// A block starts at a line that begins in the first column with a letter or a
// `#`, right after a blank line and outside a code fence: nothing that came
// before can continue across such a line (lists, quotes and indented code end
// there). Texts where something can reach across blocks are parsed whole:
// reference and footnote definitions (`[x]: …` anywhere), raw HTML in `.md`
// (its comment and `<pre>` blocks run across blank lines), and MDX code or
// expressions (`{…}`, `import`/`export`), whose syntax trees carry positions of
// their own. The new blocks of a revision are parsed together in one call; if
// that text has an error, or a node reaches from one block into another (a JSX
// element around a blank line), the file is parsed whole, and any error is
// reported from there.
import type { Root, RootContent } from 'mdast';
import type { Point, Position } from 'unist';
import { DiagnosticSink } from '../diagnostics/diagnostic.ts';
import { parseMarkdown, type PolicyFormat } from '../document/parse.ts';

/** A parsed block: its top-level nodes, positioned as if the block were a file of its own. */
type Block = RootContent[];

/** A parser for the revisions of one policy: keep one per policy (or per batch of its revisions), then drop it. */
export class SharedBlockParser {
  /** Parsed blocks by format and text; these nodes are only ever copied, never handed out. */
  readonly #blocks = new Map<string, Block>();
  /** Blocks parsed, and blocks reused from an earlier revision. */
  readonly stats = { parsed: 0, reused: 0 };

  /** Parses like `parseMarkdown`, and gives the same tree. Bound to this parser, so it can be handed on as it is. */
  readonly parse = (text: string, format: PolicyFormat, sink: DiagnosticSink): Root | undefined => {
    const starts = splittable(text, format) ? blockStarts(text) : [0];
    if (starts.length < 2) return parseMarkdown(text, format, sink);
    const blocks = starts.map((start, index) => {
      const source = text.slice(start, starts[index + 1] ?? text.length);
      return { start, source, key: `${format}\u0000${source}` };
    });
    // The blocks not seen before are parsed together, in one call (each call has a cost of its own).
    const fresh = [...new Map(blocks.filter((b) => !this.#blocks.has(b.key)).map((b) => [b.key, b])).values()];
    this.stats.reused += blocks.length - fresh.length;
    this.stats.parsed += fresh.length;
    if (fresh.length > 0 && !this.#parseBlocks(fresh, format, sink.file)) return parseMarkdown(text, format, sink);

    const children: RootContent[] = [];
    let line = 0;
    for (const block of blocks) {
      const nodes = this.#blocks.get(block.key)!;
      for (const node of nodes) children.push(shifted(node, line, block.start));
      line += countLines(block.source);
    }
    const tree: Root = {
      type: 'root',
      children,
      position: { start: { line: 1, column: 1, offset: 0 }, end: endOf(text) },
    };
    return tree;
  };

  /**
   * Parses blocks as one text and files each top-level node under the block it
   * lies in. False when the text has an error or a node reaches across two
   * blocks (a JSX element opened in one and closed in another): then nothing
   * is kept and the caller parses the file whole.
   */
  #parseBlocks(blocks: readonly { source: string; key: string }[], format: PolicyFormat, file: string): boolean {
    const scratch = new DiagnosticSink(file);
    const tree = parseMarkdown(blocks.map((block) => block.source).join(''), format, scratch);
    if (!tree || scratch.messages.length > 0) return false;
    const parsed: Block[] = blocks.map(() => []);
    const starts: { offset: number; line: number }[] = [];
    let offset = 0;
    let line = 0;
    for (const block of blocks) {
      starts.push({ offset, line });
      offset += block.source.length;
      line += countLines(block.source);
    }
    let index = 0;
    for (const node of tree.children) {
      const from = node.position!.start.offset!;
      while (index + 1 < starts.length && from >= starts[index + 1]!.offset) index += 1;
      const next = starts[index + 1]?.offset ?? Infinity;
      if (node.position!.end.offset! > next) return false;
      parsed[index]!.push(shifted(node, -starts[index]!.line, -starts[index]!.offset));
    }
    blocks.forEach((block, position) => this.#blocks.set(block.key, parsed[position]!));
    return true;
  }
}

/** Whether nothing in the text can reach from one block into another (see the note at the top). */
function splittable(text: string, format: PolicyFormat): boolean {
  // The reader skips a byte order mark without counting it (decoded files never start with one).
  if (text.includes(']:') || text.startsWith('\uFEFF')) return false;
  if (format === 'md') return !/^ {0,3}</m.test(text);
  return !text.includes('{') && !/^(?:import|export)\b/m.test(text);
}

const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/**
 * Offsets where blocks start: 0, then every line that begins with a letter or
 * `#` after a blank line, outside fenced code and after the front matter.
 */
export function blockStarts(text: string): number[] {
  const starts = [0];
  let offset = 0;
  let previousBlank = false;
  let open: { marker: string; length: number } | undefined;
  let inFrontMatter = text.startsWith('---\n');
  let lineNumber = 0;
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const next = newline === -1 ? text.length : newline + 1;
    const line = text.slice(offset, newline === -1 ? text.length : newline);
    if (inFrontMatter) {
      if (lineNumber > 0 && line === '---') inFrontMatter = false;
    } else if (open) {
      const close = fence.exec(line);
      if (close && close[1]![0] === open.marker && close[1]!.length >= open.length && close[2]!.trim() === '') {
        open = undefined;
      }
    } else {
      const opening = fence.exec(line);
      if (opening && !(opening[1]![0] === '`' && opening[2]!.includes('`'))) {
        open = { marker: opening[1]![0]!, length: opening[1]!.length };
      } else if (previousBlank && offset > 0 && /^[A-Za-z#]/.test(line)) {
        starts.push(offset);
      }
    }
    previousBlank = line.trim() === '';
    offset = next;
    lineNumber += 1;
  }
  // A front matter that never closes is read whole: remark decides what it is.
  return inFrontMatter ? [0] : starts;
}

/** Where the reader ends a text: after its last character. */
function endOf(text: string): Point {
  const lines = countLines(text);
  return { line: lines + 1, column: text.length - (text.lastIndexOf('\n') + 1) + 1, offset: text.length };
}

function countLines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}

/** A deep copy of a parsed node with every position moved down `lines` lines and on `offset` characters. */
function shifted<T>(value: T, lines: number, offset: number): T {
  if (Array.isArray(value)) return value.map((item: unknown) => shifted(item, lines, offset)) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] =
      key === 'position' && item
        ? {
            start: shiftPoint((item as Position).start, lines, offset),
            end: shiftPoint((item as Position).end, lines, offset),
          }
        : shifted(item, lines, offset);
  }
  return copy as T;
}

function shiftPoint(point: Point, lines: number, offset: number): Point {
  return { line: point.line + lines, column: point.column, offset: (point.offset ?? 0) + offset };
}
