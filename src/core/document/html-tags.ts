// The tags of HTML this project wrote itself, in order, with where each starts
// and ends in the string: so the reading tools can be added to a version's
// text, and a section history can fold its unchanged paragraphs, by splicing
// the string instead of parsing it into a tree and writing it out again. That
// round trip was 4 of the 9.4 s a warm build's pipeline took at 50 × 20
// (reading tools on 1,050 texts, folding on 2,300 section changes).
//
// A plain scan is enough because of how that HTML is made: hast-util-to-html
// escapes every `<` in text and writes every attribute value in double quotes
// with `"` escaped, and the sanitiser (document/render.ts) and the redline
// writer leave no comment, script, style or foreign (SVG, MathML) content.
// Anything else is not for this reader: HTML from outside goes through parse5.
import { voidElements } from './mdx-text.ts';

export interface HtmlTag {
  /** Lower-case tag name: `li`, `h2`. */
  name: string;
  /** `</li>` rather than `<li …>`. */
  closing: boolean;
  /** Where the tag starts (its `<`) and ends (after its `>`). */
  start: number;
  end: number;
  /** The attributes as written, for `attributeOf`. */
  attributes: string;
}

/** Every start and end tag of `html`, in order. */
export function* tagsOf(html: string): Generator<HtmlTag> {
  let at = html.indexOf('<');
  while (at !== -1) {
    const closing = html[at + 1] === '/';
    const nameStart = at + (closing ? 2 : 1);
    let nameEnd = nameStart;
    while (nameEnd < html.length && !/[\s/>]/.test(html[nameEnd]!)) nameEnd += 1;
    // The tag ends at the first `>` outside a quoted attribute value.
    let end = nameEnd;
    while (end < html.length && html[end] !== '>') {
      end = html[end] === '"' ? html.indexOf('"', end + 1) + 1 : end + 1;
      if (end === 0) throw new Error(`An attribute value opened at ${at} in our own HTML is never closed.`);
    }
    yield {
      name: html.slice(nameStart, nameEnd).toLowerCase(),
      closing,
      start: at,
      end: end + 1,
      attributes: html.slice(nameEnd, end),
    };
    at = html.indexOf('<', end + 1);
  }
}

const attributePatterns = new Map<string, RegExp>();

/** The value of attribute `name` in a tag (entities left as written), or undefined. */
export function attributeOf(tag: HtmlTag, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  // Made once per name: this runs for every tag of every version.
  if (!pattern) attributePatterns.set(name, (pattern = new RegExp(`(?:^|\\s)${name}="([^"]*)"`)));
  return pattern.exec(tag.attributes)?.[1];
}

/** The top-level elements of `html`: where each starts and ends, and the tags inside it, its own first. */
export function topLevelElements(html: string): { start: number; end: number; tags: HtmlTag[] }[] {
  const elements: { start: number; end: number; tags: HtmlTag[] }[] = [];
  let depth = 0;
  let current: HtmlTag[] = [];
  for (const tag of tagsOf(html)) {
    current.push(tag);
    if (tag.closing) depth -= 1;
    else if (!voidElements.has(tag.name)) depth += 1;
    if (depth === 0) {
      elements.push({ start: current[0]!.start, end: tag.end, tags: current });
      current = [];
    }
  }
  return elements;
}
