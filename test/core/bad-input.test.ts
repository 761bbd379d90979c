// The bad-input corpus: one fixture repository per case under
// `test/fixtures/<area>/<case>/policy/…`, each with the EXACT diagnostics it
// must produce (code, line, column, and the message for the important ones).
// The list of diagnostics is compared whole, so an extra or a missing message
// fails the test too. No case may throw, and a policy with an error is never
// rendered.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRepository } from '../../src/core/repository/load.ts';
import { loadPolicy } from '../../src/core/document/load.ts';
import { diskFiles } from '../../src/io/fs-files.ts';
import type { RelatedPlace } from '../../src/core/diagnostics/diagnostic.ts';
import { fixturePath, frontMatter, located, withExampleSite, type Located } from '../helpers/fixtures.ts';

interface Expected extends Located {
  file?: string;
  message?: string;
  hint?: string;
  /** "Defined here" places; checked (also when absent) wherever a message is given. */
  related?: RelatedPlace[];
}

function at(
  code: string,
  line: number,
  column: number,
  text: { message?: string; hint?: string; related?: RelatedPlace[] } = {},
): Expected {
  return { code, line, column, ...text };
}

/** A related place in the case's own policy file. */
function here(fixture: string, line: number, column: number, message: string): RelatedPlace {
  return { file: defaultFile(fixture), line, column, message };
}

/** `fixture` is `<area>/<case>`; the case's single policy file is `policy/<case>.mdx` unless `file` says otherwise. */
const corpus: { fixture: string; expect: Expected[] }[] = [
  // ── Front matter ──────────────────────────────────────────────────────────
  {
    fixture: 'front-matter/yaml-syntax',
    expect: [
      // Placed on the `[` that is never closed, not where yaml gave up.
      at('front-matter/yaml-syntax', 3, 8, {
        message: 'The front matter is not valid YAML: a value that starts with `[` is never closed: expected `]`.',
        hint: 'In YAML `[` starts a list. Close it with `]`, or put the whole value in quotes.',
      }),
    ],
  },
  {
    fixture: 'front-matter/yaml-tab-indent',
    expect: [
      at('front-matter/yaml-syntax', 4, 1, {
        message: 'The front matter is not valid YAML: unexpected tab character, expected spaces for indentation.',
      }),
    ],
  },
  {
    fixture: 'front-matter/duplicate-key',
    expect: [
      at('front-matter/duplicate-key', 9, 1, {
        message: 'The key `title` appears twice in the front matter; keep one of them.',
        related: [here('front-matter/duplicate-key', 3, 1, 'first written')],
      }),
    ],
  },
  {
    fixture: 'front-matter/not-a-mapping',
    expect: [
      at('front-matter/not-a-mapping', 2, 1, {
        message: 'The front matter must be a set of `key: value` lines, not a list or a single value.',
      }),
    ],
  },
  {
    fixture: 'front-matter/empty-front-matter',
    expect: [
      at('front-matter/not-a-mapping', 2, 1, {
        message: 'The front matter is empty: it must be a set of `key: value` lines.',
      }),
    ],
  },
  {
    fixture: 'front-matter/no-front-matter',
    expect: [
      at('front-matter/missing', 1, 1, {
        message: 'Missing front matter: the file must start with a `---` line.',
      }),
    ],
  },
  {
    fixture: 'front-matter/blank-line-before',
    expect: [
      at('front-matter/missing', 2, 1, {
        message:
          'Unexpected blank lines or spaces before the front matter: its `---` must be the very first line of the file.',
      }),
    ],
  },
  {
    fixture: 'front-matter/unclosed-front-matter',
    expect: [
      at('front-matter/missing', 1, 1, {
        message: 'The front matter that starts on line 1 is never closed: expected a `---` line after its fields.',
      }),
    ],
  },
  {
    // `*draft` is a YAML reference to an anchor `&draft` that does not exist.
    fixture: 'front-matter/unresolved-alias',
    expect: [
      at('front-matter/yaml-syntax', 8, 9, {
        message: 'The front matter is not valid YAML: unexpected reference `*draft`, which points to nothing.',
        hint: 'A value that starts with `*` or `&` is read as a YAML reference: put the value in quotes.',
      }),
    ],
  },
  {
    // References that would expand to thousands of values are refused, not expanded.
    fixture: 'front-matter/alias-bomb',
    expect: [
      at('front-matter/yaml-syntax', 10, 8, {
        message: 'The front matter is not valid YAML: its references (`*name`) expand too far.',
      }),
    ],
  },
  {
    fixture: 'front-matter/unknown-key',
    // Only the misspelling is reported: the missing `title` it causes would repeat it.
    expect: [
      at('front-matter/unknown-key', 3, 1, {
        message:
          'Unexpected key `titel`, expected one of `id`, `title`, `number`, `kind`, `owner`, `tags`, `version`, `status`, `notice`, `change`, `comment`, `adopted`, `effective`, `review`, `mandates` or `sources`.',
        hint: 'Did you mean `title`?',
      }),
    ],
  },
  {
    fixture: 'front-matter/unknown-nested-key',
    expect: [
      at('front-matter/unknown-key', 10, 3, {
        message: 'Unexpected key `intervalMonth` in `review`, expected one of `intervalMonths` or `log`.',
        hint: 'Did you mean `intervalMonths`?',
      }),
    ],
  },
  {
    fixture: 'front-matter/missing-required',
    expect: [
      at('front-matter/missing-key', 2, 1, {
        message: 'Missing key `number` in the front matter.',
        hint: 'Add `number`: The official number of the instrument, for example `AI 1-19`.',
      }),
      at('front-matter/missing-key', 2, 1, { message: 'Missing key `owner` in the front matter.' }),
    ],
  },
  {
    fixture: 'front-matter/tags-not-a-list',
    expect: [
      at('front-matter/wrong-type', 9, 7, {
        message: '`tags` should be a list, not `social-media`.',
        hint: 'Write a list: `tags: [social-media]`.',
      }),
    ],
  },
  {
    fixture: 'front-matter/interval-as-text',
    expect: [
      at('front-matter/wrong-type', 10, 19, {
        message: '`review.intervalMonths` should be a whole number, not `"12"`.',
        hint: 'Remove the quotes: `intervalMonths: 12`.',
      }),
    ],
  },
  {
    fixture: 'front-matter/number-not-text',
    expect: [
      at('front-matter/wrong-type', 4, 9, {
        message: '`number` should be text, not `119`.',
        hint: 'Put the value in quotes: `"119"`.',
      }),
    ],
  },
  {
    fixture: 'front-matter/impossible-date',
    expect: [
      at('front-matter/invalid-date', 10, 10, {
        message: '`comment.opens` is `2025-02-30`, which is not a calendar date.',
      }),
    ],
  },
  {
    // A calendar date to ajv-formats, but no policy was signed in year 0 (issue 16 item 10).
    fixture: 'front-matter/implausible-year',
    expect: [
      at('front-matter/invalid-date', 10, 9, {
        message: '`adopted.date` is `0000-01-01`; a date must fall between the years 1900 and 2199.',
        hint: 'Check the year: write the date as YYYY-MM-DD, for example 2024-12-05.',
      }),
    ],
  },
  {
    fixture: 'front-matter/adopted-without-date',
    expect: [
      at('front-matter/missing-key', 2, 1, {
        message: 'Missing key `adopted` in the front matter (required when `status` is `adopted`).',
      }),
      at('front-matter/missing-key', 2, 1, {
        message: 'Missing key `effective` in the front matter (required when `status` is `adopted`).',
      }),
    ],
  },
  {
    fixture: 'front-matter/id-mismatch',
    expect: [
      at('front-matter/id-mismatch', 2, 5, {
        message: 'The id `social-media` does not match the file name `id-mismatch`.',
        hint: 'Rename the file to `social-media.mdx`, or set `id: id-mismatch`. Never change the id of a published policy: it is its web address.',
      }),
    ],
  },
  {
    fixture: 'front-matter/duplicate-id',
    expect: [
      {
        ...at('front-matter/duplicate-id', 2, 5, {
          message: 'The id `duplicate-id` is already used by `policy/duplicate-id.md`.',
          related: [{ file: 'policy/duplicate-id.md', line: 2, column: 5, message: 'first used' }],
        }),
        file: 'policy/duplicate-id.mdx',
      },
    ],
  },
  {
    fixture: 'front-matter/unknown-status',
    expect: [
      at('front-matter/invalid-value', 8, 9, {
        message: 'Unexpected value `drafted` for `status`, expected `draft`, `adopted` or `retired`.',
        hint: 'Did you mean `draft`?',
      }),
    ],
  },
  {
    fixture: 'front-matter/version-not-major-minor',
    expect: [at('front-matter/invalid-value', 7, 10)],
  },
  {
    // A version part too long to be real would lose digits as a number and
    // make the "raise it to …" hints name a wrong version (issue 16 item 10).
    fixture: 'front-matter/version-too-large',
    expect: [
      at('front-matter/invalid-value', 7, 10, {
        message:
          '`version` is `99999999999999999999.0`, expected two whole numbers of at most 4 digits each, MAJOR.MINOR, for example `2.0`.',
      }),
    ],
  },
  {
    fixture: 'front-matter/review-log-errors',
    expect: [
      at('front-matter/invalid-date', 12, 13),
      at('front-matter/invalid-value', 14, 17, { hint: 'Did you mean `no-change`?' }),
      at('front-matter/unknown-key', 15, 7, { hint: 'Did you mean `notes`?' }),
    ],
  },
  {
    // The page links each note to its section; a missing one would be a broken link (issue 16 item 10).
    fixture: 'front-matter/note-anchor-missing',
    expect: [
      at('front-matter/unknown-anchor', 13, 15, {
        message: 'The note in `sources.notes` is about `#scopes`, which is not a section of this policy.',
        hint: "The nearest existing anchor is `#scope`. Use the anchor shown after # in the section's web address.",
      }),
    ],
  },
  {
    fixture: 'front-matter/crosswalk-bad-key',
    expect: [
      at('front-matter/invalid-value', 10, 3, {
        message: 'Unexpected key `R_24_89` in `mandates`: keys here use lower-case letters, digits and hyphens.',
        hint: 'Write it like `r-24-89`.',
      }),
      at('front-matter/wrong-type', 11, 17),
    ],
  },

  // ── The safe MDX profile ──────────────────────────────────────────────────
  {
    fixture: 'mdx/import',
    expect: [
      at('mdx/forbidden-esm', 11, 1, { message: 'Unexpected `import`: a policy cannot import or export code.' }),
    ],
  },
  {
    fixture: 'mdx/export',
    expect: [
      at('mdx/forbidden-esm', 15, 1, { message: 'Unexpected `export`: a policy cannot import or export code.' }),
    ],
  },
  {
    fixture: 'mdx/expression-flow',
    expect: [
      at('mdx/forbidden-expression', 13, 1, {
        message: 'Unexpected expression `{alert(1)}`: a policy cannot run code.',
      }),
    ],
  },
  {
    fixture: 'mdx/expression-text',
    expect: [
      at('mdx/forbidden-expression', 13, 12, {
        message: 'Unexpected expression `{price * 2}`: a policy cannot run code.',
      }),
    ],
  },
  {
    fixture: 'mdx/expression-attribute',
    expect: [
      at('mdx/forbidden-attribute', 13, 7, { message: 'Unexpected expression in attribute `title` on `<Note>`.' }),
    ],
  },
  {
    fixture: 'mdx/spread-attribute',
    expect: [
      at('mdx/forbidden-attribute', 13, 7, {
        message: 'Unexpected expression attribute `{...props}` on `<Note>`.',
      }),
    ],
  },
  {
    fixture: 'mdx/unknown-component',
    expect: [
      at('mdx/unknown-component', 13, 1, {
        message: 'Unexpected component `<Banner>`, expected one of `Note`, `Gap`, `abbr`, `br`, `sub` or `sup`.',
      }),
    ],
  },
  {
    fixture: 'mdx/fragment',
    expect: [
      at('mdx/unknown-component', 13, 1, {
        message: 'Unexpected fragment `<>`: only named components are allowed.',
      }),
    ],
  },
  ...['script', 'iframe', 'style', 'object', 'embed', 'form'].map((element) => ({
    fixture: `mdx/${element}`,
    expect: [
      at('mdx/forbidden-element', 13, 1, {
        message: `Unexpected \`<${element}>\`: it is never allowed in a policy.`,
      }),
    ],
  })),
  {
    fixture: 'mdx/event-attribute',
    expect: [
      at('mdx/forbidden-attribute', 13, 39, {
        message: 'Unexpected event attribute `onMouseOver` on `<abbr>`: it would run code.',
      }),
    ],
  },
  {
    fixture: 'mdx/unknown-attribute',
    expect: [
      at('mdx/forbidden-attribute', 13, 24, { message: 'Unexpected attribute `class` on `<Note>`, expected `title`.' }),
    ],
  },
  {
    fixture: 'mdx/javascript-link',
    expect: [
      at('mdx/forbidden-url', 13, 5, {
        message: 'Unexpected `javascript:` link: it could run code.',
        hint: 'Link to an `https://` address, one `mailto:` address, or a section with `#anchor`.',
      }),
    ],
  },
  {
    fixture: 'mdx/vbscript-link',
    expect: [at('mdx/forbidden-url', 13, 5, { message: 'Unexpected `vbscript:` link: it could run code.' })],
  },
  {
    fixture: 'mdx/data-image',
    expect: [at('mdx/forbidden-url', 13, 1, { message: 'Unexpected `data:` link: it could run code.' })],
  },
  {
    fixture: 'mdx/javascript-definition',
    expect: [at('mdx/forbidden-url', 15, 1, { message: 'Unexpected `javascript:` link: it could run code.' })],
  },
  {
    fixture: 'mdx/javascript-jsx-attribute',
    expect: [
      at('mdx/forbidden-url', 13, 7, {
        message: 'Unexpected `javascript:` URL in `title` on `<Note>`: it could run code.',
      }),
    ],
  },
  {
    // `java&#9;script:` — the character reference is a tab, which browsers ignore.
    fixture: 'mdx/obfuscated-javascript-link',
    expect: [at('mdx/forbidden-url', 13, 5, { message: 'Unexpected `javascript:` link: it could run code.' })],
  },
  {
    // A real tab inside the scheme of an attribute value.
    fixture: 'mdx/obfuscated-javascript-attribute',
    expect: [
      at('mdx/forbidden-url', 13, 7, {
        message: 'Unexpected `javascript:` URL in `title` on `<Note>`: it could run code.',
      }),
    ],
  },
  { fixture: 'mdx/comment-allowed', expect: [] },
  // The one URL policy: `https:`, one `mailto:` address, or an address on the site.
  {
    // The bare `www.cabq.gov` that follows is published as `https://www.cabq.gov`, so only the `http:` link is refused.
    fixture: 'mdx/http-link',
    expect: [
      at('mdx/forbidden-url', 13, 5, {
        message:
          'Unexpected link `http://www.cabq.gov/old`: it is not an `https://` web address or a `mailto:` email address.',
        hint: 'Link to an `https://` address, one `mailto:` address, or a section with `#anchor`.',
      }),
    ],
  },
  {
    fixture: 'mdx/mailto-link-with-headers',
    expect: [
      at('mdx/forbidden-url', 13, 10, {
        message:
          'Unexpected link `mailto:clerk@example.gov?bcc=spy@evil…`: it adds `?…` to the email address: a channel is one address only (the site adds the subject and body itself, and `cc` or `bcc` would copy every message to someone else).',
      }),
    ],
  },
  {
    fixture: 'mdx/file-link',
    expect: [
      at('mdx/forbidden-url', 13, 5, {
        message:
          'Unexpected link `file:///etc/passwd`: it is not an `https://` web address or a `mailto:` email address.',
      }),
    ],
  },
  {
    fixture: 'mdx/unclosed-tag',
    expect: [
      at('mdx/syntax-error', 13, 1, {
        message: '`<Note>` is never closed: expected `</Note>` after its text.',
        hint: 'Add `</Note>` where the Note ends, or write `<Note />` if it holds no text.',
      }),
    ],
  },
  {
    fixture: 'mdx/mismatched-closing-tag',
    expect: [
      at('mdx/syntax-error', 13, 17, {
        message: 'Unexpected closing tag `</Gap>`, expected `</Note>` to close the `<Note>`.',
        related: [here('mdx/mismatched-closing-tag', 13, 1, '`<Note>` opened')],
      }),
    ],
  },
  // Ordinary Markdown that MDX refuses is read as Markdown reads it (issue 13).
  // `3<4`: a `<` that cannot start a tag is text.
  { fixture: 'mdx/stray-less-than', expect: [] },
  {
    fixture: 'mdx/stray-brace',
    expect: [
      at('mdx/syntax-error', 13, 9, {
        message: 'Unexpected `{` that is never closed: in MDX, `{` starts code.',
      }),
    ],
  },
  // An HTML comment in MDX is a comment: never published, never counted.
  { fixture: 'mdx/html-comment-in-mdx', expect: [] },
  // `<https://www.cabq.gov>` is an autolink in MDX too.
  { fixture: 'mdx/angle-bracket-link', expect: [] },
  // Raw HTML in a plain Markdown (`.md`) file.
  {
    fixture: 'mdx/html-script',
    expect: [
      {
        ...at('mdx/forbidden-element', 15, 1, { message: 'Unexpected `<script>`: it is never allowed in a policy.' }),
        file: 'policy/html-script.md',
      },
    ],
  },
  {
    fixture: 'mdx/html-forbidden-element',
    expect: [
      {
        ...at('mdx/forbidden-html', 13, 1, {
          message: 'Unexpected HTML element `<div>`, expected one of `abbr`, `br`, `sub` or `sup`.',
          hint: 'Separate paragraphs with a blank line; use `<Note>` for a box.',
        }),
        file: 'policy/html-forbidden-element.md',
      },
    ],
  },
  { fixture: 'mdx/html-abbr-allowed', expect: [] },
  { fixture: 'mdx/html-comment-allowed', expect: [] },
  {
    fixture: 'mdx/html-event-attribute',
    expect: [
      {
        ...at('mdx/forbidden-attribute', 13, 24, {
          message: 'Unexpected event attribute `onclick` on `<abbr>`: it would run code.',
        }),
        file: 'policy/html-event-attribute.md',
      },
    ],
  },
  {
    // `&#106;avascript&colon;` is decoded before the scheme is checked.
    fixture: 'mdx/html-javascript-attribute',
    expect: [
      {
        ...at('mdx/forbidden-url', 13, 11, {
          message: 'Unexpected `javascript:` URL in `title` on `<abbr>`: it could run code.',
        }),
        file: 'policy/html-javascript-attribute.md',
      },
    ],
  },

  // Ordinary Markdown that cannot run code is accepted in `.mdx` and `.md` alike:
  // comments, `<a name>`/`<a id>` anchors, `<br>`, `3<4`, `a<b`, autolinks.
  { fixture: 'mdx/ordinary-markdown-accepted', expect: [] },
  { fixture: 'mdx/ordinary-markdown-accepted-md', expect: [] },
  {
    // Every syntax problem of a file in one run, each with its own hint.
    fixture: 'mdx/several-syntax-errors',
    expect: [
      at('mdx/forbidden-expression', 13, 12, {
        message: 'Unexpected expression `{per month}`: a policy cannot run code.',
        hint: 'Write `\\{` to show a curly brace as text; `{/* comments */}` are allowed.',
      }),
      at('mdx/syntax-error', 15, 17, {
        message: 'Unexpected closing tag `</Gap>`, expected `</Note>` to close the `<Note>`.',
        related: [here('mdx/several-syntax-errors', 15, 1, '`<Note>` opened')],
      }),
      at('mdx/syntax-error', 17, 9, {
        message: 'Unexpected `{` that is never closed: in MDX, `{` starts code.',
      }),
    ],
  },
  {
    // An `<a>` with an address is a link: the hint says how to write one.
    fixture: 'mdx/anchor-with-link',
    expect: [
      at('mdx/unknown-component', 13, 6, {
        message: 'Unexpected component `<a>`, expected one of `Note`, `Gap`, `abbr`, `br`, `sub` or `sup`.',
        hint: 'Write a link in Markdown: `[link text](https://…)`.',
      }),
    ],
  },
  {
    fixture: 'mdx/anchor-duplicate',
    expect: [
      {
        ...at('sections/duplicate-anchor', 13, 1, {
          message:
            'Duplicate anchor `#scope`: a heading, clause or other anchor of this policy has the same web address.',
        }),
        file: 'policy/anchor-duplicate.md',
      },
    ],
  },
  // The HTML parser reads these comments differently from a regular expression;
  // the profile judges the tree the parser built, so the hidden elements are found.
  {
    // `<!-->` is a whole (empty) comment: what follows is real HTML.
    fixture: 'mdx/html-comment-abrupt',
    expect: [
      {
        ...at('mdx/forbidden-html', 13, 12, {
          message: 'Unexpected HTML element `<img>`, expected one of `abbr`, `br`, `sub` or `sup`.',
          hint: 'Write an image in Markdown: `![what it shows](https://…)`.',
        }),
        file: 'policy/html-comment-abrupt.md',
      },
      {
        ...at('mdx/forbidden-html', 13, 52, {
          message: 'Unexpected HTML element `<a>`, expected one of `abbr`, `br`, `sub` or `sup`.',
          hint: 'Write a link in Markdown: `[link text](https://…)`.',
        }),
        file: 'policy/html-comment-abrupt.md',
      },
    ],
  },
  {
    // `--!>` ends a comment for the HTML parser.
    fixture: 'mdx/html-comment-bang-end',
    expect: [
      {
        ...at('mdx/forbidden-html', 13, 18, {
          message: 'Unexpected HTML element `<h1>`, expected one of `abbr`, `br`, `sub` or `sup`.',
          hint: 'Write a heading as `## Heading`.',
        }),
        file: 'policy/html-comment-bang-end.md',
      },
      {
        ...at('mdx/forbidden-element', 13, 40, {
          message: 'Unexpected `<input>`: it is never allowed in a policy.',
        }),
        file: 'policy/html-comment-bang-end.md',
      },
    ],
  },
  {
    // `<!--->` is a whole comment too.
    fixture: 'mdx/html-comment-dashes',
    expect: [
      {
        ...at('mdx/forbidden-html', 13, 8, {
          message: 'Unexpected HTML element `<a>`, expected one of `abbr`, `br`, `sub` or `sup`.',
        }),
        file: 'policy/html-comment-dashes.md',
      },
    ],
  },
  {
    // `<!--` and `-->` inside attribute values are text, not a comment.
    fixture: 'mdx/html-comment-in-attribute',
    expect: [
      {
        ...at('mdx/forbidden-html', 13, 33, {
          message: 'Unexpected HTML element `<img>`, expected one of `abbr`, `br`, `sub` or `sup`.',
        }),
        file: 'policy/html-comment-in-attribute.md',
      },
    ],
  },
  {
    fixture: 'mdx/html-main-id',
    expect: [
      {
        ...at('mdx/forbidden-attribute', 13, 11, {
          message: 'Unexpected attribute `id` on `<abbr>`, expected `title`.',
        }),
        file: 'policy/html-main-id.md',
      },
    ],
  },
  {
    fixture: 'mdx/image-other-site',
    expect: [
      at('mdx/image-origin', 13, 11, {
        message:
          'Unexpected image from `https://evil.example`: images come from this site, or from an address listed in `images.allowedOrigins` in `policy/site.yaml`.',
      }),
    ],
  },
  // The fixture's `site.yaml` allows `https://www.cabq.gov`; `/images/map.png` is on the site itself.
  { fixture: 'mdx/image-allowed-origin', expect: [] },
  // A heading "Main" is published as `#user-content-main`, not as the page's own `#main` (see render.test.ts).
  { fixture: 'mdx/heading-main', expect: [] },

  // Clean text: what would break the feed, the calendar or a web address is refused at its place.
  {
    fixture: 'front-matter/control-character-title',
    expect: [
      at('front-matter/invalid-value', 3, 8, {
        message: '`title` holds the control character U+0001, which cannot be published.',
      }),
    ],
  },
  {
    fixture: 'front-matter/lone-surrogate-title',
    expect: [
      at('front-matter/invalid-value', 3, 8, {
        message: '`title` holds the lone surrogate U+D800 (half a character), which cannot be published.',
      }),
    ],
  },
  {
    fixture: 'front-matter/title-too-long',
    expect: [
      at('front-matter/invalid-value', 3, 8, { message: '`title` is 249 characters long; it may have at most 200.' }),
    ],
  },
  {
    fixture: 'file/control-character-body',
    expect: [
      at('file/control-character', 11, 9, { message: 'Unexpected control character U+001B: it cannot be published.' }),
      at('file/control-character', 13, 5, { message: 'Unexpected control character U+000B: it cannot be published.' }),
      at('file/control-character', 13, 11, { message: 'Unexpected control character U+0000: it cannot be published.' }),
    ],
  },
  {
    fixture: 'sections/heading-invisible',
    expect: [
      at('sections/invisible-character', 11, 1, {
        message: 'The heading “Scope evil” holds the invisible character U+200B, which hides or turns its text around.',
      }),
    ],
  },
  {
    fixture: 'sections/heading-too-long',
    expect: [
      at('sections/too-long', 11, 1, {
        message: 'The heading is 249 characters long; a heading may have at most 200.',
      }),
    ],
  },

  // ── Sections and anchors ──────────────────────────────────────────────────
  {
    fixture: 'sections/duplicate-heading',
    expect: [
      at('sections/duplicate-anchor', 15, 1, {
        message: 'Duplicate anchor `#scope`: the heading “Scope” has the same web address as the heading “Scope”.',
        hint: 'Give one of the two headings a different title.',
        related: [here('sections/duplicate-heading', 11, 1, 'first defined')],
      }),
    ],
  },
  {
    fixture: 'sections/duplicate-clause',
    expect: [
      at('sections/duplicate-anchor', 18, 1, {
        message: 'Duplicate anchor `#b`: clause §B has the same web address as clause §B.',
        related: [here('sections/duplicate-clause', 14, 1, 'first defined')],
      }),
    ],
  },
  {
    fixture: 'sections/heading-collides-with-clause',
    expect: [
      at('sections/duplicate-anchor', 15, 1, {
        message: 'Duplicate anchor `#a`: the heading “A” has the same web address as clause §A.',
        related: [here('sections/heading-collides-with-clause', 13, 1, 'first defined')],
      }),
    ],
  },
  {
    fixture: 'sections/empty-heading',
    expect: [at('sections/empty-heading', 15, 1, { message: 'Unexpected empty heading: a heading needs text.' })],
  },
  {
    fixture: 'sections/title-heading',
    expect: [
      at('sections/title-heading', 11, 1, {
        message: 'Unexpected top-level heading `# Social Media Policy`: the page already shows the policy title.',
        hint: 'Write it as `## Social Media Policy`.',
      }),
    ],
  },

  // ── Bytes, encodings and line endings ────────────────────────────────────
  { fixture: 'file/empty', expect: [at('file/empty', 1, 1, { message: 'The file is empty.' })] },
  { fixture: 'file/whitespace-only', expect: [at('file/empty', 1, 1, { message: 'The file is empty.' })] },
  {
    fixture: 'file/byte-order-mark',
    expect: [
      at('file/byte-order-mark', 1, 1, {
        message: 'The file starts with a byte order mark (BOM), which is ignored.',
      }),
    ],
  },
  {
    fixture: 'file/line-endings-lf',
    expect: [at('mdx/forbidden-expression', 13, 12)],
  },
  {
    // The same text with CRLF line endings reports the same line and column.
    fixture: 'file/line-endings-crlf',
    expect: [at('mdx/forbidden-expression', 13, 12)],
  },
  {
    fixture: 'file/crlf-front-matter',
    expect: [at('front-matter/unknown-key', 3, 1, { hint: 'Did you mean `title`?' })],
  },
  {
    // "Caf" then the Latin-1 byte for "é".
    fixture: 'file/not-utf8',
    expect: [
      at('file/not-utf8', 13, 8, {
        message: 'Byte 0xE9 is not UTF-8 text.',
        hint: 'Save the file again with the "UTF-8" encoding. This usually comes from accented letters (é) or curly quotes pasted from a word processor.',
      }),
    ],
  },
  { fixture: 'file/not-utf8-crlf', expect: [at('file/not-utf8', 13, 8)] },
  {
    // The file ends in the middle of a two-byte character.
    fixture: 'file/truncated-utf8',
    expect: [at('file/not-utf8', 13, 6, { message: 'Byte 0xC3 is not UTF-8 text.' })],
  },

  // ── Site settings (`policy/site.yaml`) ───────────────────────────────────
  {
    fixture: 'site-config/missing',
    expect: [at('site-config/missing', 1, 1, { message: 'Missing `policy/site.yaml`: the site needs its settings.' })],
  },
  {
    fixture: 'site-config/unknown-key',
    expect: [at('site-config/unknown-key', 13, 1, { hint: 'Did you mean `feedback`?' })],
  },
  {
    fixture: 'site-config/same-channel',
    expect: [
      at('site-config/same-channel', 10, 8, {
        message:
          'The violation-report channel is the same as the feedback channel; reports of violations must go to a separate, private channel.',
      }),
    ],
  },
  {
    fixture: 'site-config/bad-time-zone',
    expect: [at('site-config/invalid-time-zone', 5, 11, { message: 'Unknown time zone `America/Albuquerque`.' })],
  },
  {
    fixture: 'site-config/yaml-syntax',
    expect: [
      at('site-config/yaml-syntax', 8, 1, {
        message: 'The site settings file is not valid YAML: All mapping items must start at the same column',
      }),
    ],
  },
  {
    fixture: 'site-config/not-a-web-address',
    expect: [
      at('site-config/invalid-value', 4, 10, {
        message: '`baseUrl` is `policy.example.gov`, which is not a web address starting with `https://`.',
      }),
    ],
  },
  // Every address in `site.yaml` reaches every page: script, files and extra recipients are refused at the value.
  {
    fixture: 'site-config/javascript-organisation-url',
    expect: [
      at('site-config/invalid-value', 4, 8, {
        message:
          '`organisation.url` is `javascript:alert(document.domain)`, which is not a web address starting with `https://`.',
      }),
    ],
  },
  {
    fixture: 'site-config/javascript-repository-url',
    expect: [
      at('site-config/invalid-value', 8, 8, {
        message: '`repository.url` is `javascript:alert(1)//`, which is not a web address starting with `https://`.',
      }),
    ],
  },
  {
    fixture: 'site-config/javascript-base-url',
    expect: [
      at('site-config/invalid-value', 5, 10, {
        message: '`baseUrl` is `javascript://x/%0aalert(1)//`, which is not a web address starting with `https://`.',
      }),
    ],
  },
  {
    // The old message promised `https://` while `file:///etc/` passed; now the promise is kept.
    fixture: 'site-config/file-base-url',
    expect: [
      at('site-config/invalid-value', 5, 10, {
        message: '`baseUrl` is `file:///etc/`, which is not a web address starting with `https://`.',
      }),
    ],
  },
  {
    fixture: 'site-config/mailto-cc-bcc',
    expect: [
      at('site-config/invalid-value', 10, 8, {
        message:
          '`feedback.url` is `mailto:feedback@example.gov?cc=attacker@evil.example&bcc=spy@evil.example`, which adds `?…` to the email address: a channel is one address only (the site adds the subject and body itself, and `cc` or `bcc` would copy every message to someone else).',
        hint: 'Write an `https://` web address, or `mailto:` and one email address, for example `mailto:feedback@example.gov`.',
      }),
    ],
  },
  {
    fixture: 'site-config/mailto-encoded-newline',
    expect: [
      at('site-config/invalid-value', 10, 8, {
        message:
          '`feedback.url` is `mailto:feedback@example.gov%0ABcc:spy@evil.example`, which is not one email address after `mailto:`.',
      }),
    ],
  },
  {
    fixture: 'site-config/https-credentials',
    expect: [
      at('site-config/invalid-value', 8, 8, {
        message:
          '`repository.url` is `https://user:secret@github.com/example/policies`, which holds a user name or password before the host name.',
      }),
    ],
  },
];

/** The file a case's diagnostics belong to, unless the expectation names one. */
function defaultFile(fixture: string): string {
  const [area, name] = fixture.split('/');
  return area === 'site-config' ? 'policy/site.yaml' : `policy/${name}.mdx`;
}

async function loadFixture(fixture: string) {
  const files = diskFiles(fixturePath(fixture));
  // Site-config cases bring their own `site.yaml` (or, for `missing`, none).
  return loadRepository(fixture.startsWith('site-config/') ? files : withExampleSite(files), { render: true });
}

describe('the bad-input corpus', () => {
  it('has a test for every fixture folder, and at least 30 cases', () => {
    const folders = ['front-matter', 'mdx', 'sections', 'file', 'site-config'].flatMap((area) =>
      readdirSync(fixturePath(area))
        .filter((name) => !name.startsWith('.'))
        .map((name) => `${area}/${name}`),
    );
    expect(folders.sort()).toEqual(corpus.map((entry) => entry.fixture).sort());
    expect(corpus.length).toBeGreaterThanOrEqual(30);
  });

  it.each(corpus)('$fixture', async ({ fixture, expect: expected }) => {
    const repository = await loadFixture(fixture);
    const actual = repository.diagnostics.map((d) => ({ ...located(d), file: d.file }));
    const wanted = expected.map((e) => ({
      code: e.code,
      line: e.line,
      column: e.column,
      file: e.file ?? defaultFile(fixture),
    }));
    const byPlace = (a: Expected, b: Expected) =>
      a.line - b.line || a.column - b.column || a.code.localeCompare(b.code);
    expect([...actual].sort(byPlace)).toEqual([...wanted].sort(byPlace));

    for (const e of expected) {
      const match = repository.diagnostics.find(
        (d) =>
          d.code === e.code && d.line === e.line && d.column === e.column && (!e.message || d.message === e.message),
      );
      expect(match, `no ${e.code} at ${e.line}:${e.column} with the expected message`).toBeDefined();
      if (e.message) expect(match!.message).toBe(e.message);
      if (e.hint) expect(match!.hint).toBe(e.hint);
      if (e.message) expect(match!.related, `related places of ${e.code} at ${e.line}:${e.column}`).toEqual(e.related);
    }

    // A policy with an error is never rendered; a clean one always is.
    for (const document of repository.documents) {
      const failed = document.diagnostics.some((d) => d.severity === 'error');
      expect(document.html === undefined, `${document.path} rendered: ${String(!failed)}`).toBe(failed);
    }
  });
});

describe('a 5 MB policy file', () => {
  it('is refused before parsing, with the size in the message', () => {
    const text = frontMatter('huge') + '\n## Scope\n\n' + 'The policy applies. '.repeat(262_144);
    const bytes = new TextEncoder().encode(text);
    expect(bytes.byteLength).toBeGreaterThan(5 * 1024 * 1024);
    const document = loadPolicy('policy/huge.mdx', bytes, { render: true });
    expect(document.diagnostics.map(located)).toEqual([{ code: 'file/too-large', line: 1, column: 1 }]);
    expect(document.diagnostics[0]!.message).toBe('The file is 5.0 MB; a policy file may be at most 1 MB.');
    expect(document.tree).toBeUndefined();
    expect(document.html).toBeUndefined();
  });

  it('at exactly the limit is still read', () => {
    const head = frontMatter('limit') + '\n## Scope\n\n';
    const fill = 1024 * 1024 - new TextEncoder().encode(head).byteLength - 1;
    const bytes = new TextEncoder().encode(`${head}${'x'.repeat(fill)}\n`);
    expect(bytes.byteLength).toBe(1024 * 1024);
    expect(loadPolicy('policy/limit.mdx', bytes).diagnostics).toEqual([]);
  });
});
