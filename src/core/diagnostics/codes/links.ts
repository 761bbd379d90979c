import type { CodeInfo } from './types.ts';

export const linkCodes = [
  {
    code: 'links/unknown-anchor',
    severity: 'error',
    title: 'Link to a section or clause that does not exist',
    help: 'A link to `#anchor` (in this policy) or to `/policies/<id>/#anchor` (in another) must name a section or clause the policy has. Anchors come from headings and clause labels; the message names the closest one. Fix the link, or the heading it was written for.',
  },
  {
    code: 'links/unknown-policy',
    severity: 'error',
    title: 'Link to a policy that does not exist',
    help: 'A link to `/policies/<id>/` (or to `<id>.md`) must name the id of a policy in `policy/`. The message names the closest id. Fix the link.',
  },
  {
    code: 'links/unknown-version',
    severity: 'error',
    title: 'Link to a version that does not exist',
    help: 'A link to `/policies/<id>/<version>/` or to a comparison `/policies/<id>/diff/<a>..<b>/` must name versions the policy has. The message names the closest one. Fix the link.',
  },
  {
    code: 'links/unknown-page',
    severity: 'error',
    title: 'Link to a policy page that does not exist',
    help: 'Under `/policies/<id>/` the site has these pages: the policy itself, `versions/`, `compliance/`, `sections/<anchor>/`, `<version>/` and `diff/<a>..<b>/`. Fix the link.',
  },
] as const satisfies readonly CodeInfo[];
