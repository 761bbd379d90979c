// The plain-text summary sentence at the top of every redline.
import type { DiffTotals } from './types.ts';
import { plural } from '../text/english.ts';

export function summarise(totals: DiffTotals, changes: { wording: boolean; spacing: boolean }): string {
  const parts: string[] = [];
  const add = (count: number, word: string) => {
    if (count === 0) return;
    parts.push(parts.length === 0 ? `${count} ${count === 1 ? 'section' : 'sections'} ${word}` : `${count} ${word}`);
  };
  add(totals.changed, 'changed');
  add(totals.added, 'added');
  add(totals.removed, 'removed');
  add(totals.moved, 'moved');
  add(totals.renamed, 'renamed');
  if (parts.length === 0) return changes.spacing ? 'No changes to the wording (spacing only).' : 'No changes.';
  if (totals.wordsInserted === 0 && totals.wordsDeleted === 0) {
    return changes.wording
      ? `${parts.join(', ')}; no words inserted or deleted (punctuation only).`
      : `${parts.join(', ')}.`;
  }
  return `${parts.join(', ')}; ${plural(totals.wordsInserted, 'word')} inserted, ${totals.wordsDeleted} deleted.`;
}
