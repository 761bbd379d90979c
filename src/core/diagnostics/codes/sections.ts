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
] as const satisfies readonly CodeInfo[];
