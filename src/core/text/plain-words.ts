// The checker's reasons are written for authors ("mapped to #policy, which …",
// "`review.intervalMonths` is missing"); public pages say the same in a reader's
// words: a section by its title, a front matter field by what it means. The
// CLI and the PR report keep the author's wording, which names what to edit.

/** What each front matter field means, for readers. */
const fieldWords: Record<string, string> = {
  'review.intervalMonths': 'a review interval (how many months between reviews)',
  'review.log': 'the record of reviews',
  'adopted.date': 'the adoption date',
  effective: 'the date the policy took effect',
};

/**
 * `reason` in a reader's words: `#anchor` becomes the section's title in quotes
 * (from `labels`, else "a section that is not in this version"), a backticked
 * field becomes what it means, other backticks are dropped.
 */
export function readerWords(reason: string, labels: Readonly<Record<string, string>>): string {
  return reason
    .replace(/`([^`]+)`/g, (_, code: string) => fieldWords[code] ?? code)
    .replace(/(^|[\s(,])#([a-z0-9][a-z0-9-]*)/g, (whole: string, before: string, anchor: string) =>
      labels[anchor]
        ? `${before}“${labels[anchor]}”`
        : // A bare number (`#12`) is a pull request or an item, not an anchor.
          /^\d+$/.test(anchor)
          ? whole
          : `${before}a section that is not in this version`,
    );
}

/** A list of anchors as section titles: `“Purpose”, §K(c)`. */
export function sectionNames(anchors: readonly string[], labels: Readonly<Record<string, string>>): string {
  return anchors
    .map((anchor) => (labels[anchor] ? `“${labels[anchor]}”` : 'a section that is not in this version'))
    .join(', ');
}
