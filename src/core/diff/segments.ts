// Cuts a policy body into consecutive segments, one per heading (at any level),
// plus the opening text before the first heading. The segments cover the body
// exactly, so putting them back together gives the body again.
import { flattenSections, type Section } from '../document/sections.ts';

export interface Segment {
  anchor: string;
  title: string;
  depth: number;
  /** Offsets into the body. */
  start: number;
  end: number;
  text: string;
}

export interface DiffSource {
  version: string;
  /** The body (text below the front matter). */
  text: string;
  /** The section tree with offsets into the whole file… */
  sections: readonly Section[];
  /** …and where the body starts in that file. */
  bodyStart: number;
}

export function segmentsOf(source: DiffSource): Segment[] {
  const starts = flattenSections(source.sections)
    .filter((section) => section.kind === 'heading')
    .map((section) => ({ section, start: (section.position.start.offset ?? 0) - source.bodyStart }))
    .filter(({ start }) => start >= 0 && start <= source.text.length)
    .sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  const firstStart = starts[0]?.start ?? source.text.length;
  if (/\S/.test(source.text.slice(0, firstStart))) {
    segments.push(segment('', 'Opening text', 1, 0, firstStart, source.text));
  } else if (starts[0]) {
    // Blank lines before the first heading belong to it.
    starts[0].start = 0;
  }
  for (const [index, { section, start }] of starts.entries()) {
    const end = starts[index + 1]?.start ?? source.text.length;
    segments.push(segment(section.anchor, section.title, section.depth, start, end, source.text));
  }
  return segments;
}

function segment(anchor: string, title: string, depth: number, start: number, end: number, text: string): Segment {
  return { anchor, title, depth, start, end, text: text.slice(start, end) };
}
