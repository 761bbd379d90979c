// The plain-text summary sentence at the top of every redline.
import type { DiffSection, DiffTotals, SummaryLine, SummaryPart } from './types.ts';
import { plural } from '../text/english.ts';

export function summarise(
  totals: DiffTotals,
  changes: { wording: boolean; spacing: boolean; format?: boolean },
): string {
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
  if (parts.length === 0) {
    return changes.spacing ? 'No changes to the text as published (only spacing or markup changed).' : 'No changes.';
  }
  if (totals.wordsInserted === 0 && totals.wordsDeleted === 0) {
    return changes.wording
      ? `${parts.join(', ')}; no words inserted or deleted (punctuation only).`
      : changes.format
        ? `${parts.join(', ')}; no words inserted or deleted (formatting only).`
        : `${parts.join(', ')}.`;
  }
  return `${parts.join(', ')}; ${plural(totals.wordsInserted, 'word')} inserted, ${totals.wordsDeleted} deleted.`;
}

/** A redline shows a section when anything about it changed, its formatting included. */
export function isShownSection(section: Pick<DiffSection, 'status' | 'textChanged' | 'formatChanges'>): boolean {
  return section.status !== 'unchanged' || section.textChanged || section.formatChanges.length > 0;
}

/**
 * The plain summary on top of a redline, one line per kind of change, each
 * section named and linked to its change on the page: the share of the old
 * words kept, what is new, what text continues elsewhere (clauses that moved
 * to another section, reworded or not), what was removed, moved, renamed,
 * reworded, and changes of form.
 */
export function overview(
  sections: readonly DiffSection[],
  totals: DiffTotals,
  versions: { from: string; to: string },
): SummaryLine[] {
  const lines: SummaryLine[] = [];
  const link = (section: DiffSection, title = titleOf(section)): SummaryPart =>
    isShownSection(section) ? { text: `“${title}”`, change: section.id } : { text: `“${title}”` };
  const list = (label: string, kind: SummaryLine['kind'], items: SummaryPart[][]) => {
    if (items.length === 0) return;
    const parts: SummaryPart[] = [{ text: `${label}: ` }];
    items.forEach((item, index) => parts.push(...(index > 0 ? [{ text: ', ' }] : []), ...item));
    parts.push({ text: '.' });
    lines.push({ kind, parts });
  };

  if (totals.oldWords > 0) {
    lines.push({
      kind: 'kept',
      parts: [
        {
          text: `Version ${versions.to} keeps ${keptShare(totals.wordsKept, totals.oldWords)} of the words of version ${versions.from}.`,
        },
      ],
    });
  }
  const added = sections.filter((section) => section.status === 'added');
  list(
    `New in version ${versions.to}`,
    'new',
    added.filter((section) => section.movedIn.length === 0).map((section) => [link(section)]),
  );
  for (const section of sections) {
    for (const move of section.movedIn) {
      const what = move.clauses !== '' ? ` ${move.clauses}` : '';
      const count = move.citations.length === 0 ? `${plural(move.blocks, 'paragraph')} of v` : 'V';
      const verb = `${move.blocks === 1 ? 'continues' : 'continue'} ${section.status === 'added' ? 'as' : 'in'}`;
      lines.push({
        kind: 'continued',
        parts: [
          { text: `${count}ersion ${versions.from}'s ` },
          { text: `“${move.title}”`, change: move.change },
          { text: `${what} ${verb} version ${versions.to}'s ` },
          link(section),
          { text: move.reworded ? ', reworded.' : ', unchanged.' },
        ],
      });
    }
  }
  list(
    `Removed from version ${versions.from}`,
    'removed',
    sections
      .filter((section) => section.status === 'removed')
      .map((section) => [
        link(section),
        ...(section.movedOut.length > 0 ? [{ text: ' (parts of it continue elsewhere, see above)' }] : []),
      ]),
  );
  const byNew = [...sections].filter((s) => s.newIndex !== null).sort((a, b) => a.newIndex! - b.newIndex!);
  const byOld = [...sections].filter((s) => s.oldIndex !== null).sort((a, b) => a.oldIndex! - b.oldIndex!);
  list(
    'Moved',
    'moved',
    sections
      .filter((section) => section.moved)
      .map((section) => {
        const wasAfter = byOld[byOld.indexOf(section) - 1];
        const nowAfter = byNew[byNew.indexOf(section) - 1];
        const place = (neighbour: DiffSection | undefined, side: 'old' | 'new') =>
          neighbour ? `after “${side === 'old' ? neighbour.oldTitle : neighbour.newTitle}”` : 'first';
        return [link(section), { text: ` (was ${place(wasAfter, 'old')}, now ${place(nowAfter, 'new')})` }];
      }),
  );
  list(
    'Renamed',
    'renamed',
    sections
      .filter((section) => section.renamed)
      .map((section) =>
        section.newAnchor === ''
          ? [{ text: `“${section.oldTitle}” lost its heading: it is now the ` }, link(section, 'opening text')]
          : [{ text: `“${section.oldTitle}” is now ` }, link(section)],
      ),
  );
  list(
    'Reworded',
    'reworded',
    sections
      .filter((section) => section.oldAnchor !== null && section.newAnchor !== null)
      .filter((section) => section.wordsInserted + section.wordsDeleted > 0 && !onlyRenumbered(section))
      .map((section) => [link(section), { text: ` (${wordCounts(section)})` }]),
  );
  list(
    'Renumbered',
    'format',
    sections
      .filter((section) => section.renumbered)
      .map((section) => [link(section), { text: ` (was “${section.oldTitle}”)` }]),
  );
  // One line per kind of change ("Link address changed"), not per address; the sections name the addresses.
  const kindOf = (change: string) => change.replace(/ to \S+$/, '');
  const kinds = [...new Set(sections.flatMap((section) => section.formatChanges.map(kindOf)))].filter(
    (change) => change !== 'heading renumbered',
  );
  for (const kind of kinds) {
    list(
      capitalised(kind),
      'format',
      sections
        .filter((section) => section.formatChanges.some((change) => kindOf(change) === kind))
        .map((section) => [link(section)]),
    );
  }
  if (lines.length <= 1 && !sections.some(isShownSection)) {
    lines.push({ kind: 'reworded', parts: [{ text: 'The text as published is the same in both versions.' }] });
  }
  return lines;
}

function titleOf(section: DiffSection): string {
  return section.newTitle ?? section.oldTitle ?? 'Opening text';
}

/** A renumbered heading changes one number: not worth listing as rewording too. */
function onlyRenumbered(section: DiffSection): boolean {
  return section.renumbered && section.wordsInserted <= 1 && section.wordsDeleted <= 1;
}

function wordCounts(section: DiffSection): string {
  const parts: string[] = [];
  if (section.wordsInserted > 0) parts.push(`${plural(section.wordsInserted, 'word')} inserted`);
  if (section.wordsDeleted > 0) parts.push(`${plural(section.wordsDeleted, 'word')} deleted`);
  return parts.join(', ');
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * "84%", but never "100%" when a word was deleted nor "0%" when one was kept:
 * a reader takes those to mean nothing, or everything, changed.
 */
function keptShare(kept: number, of: number): string {
  const share = Math.round((100 * kept) / of);
  if (share === 100 && kept < of) return 'more than 99%';
  if (share === 0 && kept > 0) return 'less than 1%';
  return `${share}%`;
}
