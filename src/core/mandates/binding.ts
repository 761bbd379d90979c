// Which policies a mandate binds, and how (`binds` in the mandate file):
// `elements` — the policy must contain every policy element; `publication` —
// it must only be published (the website requirements), so a related policy is
// not failed for lacking elements it was never meant to have.
import type { Mandate, PolicyFrontMatter } from '../schemas/types.ts';

export type Binding = 'elements' | 'publication';

export function bindingOf(mandate: Mandate, frontMatter: Pick<PolicyFrontMatter, 'tags'> | undefined): Binding {
  const tags = frontMatter?.tags ?? [];
  if (mandate.binds.elements.tags.some((tag) => tags.includes(tag))) return 'elements';
  if ((mandate.binds.publication?.tags ?? []).some((tag) => tags.includes(tag))) return 'publication';
  // Not bound by a tag: the policy named the mandate in its crosswalk, so its text is held to the elements.
  return 'elements';
}

/** The tags by which the mandate binds the policy at all. */
export function bindingTags(mandate: Mandate, frontMatter: Pick<PolicyFrontMatter, 'tags'> | undefined): string[] {
  const tags = frontMatter?.tags ?? [];
  const all = [...mandate.binds.elements.tags, ...(mandate.binds.publication?.tags ?? [])];
  return [...new Set(all)].filter((tag) => tags.includes(tag));
}

/** True when the mandate applies to the policy: it has a tag of either set. */
export function bindsPolicy(mandate: Mandate, frontMatter: Pick<PolicyFrontMatter, 'tags'> | undefined): boolean {
  return bindingTags(mandate, frontMatter).length > 0;
}
