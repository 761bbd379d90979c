// The main navigation, in order. One line per top-level area: add yours here.
export interface NavItem {
  label: string;
  /** A site path, passed to `href`. */
  path: string;
}

export const mainNav: readonly NavItem[] = [
  { label: 'Policies', path: '/' },
  { label: 'Reviews', path: '/reviews/' },
  { label: 'Mandates', path: '/mandates/' },
  { label: 'Guides', path: '/guides/' },
  { label: 'Search', path: '/search/' },
  { label: 'Feedback', path: '/feedback/' },
];
