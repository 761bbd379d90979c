// What MDX refuses but ordinary Markdown accepts, made readable for the MDX
// reader without changing what the text means or where anything is:
// - HTML comments `<!-- … -->` become `{/* … */}` of the same length, so they
//   are never published and never counted (inside code they stay as written);
// - after a syntax error, `repairFor` says which one character to insert so
//   the reader can go on: a `/` that closes `<br>` (HTML's void elements need
//   no closing tag), or a `\` before a `<` or `{` that is plain text (`3<4`)
//   or already reported. The places in the tree are mapped back to the file.
import type { Nodes, Root } from 'mdast';
import type { Point } from 'unist';

/** HTML elements that never hold text, so `<br>` needs no `</br>`. */
export const voidElements: ReadonlySet<string> = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * Replaces each HTML comment outside code with an MDX comment of the same
 * length (line breaks kept). A comment that is never closed is left alone:
 * the reader reports it.
 */
export function mdxComments(text: string): string {
  let out = '';
  let index = 0;
  let fence: string | undefined;
  let lineStart = true;
  while (index < text.length) {
    if (lineStart) {
      const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(text.slice(index, index + 40));
      if (fenceMatch) {
        const marker = fenceMatch[1]!;
        if (fence === undefined) fence = marker[0]!.repeat(3);
        else if (marker.startsWith(fence)) fence = undefined;
      }
    }
    const character = text[index]!;
    lineStart = character === '\n';
    if (fence !== undefined) {
      out += character;
      index += 1;
      continue;
    }
    if (character === '\\') {
      out += text.slice(index, index + 2);
      index += 2;
      continue;
    }
    if (character === '`') {
      // An inline code span: copied as it is, up to the same run of backticks.
      let run = 0;
      while (text[index + run] === '`') run += 1;
      const marks = '`'.repeat(run);
      const close = text.indexOf(marks, index + run);
      const end = close === -1 ? index + run : close + run;
      out += text.slice(index, end);
      lineStart = text[end - 1] === '\n';
      index = end;
      continue;
    }
    if (text.startsWith('<!--', index)) {
      const close = text.indexOf('-->', index + 4);
      if (close !== -1) {
        const inner = text.slice(index + 4, close).replace(/[^\n]/g, ' ');
        out += `{/*${inner} */}`;
        index = close + 3;
        lineStart = false;
        continue;
      }
    }
    out += character;
    index += 1;
  }
  return out;
}

/**
 * One-character insertions made into a text, in the order made (each offset
 * in the text as it was when inserted), mapped back to places in the file.
 */
export class Insertions {
  readonly offsets: number[] = [];
  private readonly lineStarts: number[];

  constructor(original: string) {
    this.lineStarts = [0];
    for (let index = original.indexOf('\n'); index !== -1; index = original.indexOf('\n', index + 1))
      this.lineStarts.push(index + 1);
  }

  insert(text: string, offset: number, character: string): string {
    this.offsets.push(offset);
    return text.slice(0, offset) + character + text.slice(offset);
  }

  /** The offset in the file of an offset in the repaired text. */
  original(offset: number): number {
    let result = offset;
    for (let index = this.offsets.length - 1; index >= 0; index--) if (result > this.offsets[index]!) result -= 1;
    return result;
  }

  /** The place in the file (insertions never add a line, so only the column and offset move). */
  point(point: Point): Point {
    if (point.offset === undefined || this.offsets.length === 0) return point;
    const offset = this.original(point.offset);
    const lineStart = this.lineStarts[point.line - 1] ?? 0;
    return { line: point.line, column: offset - lineStart + 1, offset };
  }

  /** Moves every place in a tree back to the file (without recursion: the depth is the author's). */
  mapTree(tree: Root): void {
    if (this.offsets.length === 0) return;
    const stack: Nodes[] = [tree];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.position) {
        node.position = { start: this.point(node.position.start), end: this.point(node.position.end) };
      }
      if ('children' in node) stack.push(...node.children);
    }
  }
}

/** The offset of a line and column in a text. */
export function offsetAt(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return offset + column - 1;
}

/**
 * The text without its comments (`<!-- … -->` and `{/* … *\/}`), for counting
 * words: a note to editors is not part of the policy.
 */
export function withoutComments(text: string): string {
  return mdxComments(text).replace(/\{\/\*[\s\S]*?\*\/\}/g, (comment) => comment.replace(/[^\n]/g, ' '));
}
