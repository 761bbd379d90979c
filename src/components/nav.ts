import { feedbackPath, guidesPath, mandatesPath, reviewsPath, searchPath } from '../core/routes.ts';
// The main navigation, in order. One line per top-level area: add yours here.
export interface NavItem {
  label: string;
  /** A site path, passed to `href`. */
  path: string;
}

export const mainNav: readonly NavItem[] = [
  { label: 'Policies', path: '/' },
  { label: 'Reviews', path: reviewsPath },
  { label: 'Resolutions', path: mandatesPath },
  { label: 'Guides', path: guidesPath },
  { label: 'Search', path: searchPath },
  { label: 'Feedback', path: feedbackPath },
];
