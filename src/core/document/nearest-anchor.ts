// The hint for a reference to an anchor the policy does not have (a crosswalk
// entry, a source note): it names the nearest one the policy does have.
import { closest, editDistance } from '../text/english.ts';

/** Names the nearest existing anchor, even when it is not a likely typo. */
export function nearestHint(anchor: string, anchors: readonly string[]): string {
  const nearest =
    closest(anchor, anchors) ??
    [...anchors].sort((a, b) => editDistance(anchor, a) - editDistance(anchor, b) || a.localeCompare(b))[0];
  return nearest
    ? `The nearest existing anchor is \`#${nearest}\`. Use the anchor shown after # in the section's web address.`
    : 'The policy has no sections yet: add headings, then map them here.';
}
