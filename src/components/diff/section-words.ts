// How a redline names each section's status and counts, in words.
import type { DiffSection } from '../../core/diff/types.ts';
import { plural } from '../../core/text/english.ts';

export function sectionTitle(section: DiffSection): string {
  return section.newTitle ?? section.oldTitle ?? 'Untitled section';
}

/** The status in words, for a tag: "changed", "moved and changed", "renamed". */
export function statusWords(section: DiffSection): string {
  if ((section.status === 'moved' || section.status === 'renamed') && section.textChanged) {
    return `${section.status} and changed`;
  }
  return section.status;
}

/** "12 words inserted, 3 deleted", or an empty string when no words changed. */
export function countWords(section: Pick<DiffSection, 'wordsInserted' | 'wordsDeleted'>): string {
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
export function isShown(section: DiffSection): boolean {
  return section.status !== 'unchanged' || section.textChanged;
}

/**
 * Page-unique ids for the shown sections, from their anchors (`change-discipline`);
 * the opening text before the first heading is `change-opening-text`.
 */
export function changeIds(sections: readonly DiffSection[]): Map<DiffSection, string> {
  const ids = new Map<DiffSection, string>();
  const used = new Set<string>();
  for (const section of sections) {
    const anchor = section.newAnchor ?? section.oldAnchor ?? '';
    let id = `change-${anchor === '' ? 'opening-text' : anchor}`;
    for (let n = 2; used.has(id); n++) id = `change-${anchor}-${n}`;
    used.add(id);
    ids.set(section, id);
  }
  return ids;
}
