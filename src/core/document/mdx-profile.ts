// The safe MDX profile: a policy is data, not code.
//
// Walks the parsed tree and reports, with positions, everything that could run
// code or put script on the site: ESM, expressions, unknown components, raw
// HTML outside a tiny allowlist (judged on the parsed HTML tree, in
// `html-profile.ts`), event attributes and unsafe URLs. A document
// with any such finding is never rendered.
import type { Link, Root, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { linkProblem } from '../text/web-address.ts';
import type {
  MdxJsxAttribute,
  MdxJsxExpressionAttribute,
  MdxJsxFlowElement,
  MdxJsxTextElement,
} from 'mdast-util-mdx-jsx';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';
import type { DiagnosticSink } from '../diagnostics/diagnostic.ts';
import { closest, listOf } from '../text/english.ts';

/** Components an author may use, with the attributes each accepts. Documented in the author guide. */
export const allowedComponents: Readonly<Record<string, readonly string[]>> = {
  Note: ['title'],
  Gap: [],
};

/** The attributes of an anchor `<a id="x">` (or, in older HTML, `<a name="x">`), which has no `href`. */
export const anchorAttributes: readonly string[] = ['id', 'name'];

/** Plain HTML elements an author may use, with the attributes each accepts. */
export const allowedHtmlElements: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title'],
  br: [],
  sub: [],
  sup: [],
};

/** Elements that run code, load other documents or pose as the page's own controls. */
export const forbiddenElements: ReadonlySet<string> = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'link',
  'meta',
  'base',
]);
export const unsafeUrl = /^(javascript|vbscript|data):/i;

/** Browsers ignore whitespace and control characters inside a scheme (`java\tscript:`), so we do too. */
export function compact(url: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  return url.replace(/[\s\u0000-\u001f]/g, '');
}

export function checkMdxProfile(tree: Root, sink: DiagnosticSink): void {
  visit(tree, (node: Nodes) => {
    switch (node.type) {
      case 'mdxjsEsm':
        sink.report(
          'mdx/forbidden-esm',
          `Unexpected \`${firstWord(node.value)}\`: a policy cannot import or export code.`,
          {
            place: node.position,
            hint: 'Remove the line. Components that policies may use are available without importing them.',
          },
        );
        return 'skip';
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(node.value)) {
          sink.report(
            'mdx/forbidden-expression',
            `Unexpected expression \`{${shorten(node.value)}}\`: a policy cannot run code.`,
            {
              place: node.position,
              hint: 'Write `\\{` to show a curly brace as text; `{/* comments */}` are allowed.',
            },
          );
        }
        return 'skip';
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsxElement(node, sink);
        return undefined;
      case 'html':
        // Raw HTML is judged on the tree the HTML parser builds from it (`html-profile.ts`).
        return undefined;
      case 'link':
        if (!isWwwLiteral(node)) checkUrl(node.url, node.position, sink);
        return undefined;
      case 'image':
      case 'definition':
        checkUrl(node.url, node.position, sink);
        return undefined;
      default:
        return undefined;
    }
  });
}

function checkJsxElement(node: MdxJsxFlowElement | MdxJsxTextElement, sink: DiagnosticSink): void {
  const name = node.name;
  if (name === null) {
    sink.report('mdx/unknown-component', 'Unexpected fragment `<>`: only named components are allowed.', {
      place: node.position,
    });
    return;
  }
  if (forbiddenElements.has(name.toLowerCase())) {
    sink.report('mdx/forbidden-element', `Unexpected \`<${name}>\`: it is never allowed in a policy.`, {
      place: node.position,
      hint: 'Remove the element. A policy holds text only.',
    });
    return;
  }
  // `<a id="x">` or `<a name="x">` without `href` is an anchor to link to, kept as one (`html-profile.ts`).
  const anchor =
    name === 'a' && !node.attributes.some((item) => item.type === 'mdxJsxAttribute' && item.name === 'href');
  const allowedAttributes = anchor ? anchorAttributes : (allowedComponents[name] ?? allowedHtmlElements[name]);
  if (!allowedAttributes) {
    const known = [...Object.keys(allowedComponents), ...Object.keys(allowedHtmlElements)];
    const suggestion = closest(name, known);
    sink.report('mdx/unknown-component', `Unexpected component \`<${name}>\`, expected one of ${listOf(known)}.`, {
      place: node.position,
      hint:
        markdownFor(name) ??
        (suggestion
          ? `Did you mean \`<${suggestion}>\`? Component names are case-sensitive.`
          : 'The author guide lists the components a policy may use.'),
    });
    return;
  }
  for (const attribute of node.attributes) checkJsxAttribute(name, attribute, allowedAttributes, node.position, sink);
}

function checkJsxAttribute(
  element: string,
  attribute: MdxJsxAttribute | MdxJsxExpressionAttribute,
  allowed: readonly string[],
  fallback: Position | undefined,
  sink: DiagnosticSink,
): void {
  const place = attribute.position ?? fallback;
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    sink.report(
      'mdx/forbidden-attribute',
      `Unexpected expression attribute \`{${shorten(attribute.value)}}\` on \`<${element}>\`.`,
      {
        place,
        hint: 'Attributes must be plain text in quotes, for example `title="…"`.',
      },
    );
    return;
  }
  if (/^on/i.test(attribute.name)) {
    sink.report(
      'mdx/forbidden-attribute',
      `Unexpected event attribute \`${attribute.name}\` on \`<${element}>\`: it would run code.`,
      {
        place,
        hint: 'Remove the attribute.',
      },
    );
    return;
  }
  if (attribute.value !== null && typeof attribute.value === 'object') {
    sink.report(
      'mdx/forbidden-attribute',
      `Unexpected expression in attribute \`${attribute.name}\` on \`<${element}>\`.`,
      {
        place,
        hint: `Write the value as text in quotes: \`${attribute.name}="…"\`.`,
      },
    );
    return;
  }
  if (typeof attribute.value === 'string' && unsafeUrl.test(compact(attribute.value))) {
    sink.report(
      'mdx/forbidden-url',
      `Unexpected ${schemeOf(attribute.value)} URL in \`${attribute.name}\` on \`<${element}>\`: it could run code.`,
      { place, hint: 'Remove the attribute, or write an `https://` or `mailto:` address.' },
    );
    return;
  }
  if (!allowed.includes(attribute.name)) {
    sink.report(
      'mdx/forbidden-attribute',
      allowed.length > 0
        ? `Unexpected attribute \`${attribute.name}\` on \`<${element}>\`, expected ${listOf(allowed)}.`
        : `Unexpected attribute \`${attribute.name}\` on \`<${element}>\`, which takes no attributes.`,
      { place },
    );
  }
}

/** The Markdown that does what an author reached for an HTML element to do. */
const markdownEquivalents: Readonly<Record<string, string>> = {
  a: 'Write a link in Markdown: `[link text](https://…)`.',
  img: 'Write an image in Markdown: `![what it shows](https://…)`.',
  b: 'Write bold text as `**bold**`.',
  strong: 'Write bold text as `**bold**`.',
  i: 'Write italic text as `*italic*`.',
  em: 'Write italic text as `*italic*`.',
  u: 'Use `**bold**` or `*italic*` for emphasis; underlined text looks like a link.',
  p: 'Separate paragraphs with a blank line.',
  div: 'Separate paragraphs with a blank line; use `<Note>` for a box.',
  span: 'Write the text without the element.',
  ul: 'Write a list with lines starting with `- `.',
  ol: 'Write a numbered list with lines starting with `1. `.',
  li: 'Write a list with lines starting with `- `.',
  h1: 'Write a heading as `## Heading`.',
  h2: 'Write a heading as `## Heading`.',
  h3: 'Write a heading as `### Heading`.',
  h4: 'Write a heading as `#### Heading`.',
  table: 'Write a table in Markdown: `| a | b |`, then `| - | - |`, then the rows.',
  blockquote: 'Quote text by starting its lines with `> `.',
  code: 'Put code between backticks: `` `code` ``.',
  hr: 'Write a line with `---` between two blank lines.',
};

export function markdownFor(element: string): string | undefined {
  return Object.hasOwn(markdownEquivalents, element.toLowerCase())
    ? markdownEquivalents[element.toLowerCase()]
    : undefined;
}

const linkHint = 'Link to an `https://` address, one `mailto:` address, or a section with `#anchor`.';

function checkUrl(url: string, position: Position | undefined, sink: DiagnosticSink): void {
  if (unsafeUrl.test(compact(url))) {
    sink.report('mdx/forbidden-url', `Unexpected ${schemeOf(url)} link: it could run code.`, {
      place: position,
      hint: linkHint,
    });
    return;
  }
  const problem = linkProblem(url);
  if (problem) {
    // `problem` is worded after "which" (`web-address.ts`); here it follows a colon.
    const reason = problem.replace(/^which /, 'it ');
    sink.report('mdx/forbidden-url', `Unexpected link \`${shorten(url)}\`: ${reason}.`, {
      place: position,
      hint: linkHint,
    });
  }
}

/**
 * GFM turns a bare `www.example.org` in the text into a link to
 * `http://www.example.org`; the site publishes it as `https://` (`html-tree.ts`).
 */
export function isWwwLiteral(link: Link): boolean {
  const text = toString(link);
  return text.startsWith('www.') && link.url === `http://${text}`;
}

function isCommentOnly(expression: string): boolean {
  return expression.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';
}

export function schemeOf(url: string): string {
  return `\`${compact(url).split(':')[0]!.toLowerCase()}:\``;
}

function firstWord(text: string): string {
  return text.trim().split(/\s+/)[0] ?? text;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 37)}…` : flat;
}
