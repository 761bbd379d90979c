import type { CodeInfo } from './types.ts';

export const mdxCodes = [
  {
    code: 'mdx/syntax-error',
    severity: 'error',
    title: 'MDX syntax error',
    help: 'The text could not be read as MDX. A stray `<` or `{` is the usual cause: write `\\<` or `\\{` to show the character itself.',
  },
  {
    code: 'mdx/forbidden-esm',
    severity: 'error',
    title: '`import` or `export` in a policy',
    help: 'A policy is text, not code: `import` and `export` lines are not allowed. Remove the line.',
  },
  {
    code: 'mdx/forbidden-expression',
    severity: 'error',
    title: 'Code expression in a policy',
    help: 'Curly braces `{…}` run code in MDX and are not allowed in a policy. Write `\\{` for a literal brace; `{/* comments */}` are fine.',
  },
  {
    code: 'mdx/unknown-component',
    severity: 'error',
    title: 'Unknown component',
    help: 'Only the components listed in the author guide may be used in a policy (`<Note>`, `<Gap>`), and the HTML elements `abbr`, `br`, `sub`, `sup`.',
  },
  {
    code: 'mdx/forbidden-element',
    severity: 'error',
    title: 'Forbidden element',
    help: '`<script>`, `<style>`, `<iframe>`, `<object>`, `<embed>`, `<form>`, form controls (`<input>`, `<button>`, `<select>`, `<textarea>`) and `<link>`, `<meta>`, `<base>` can run code, change the page or pose as its controls, and are never allowed in a policy.',
  },
  {
    code: 'mdx/forbidden-attribute',
    severity: 'error',
    title: 'Forbidden attribute',
    help: 'Event attributes such as `onclick` run code, and attributes written as `{…}` are expressions: neither is allowed. Components accept only the plain-text attributes the author guide lists.',
  },
  {
    code: 'mdx/forbidden-url',
    severity: 'error',
    title: 'Unsafe link',
    help: 'A link goes to an `https://` address, to one `mailto:` email address (with nothing after it), or to a section `#anchor` or another page of the site. Links starting with `javascript:`, `vbscript:` or `data:` could run code; `http:`, `file:` and other schemes are not published either.',
  },
  {
    code: 'mdx/forbidden-html',
    severity: 'error',
    title: 'Raw HTML not allowed',
    help: 'Raw HTML is not allowed in a policy, apart from `abbr`, `br`, `sub`, `sup`, anchors `<a id="…">` or `<a name="…">` (without `href`) and HTML comments. Use Markdown instead.',
  },
  {
    code: 'mdx/image-origin',
    severity: 'error',
    title: 'Image from another site',
    help: "An image from another site is fetched by every reader's browser when the page opens, so that site learns who reads the policy. Images come from the site itself, or from an address listed under `images.allowedOrigins` in `policy/site.yaml`.",
  },
  {
    code: 'mdx/too-deep',
    severity: 'error',
    title: 'Nested too deeply',
    help: 'Quotes, lists, components and HTML elements may be nested inside each other at most 32 levels deep; deeper text is not read, so that no text can stall the check or the build. A long run of `>` or `-` at the start of a line is the usual cause: write `\\>` or `\\-` to show the character itself.',
  },
] as const satisfies readonly CodeInfo[];
