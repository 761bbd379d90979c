import { guidePath, messagesPath } from '../core/routes.ts';
// The guides, in the order the guides page lists them.
export interface GuideLink {
  title: string;
  path: string;
  summary: string;
}

export const guides: readonly GuideLink[] = [
  {
    title: 'How to propose a change to a policy',
    path: guidePath('propose-a-change'),
    summary: 'For policy authors: edit a policy in your web browser and ask for it to be reviewed. No programming.',
  },
  {
    title: 'How the checks work',
    path: guidePath('how-the-checks-work'),
    summary: 'For council staff: what is checked on every proposed change, and what the results mean.',
  },
  {
    title: 'How the compliance checks read a policy',
    path: '/guides/how-compliance-is-read/',
    summary:
      'For council staff: what "met" means for each element of R-24-89, the quoted evidence, what the reading cannot judge, and how to record a staff review.',
  },
  {
    title: 'Message codes',
    path: messagesPath,
    summary: 'Every message the checks can show, what it means and what to do about it.',
  },
  {
    title: 'Accessibility statement',
    path: guidePath('accessibility'),
    summary: 'How this site is made accessible, how it is tested, and how to tell us about a problem.',
  },
];
