import type { CodeInfo } from './types.ts';

export const sectionCodes: CodeInfo[] = [
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
];
