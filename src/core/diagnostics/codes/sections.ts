import type { CodeInfo } from './types.ts';

export const sectionCodes = [
  {
    code: 'sections/duplicate-anchor',
    severity: 'error',
    title: 'Two sections share an anchor',
    help: 'Every section and clause needs its own web address (anchor). Two headings with the same text, or two clauses with the same label under one parent, collide: rename one heading or fix the clause label.',
  },
  {
    code: 'sections/empty-heading',
    severity: 'error',
    title: 'Empty heading',
    help: 'A heading has no text, so it cannot have an anchor. Give it a title or remove it.',
  },
  {
    code: 'sections/title-heading',
    severity: 'warning',
    title: 'Top-level heading in the text',
    help: 'The page already shows the policy title as its main heading. Start the sections of the text at `##`.',
  },
  {
    code: 'sections/skipped-heading-level',
    severity: 'warning',
    title: 'Heading level skipped',
    help: 'Headings go down one level at a time: `##` for a section, `###` for a part of it. A `####` right after a `##`, or a first heading at `###`, hides which section it belongs to from screen readers and from the contents list.',
  },
  {
    code: 'sections/not-a-clause',
    severity: 'warning',
    title: 'A line looks like a clause but is not one',
    help: 'A clause line starts with a dash, a space and its label: `- C. text`. Without the space (`-C. text`), Markdown joins the line to the text above it, so the clause disappears from the page. Add the space.',
  },
  {
    code: 'sections/unclosed-link',
    severity: 'warning',
    title: 'Link never closed',
    help: 'A link is written `[text](address)`. When the closing `)` is missing, the page shows the brackets and the address as typed. Add the `)`.',
  },
  {
    code: 'sections/unclosed-emphasis',
    severity: 'warning',
    title: 'Bold text never closed',
    help: 'Bold text is written between two pairs of asterisks: `**like this**`. When the closing pair is missing, the page shows the asterisks. Close it, or write `\\*` to show an asterisk.',
  },
  {
    code: 'sections/too-long',
    severity: 'error',
    title: 'Heading too long',
    help: 'A heading names a section in a few words: at most 200 characters. Put the rest of the text in the paragraph below it.',
  },
  {
    code: 'sections/invisible-character',
    severity: 'warning',
    title: 'Invisible character in a heading',
    help: 'A heading holds a character that is invisible or turns the text around (a bidirectional override, a zero-width space). The heading can then read differently from what it is, and its web address looks wrong. Delete the character and type the heading again.',
  },
] as const satisfies readonly CodeInfo[];
