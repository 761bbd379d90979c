// Typing slips that Markdown reads silently as something else. Each is a
// warning at its position, because the page would otherwise show what the
// author did not mean:
// - `-C. text` (no space after the dash) is not a clause: Markdown joins the
//   line to the paragraph or clause above it;
// - `[the form](https://…` with no closing `)` is not a link: the brackets
//   and the address are published as typed;
// - `**bold` with no closing `**` is published with its asterisks.
// They are found in the text as parsed (text nodes), so code, links and
// emphasis that did work are never reported; the source text gives the
// position and tells an escaped `\*` from a typed one.
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { pointAt, type DiagnosticSink } from '../diagnostics/diagnostic.ts';
import { clauseLabel } from './sections.ts';

/** A dash or star stuck to a clause label at the start of a line: `-C. text`, `*(ii) text`. */
const stuckBullet = /(^|\n)([ \t]*)([-*+])(?=\(?[A-Za-z0-9]{1,5}[.)]\s)/g;
const unclosedLink = /\[([^\]\n]*)\]\((?![^)\n]*\))/g;
const strongMarker = /(?<!\\)(\*\*|__)/g;

export function checkTypingSlips(tree: Root, text: string, sink: DiagnosticSink): void {
  visit(tree, 'text', (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const source = text.slice(start, end);
    for (const match of source.matchAll(stuckBullet)) {
      const at = start + match.index + match[1]!.length + match[2]!.length;
      // Only at the start of a line (after indentation or `>`), never in the middle of a sentence.
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      if (!/^[\s>]*$/.test(text.slice(lineStart, at))) continue;
      const line = text.slice(at + 1, text.indexOf('\n', at) === -1 ? undefined : text.indexOf('\n', at));
      const label = clauseLabel(line);
      if (label === undefined) continue;
      sink.report(
        'sections/not-a-clause',
        `\`${match[3]}${line.slice(0, line.indexOf(label) + label.length + 1)}\` looks like clause ${label} but is not one: without a space after \`${match[3]}\`, it is joined to the text above.`,
        {
          place: pointAt(text, at),
          hint: `Put a space after the \`${match[3]}\`: \`${match[3]} ${line.split(/\s/)[0]}\`.`,
        },
      );
    }
    for (const match of source.matchAll(unclosedLink)) {
      sink.report(
        'sections/unclosed-link',
        `The link \`[${match[1]}](…\` is never closed: it is published as typed, not as a link.`,
        { place: pointAt(text, start + match.index), hint: 'Add `)` right after the address.' },
      );
    }
    const markers = [...source.matchAll(strongMarker)];
    if (markers.length % 2 === 1) {
      const marker = markers.at(-1)!;
      sink.report(
        'sections/unclosed-emphasis',
        `\`${marker[1]}\` is never closed: the text after it is published with the \`${marker[1]}\`, not in bold.`,
        {
          place: pointAt(text, start + marker.index),
          hint: `Add \`${marker[1]}\` where the bold text ends, or write \`\\${marker[1]![0]}\` to show the character itself.`,
        },
      );
    }
  });
}
