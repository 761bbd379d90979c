// The safe-content profile, on the HTML tree: judges raw HTML (`.md` files) on
// the tree that the HTML parser built and that is published (`html-tree.ts`),
// never on the source text. What the check sees is what the page gets.
//
// An element came from raw HTML unless Markdown made it (`markdownElements`);
// elements the HTML parser adds on its own, with no place in the file, belong
// to the element around them. Markdown's own elements are checked on the
// Markdown tree (`mdx-profile.ts`).
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Point } from 'unist';
import { pointAt, type DiagnosticSink } from '../diagnostics/diagnostic.ts';
import { listOf } from '../text/english.ts';
import {
  allowedHtmlElements,
  anchorAttributes,
  forbiddenElements,
  markdownFor,
  unsafeUrl,
  compact,
  schemeOf,
} from './mdx-profile.ts';
import { safeAnchor } from './reserved-ids.ts';
import {
  elementSignature,
  firstRawHtml,
  hasRawHtml,
  policyHtmlTree,
  tooDeepRawHtml,
  type PolicyHtmlTree,
} from './html-tree.ts';
import { MAX_NESTING_DEPTH, MAX_TREE_DEPTH } from './nesting.ts';
import type { Root as MdastRoot } from 'mdast';
import { flattenSections, type Section } from './sections.ts';

export interface HtmlTreeCheck {
  /** The file's text, to say which attribute is wrong and where (positions are offsets into it). */
  text?: string;
  /** From `policyHtmlTree`: the elements that Markdown made. */
  markdownElements: ReadonlySet<string>;
  /** Anchors of the policy's headings and clauses, which an author's `<a id>` must not repeat. */
  sectionAnchors: ReadonlySet<string>;
  /**
   * The origins (`https://host`) images may come from besides the site itself
   * (`site.yaml`: the site's own origin and `images.allowedOrigins`). Without
   * them, only images at relative addresses are kept.
   */
  imageOrigins?: readonly string[];
}

/**
 * Reports what raw HTML may not do, and turns the author's `<a id>` and
 * `<a name>` anchors into `<a id>` with an id that cannot take one of the page's own.
 * Iterative: the depth of the tree is the author's.
 */
export function checkHtmlTree(tree: Root, check: HtmlTreeCheck, sink: DiagnosticSink): void {
  const anchors = new Set<string>();
  const stack: { node: RootContent; rawParent: boolean; depth: number }[] = tree.children
    .map((node) => ({ node, rawParent: false, depth: 1 }))
    .reverse();
  while (stack.length > 0) {
    const { node, rawParent, depth } = stack.pop()!;
    if (node.type !== 'element') continue;
    if (depth > MAX_HTML_DEPTH) {
      // Raw HTML nests without any mark at the start of a line (`nesting.ts` cannot see it).
      reportTooDeep(node.position?.start, sink);
      return;
    }
    const signature = elementSignature(node);
    const raw = signature === undefined ? rawParent : !check.markdownElements.has(signature);
    if (raw) checkRawElement(node, check, anchors, sink);
    else if (node.tagName === 'img') checkImageOrigin(node, check.imageOrigins ?? [], sink);
    // An MDX `<a id>` (judged on the Markdown tree); Markdown's own links always have an `href`.
    else if (node.tagName === 'a' && !('href' in node.properties)) keepAnchor(node, check, anchors, sink);
    for (let index = node.children.length - 1; index >= 0; index--)
      stack.push({ node: node.children[index]!, rawParent: raw, depth: depth + 1 });
  }
}

function checkRawElement(element: Element, check: HtmlTreeCheck, anchors: Set<string>, sink: DiagnosticSink): void {
  const name = element.tagName;
  const place = element.position?.start;
  if (forbiddenElements.has(name)) {
    sink.report('mdx/forbidden-element', `Unexpected \`<${name}>\`: it is never allowed in a policy.`, {
      place,
      hint: 'Remove the element. A policy holds text only.',
    });
    return;
  }
  const anchor = name === 'a' && !('href' in element.properties);
  const allowed = anchor ? anchorAttributes : allowedHtmlElements[name];
  if (!allowed) {
    sink.report(
      'mdx/forbidden-html',
      `Unexpected HTML element \`<${name}>\`, expected one of ${listOf(Object.keys(allowedHtmlElements))}.`,
      { place, hint: markdownFor(name) ?? 'Use Markdown instead of HTML.' },
    );
    return;
  }
  const written = check.text === undefined ? new Map() : writtenAttributes(element, check.text);
  for (const [property, value] of Object.entries(element.properties)) {
    const attribute = written.get(property) ?? { name: property.toLowerCase(), place };
    const text = Array.isArray(value) ? value.join(' ') : String(value);
    if (/^on/i.test(attribute.name)) {
      sink.report(
        'mdx/forbidden-attribute',
        `Unexpected event attribute \`${attribute.name}\` on \`<${name}>\`: it would run code.`,
        { place: attribute.place, hint: 'Remove the attribute.' },
      );
    } else if (unsafeUrl.test(compact(text))) {
      sink.report(
        'mdx/forbidden-url',
        `Unexpected ${schemeOf(text)} URL in \`${attribute.name}\` on \`<${name}>\`: it could run code.`,
        { place: attribute.place, hint: 'Remove the attribute, or write an `https://` or `mailto:` address.' },
      );
    } else if (!allowed.includes(attribute.name)) {
      sink.report(
        'mdx/forbidden-attribute',
        allowed.length > 0
          ? `Unexpected attribute \`${attribute.name}\` on \`<${name}>\`, expected ${listOf(allowed)}.`
          : `Unexpected attribute \`${attribute.name}\` on \`<${name}>\`, which takes no attributes.`,
        { place: attribute.place },
      );
    }
  }
  if (anchor) keepAnchor(element, check, anchors, sink);
}

/** `<a id="x">` and `<a name="x">` stay citable as `#x`, published as `<a id="x"></a>`. */
function keepAnchor(element: Element, check: HtmlTreeCheck, anchors: Set<string>, sink: DiagnosticSink): void {
  const value = element.properties['id'] ?? element.properties['name'];
  delete element.properties['name'];
  if (typeof value !== 'string' || value === '') {
    delete element.properties['id'];
    return;
  }
  if (check.sectionAnchors.has(value) || anchors.has(value)) {
    sink.report(
      'sections/duplicate-anchor',
      `Duplicate anchor \`#${value}\`: a heading, clause or other anchor of this policy has the same web address.`,
      { place: element.position?.start, hint: 'Give the anchor another name.' },
    );
  }
  anchors.add(value);
  element.properties['id'] = safeAnchor(value);
}

/**
 * The attributes as the author wrote them (name and place), for messages: the
 * element's own source is read again by the HTML parser, which reports where
 * each attribute is. Only the wording and the place come from here; what is
 * allowed is decided on the published tree.
 */
function writtenAttributes(element: Element, text: string): Map<string, { name: string; place: Point }> {
  const found = new Map<string, { name: string; place: Point }>();
  const start = element.position?.start.offset;
  const end = element.position?.end.offset;
  if (start === undefined || end === undefined) return found;
  const source = text.slice(start, end);
  const reread = fromHtml(source, { fragment: true, verbose: true }).children.find(
    (child): child is Element => child.type === 'element',
  );
  const properties = reread?.data?.position?.properties ?? {};
  for (const [property, position] of Object.entries(properties)) {
    const from = position?.start.offset;
    const to = position?.end.offset;
    if (from === undefined || to === undefined) continue;
    const token = source.slice(from, to);
    const equals = token.indexOf('=');
    found.set(property, {
      name: (equals === -1 ? token : token.slice(0, equals)).trim().toLowerCase(),
      place: pointAt(text, start + from),
    });
  }
  return found;
}

/**
 * An image from another site is fetched by every reader's browser as the page
 * opens, telling that site who reads what: images come from the site itself,
 * or from an origin `site.yaml` allows. A refused image is also taken off the
 * tree (its description stays), so a page never loads it.
 */
function checkImageOrigin(image: Element, allowed: readonly string[], sink: DiagnosticSink): void {
  const source = image.properties['src'];
  // `javascript:` and `data:` are refused as unsafe addresses on the Markdown tree already.
  if (typeof source !== 'string' || unsafeUrl.test(compact(source))) return;
  const origin = foreignOrigin(source);
  if (origin === undefined || allowed.includes(origin)) return;
  sink.report(
    'mdx/image-origin',
    `Unexpected image from \`${origin}\`: images come from this site, or from an address listed in \`images.allowedOrigins\` in \`policy/site.yaml\`.`,
    {
      place: image.position?.start,
      hint: 'Add the image to the site (the `public/` folder) and link it with a relative address, or ask the site maintainers to allow the address.',
    },
  );
  const description = image.properties['alt'];
  image.tagName = 'span';
  image.properties = {};
  image.children = [{ type: 'text', value: typeof description === 'string' ? description : '' }];
}

/** The origin of an address that points at another site; undefined for an address on the site itself. */
export function foreignOrigin(address: string): string | undefined {
  // Resolved as a browser would (`//host`, `/\\host` and `https:host` all leave the site).
  const home = 'https://site.invalid';
  let url: URL;
  try {
    url = new URL(address, `${home}/policies/`);
  } catch {
    return address;
  }
  if (url.origin === home) return undefined;
  return url.origin === 'null' ? url.protocol : url.origin;
}

/**
 * The HTML tree of a body, judged by the profile: the same tree is then printed,
 * so what was checked is what is published. Built only when it is needed: to
 * render, or to judge raw HTML (a body without any needs no HTML tree to be checked).
 */
export function checkedHtmlTree(
  tree: MdastRoot,
  text: string,
  sections: readonly Section[],
  sink: DiagnosticSink,
  options: { render?: boolean; imageOrigins?: readonly string[] } = {},
): Root | undefined {
  const render = options.render !== false;
  if (!render && !hasRawHtml(tree)) return undefined;
  const tooDeep = tooDeepRawHtml(tree, MAX_HTML_DEPTH);
  if (tooDeep) {
    reportTooDeep(tooDeep, sink);
    return undefined;
  }
  let html: PolicyHtmlTree;
  try {
    html = policyHtmlTree(tree, sections);
  } catch (error) {
    // The HTML parser's tree is turned into ours by a walk that calls itself.
    // Raw HTML nested too deep is refused above and Markdown's own nesting
    // before parsing (`nesting.ts`); this is the last guard, should anything
    // else still reach the stack's end.
    if (!(error instanceof RangeError)) throw error;
    reportTooDeep(firstRawHtml(tree), sink);
    return undefined;
  }
  const sectionAnchors = new Set(flattenSections(sections).map((section) => section.anchor));
  checkHtmlTree(
    html.tree,
    { text, markdownElements: html.markdownElements, sectionAnchors, imageOrigins: options.imageOrigins },
    sink,
  );
  return render ? html.tree : undefined;
}

/** The HTML tree is as deep as the Markdown tree it comes from, and a few levels more (a table's body). */
const MAX_HTML_DEPTH = MAX_TREE_DEPTH + 4;

function reportTooDeep(place: Point | undefined, sink: DiagnosticSink): void {
  sink.report(
    'mdx/too-deep',
    `The HTML here nests elements more than ${MAX_NESTING_DEPTH} levels deep; a policy may nest at most ${MAX_NESTING_DEPTH} levels.`,
    { place, hint: 'Close each HTML element (`</sub>`) before opening the next, or use Markdown instead.' },
  );
}
