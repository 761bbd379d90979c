// How a redline names each section's status and counts, in words.
import type { PublishedSection } from '../../core/diff/types.ts';
import { isShownSection } from '../../core/diff/summary.ts';
import { plural } from '../../core/text/english.ts';

export function sectionTitle(section: PublishedSection): string {
  return section.newTitle ?? section.oldTitle ?? 'Untitled section';
}

/** The status in words, for a tag: "changed", "moved and changed", "renamed and moved". */
export function statusWords(section: PublishedSection): string {
  if (section.status === 'added' || section.status === 'removed') return section.status;
  const words = [
    ...(section.renamed ? ['renamed'] : []),
    ...(section.moved ? ['moved'] : []),
    ...(section.textChanged || section.formatChanges.length > 0 ? ['changed'] : []),
  ];
  if (words.length === 0) return section.status;
  return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** "12 words inserted, 3 deleted", or an empty string when no words changed. */
export function countWords(section: Pick<PublishedSection, 'wordsInserted' | 'wordsDeleted'>): string {
  const parts: string[] = [];
  if (section.wordsInserted > 0) parts.push(`${plural(section.wordsInserted, 'word')} inserted`);
  if (section.wordsDeleted > 0) {
    parts.push(
      parts.length > 0 ? `${section.wordsDeleted} deleted` : `${plural(section.wordsDeleted, 'word')} deleted`,
    );
  }
  return parts.join(', ');
}

/** A redline shows a section's text when anything about it changed. */
export const isShown = isShownSection;

/** The page-unique id of each section's change (`change-discipline`), as the model gives it. */
export function changeIds(sections: readonly PublishedSection[]): Map<PublishedSection, string> {
  return new Map(sections.map((section) => [section, section.id]));
}
