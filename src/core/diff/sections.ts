// The rendered redline of every aligned section (see `align.ts` for the
// sections, `rendered.ts` for the blocks): blocks aligned inside each section,
// then the blocks left alone on either side matched across sections (a clause
// that moved to another section is shown there as moved, diffed against its
// old text, and in its old place as "moved to"), then each section written as
// HTML with its counts and named changes.
import { toHtml } from 'hast-util-to-html';
import type { ElementContent } from 'hast';
import { isHeadingBlock, type ReadableBlock } from '../document/readable-blocks.ts';
import { countWords } from '../text/word-count.ts';
import {
  alignBlocks,
  diffBlock,
  marked,
  matchAcross,
  note,
  plain,
  sameBlock,
  writeBlocks,
  type BlockStep,
  type Orphan,
} from './rendered.ts';
import type { Segment } from './segments.ts';
import type { WordDiffer } from './word-memo.ts';
import { headingNumber, headingWords } from './similarity.ts';
import type { ClauseMove, DiffSection } from './types.ts';
import { citationRange } from './citations.ts';

export type RenderedSection = Omit<DiffSection, 'status' | 'oldIndex' | 'newIndex' | 'runs' | 'fallback'>;

export interface AlignedSegments {
  oldSegment: Segment | undefined;
  newSegment: Segment | undefined;
  moved: boolean;
}

/** Blocks grouped by the anchor of their section (`""` for the opening text). */
export function bySection(blocks: readonly ReadableBlock[]): Map<string, ReadableBlock[]> {
  const map = new Map<string, ReadableBlock[]>();
  for (const block of blocks) {
    const list = map.get(block.section);
    if (list) list.push(block);
    else map.set(block.section, [block]);
  }
  return map;
}

interface Split {
  heading: ReadableBlock | undefined;
  body: ReadableBlock[];
}

function split(segment: Segment | undefined, blocks: Map<string, ReadableBlock[]>): Split {
  if (!segment) return { heading: undefined, body: [] };
  const list = blocks.get(segment.anchor) ?? [];
  const first = list[0];
  return segment.anchor !== '' && first && isHeadingBlock(first)
    ? { heading: first, body: list.slice(1) }
    : { heading: undefined, body: list };
}

export function redlineSections(
  aligned: readonly AlignedSegments[],
  oldBlocks: Map<string, ReadableBlock[]>,
  newBlocks: Map<string, ReadableBlock[]>,
  timeoutMs: number,
  words?: WordDiffer,
): RenderedSection[] {
  const ids = changeIds(aligned.map(({ oldSegment, newSegment }) => (newSegment ?? oldSegment)!.anchor));
  const sides = aligned.map(({ oldSegment, newSegment }) => ({
    old: split(oldSegment, oldBlocks),
    new: split(newSegment, newBlocks),
  }));
  const steps: BlockStep[][] = sides.map((side, index) => {
    const { oldSegment, newSegment } = aligned[index]!;
    if (oldSegment && newSegment) return alignBlocks(side.old.body, side.new.body);
    return [
      ...side.old.body.map((block) => ({ old: block, new: undefined })),
      ...side.new.body.map((block) => ({ old: undefined, new: block })),
    ];
  });

  // Blocks alone on one side, matched across sections.
  const deleted: Orphan[] = [];
  const inserted: Orphan[] = [];
  for (const [section, list] of steps.entries()) {
    for (const [step, { old, new: added }] of list.entries()) {
      if (old && !added) deleted.push({ block: old, section, step });
      if (added && !old) inserted.push({ block: added, section, step });
    }
  }
  const title = (index: number, side: 'old' | 'new') => {
    const segment = side === 'old' ? aligned[index]!.oldSegment : aligned[index]!.newSegment;
    return segment?.title ?? 'Opening text';
  };
  for (const [d, i] of matchAcross(deleted, inserted)) {
    const from = deleted[d]!;
    const to = inserted[i]!;
    if (from.section === to.section) continue;
    const target = steps[to.section]![to.step]!;
    target.old = from.block;
    target.movedFrom = {
      section: from.section,
      title: title(from.section, 'old'),
      anchor: aligned[from.section]!.oldSegment?.anchor ?? '',
      ...(from.block.clause ? { citation: from.block.clause.citation } : {}),
    };
    steps[from.section]![from.step]!.movedTo = {
      section: to.section,
      title: title(to.section, 'new'),
      anchor: aligned[to.section]!.newSegment?.anchor ?? '',
    };
  }

  const rendered = aligned.map(({ oldSegment, newSegment, moved }, index): RenderedSection => {
    const side = sides[index]!;
    const counts = { inserted: 0, deleted: 0, kept: 0, old: 0, differs: false };
    const changes: string[] = [];
    let headingHtml = '';
    if (side.old.heading || side.new.heading) {
      const inline = headingInline(side.old.heading, side.new.heading, timeoutMs, counts, changes, words);
      headingHtml = toHtml(inline);
    }
    if (side.old.heading) counts.old += countWords(side.old.heading.text);
    const items: { containers: ReadableBlock['containers']; inline: ElementContent[] }[] = [];
    for (const step of steps[index]!) {
      if (step.old && !step.movedFrom) counts.old += countWords(step.old.text);
      if (step.old && step.new) {
        if (sameBlock(step.old, step.new)) {
          counts.kept += countWords(step.new.text);
          items.push({ containers: step.new.containers, inline: withMovedNote(step, plain(step.new.pieces)) });
          continue;
        }
        const diff = diffBlock(step.old, step.new, timeoutMs, words);
        counts.differs ||= diff.reworded;
        counts.inserted += diff.inserted;
        counts.deleted += diff.deleted;
        counts.kept += diff.kept;
        changes.push(...diff.changes);
        items.push({ containers: step.new.containers, inline: withMovedNote(step, diff.inline) });
      } else if (step.old && step.movedTo) {
        const citation = step.old.clause ? `${step.old.clause.citation} ` : '';
        items.push({
          containers: step.old.containers,
          inline: [note(`${citation}Moved to “${step.movedTo.title}”`.trim())],
        });
      } else if (step.old) {
        counts.differs = true;
        counts.deleted += countWords(step.old.text);
        items.push({ containers: step.old.containers, inline: [marked('del', plain(step.old.pieces))] });
      } else if (step.new) {
        counts.differs = true;
        counts.inserted += countWords(step.new.text);
        items.push({ containers: step.new.containers, inline: [marked('ins', plain(step.new.pieces))] });
      }
    }
    const renamed =
      !!oldSegment &&
      !!newSegment &&
      oldSegment.anchor !== '' &&
      headingWords(oldSegment.title) !== headingWords(newSegment.title);
    const renumbered =
      !!oldSegment && !!newSegment && !renamed && headingNumber(oldSegment.title) !== headingNumber(newSegment.title);
    const uniqueChanges = [...new Set(changes)];
    return {
      oldAnchor: oldSegment?.anchor ?? null,
      newAnchor: newSegment?.anchor ?? null,
      oldTitle: oldSegment?.title ?? null,
      newTitle: newSegment?.title ?? null,
      depth: (newSegment ?? oldSegment)!.depth,
      textChanged: counts.differs || steps[index]!.some((step) => step.movedFrom || step.movedTo),
      moved: moved && !!oldSegment && !!newSegment,
      renamed,
      renumbered,
      formatChanges: renumbered ? ['heading renumbered', ...uniqueChanges] : uniqueChanges,
      id: ids[index]!,
      headingHtml,
      html: writeBlocks(items),
      wordsInserted: counts.inserted,
      wordsDeleted: counts.deleted,
      wordsKept: counts.kept,
      oldWords: counts.old,
      movedIn: [],
      movedOut: [],
    };
  });
  groupMoves(steps, rendered, aligned);
  return rendered;
}

function withMovedNote(step: BlockStep, inline: ElementContent[]): ElementContent[] {
  if (!step.movedFrom) return inline;
  const citation = step.movedFrom.citation ? ` ${step.movedFrom.citation}` : '';
  return [note(`Moved from “${step.movedFrom.title}”${citation}`), ...inline];
}

function headingInline(
  before: ReadableBlock | undefined,
  after: ReadableBlock | undefined,
  timeoutMs: number,
  counts: { inserted: number; deleted: number; kept: number; differs: boolean },
  changes: string[],
  words?: WordDiffer,
): ElementContent[] {
  if (!before || !after) counts.differs = true;
  if (before && after) {
    const diff = diffBlock(before, after, timeoutMs, words);
    counts.differs ||= diff.reworded;
    counts.inserted += diff.inserted;
    counts.deleted += diff.deleted;
    counts.kept += diff.kept;
    changes.push(...diff.changes);
    return diff.inline;
  }
  if (after) {
    counts.inserted += countWords(after.text);
    return [marked('ins', plain(after.pieces))];
  }
  counts.deleted += countWords(before!.text);
  return [marked('del', plain(before!.pieces))];
}

/** Fills each section's `movedIn` and `movedOut`, one group per other section. */
function groupMoves(
  steps: readonly BlockStep[][],
  rendered: RenderedSection[],
  aligned: readonly AlignedSegments[],
): void {
  const groups = new Map<
    string,
    { from: number; to: number; citations: string[]; blocks: number; reworded: boolean }
  >();
  for (const [index, list] of steps.entries()) {
    for (const step of list) {
      if (!step.movedFrom || !step.old || !step.new) continue;
      const from = step.movedFrom.section;
      const key = `${from}\u0000${index}`;
      const group = groups.get(key) ?? { from, to: index, citations: [], blocks: 0, reworded: false };
      group.blocks += 1;
      if (step.old.clause) group.citations.push(step.old.clause.citation);
      if (step.old.text !== step.new.text) group.reworded = true;
      groups.set(key, group);
    }
  }
  for (const group of groups.values()) {
    const source = rendered[group.from]!;
    const target = rendered[group.to]!;
    const citations = [...new Set(group.citations)];
    // The same move, told from both ends.
    const move = { citations, clauses: citationRange(citations), blocks: group.blocks, reworded: group.reworded };
    target.movedIn.push({
      anchor: aligned[group.from]!.oldSegment?.anchor ?? '',
      title: source.oldTitle ?? 'Opening text',
      change: source.id,
      ...move,
    } satisfies ClauseMove);
    source.movedOut.push({
      anchor: aligned[group.to]!.newSegment?.anchor ?? '',
      title: target.newTitle ?? 'Opening text',
      change: target.id,
      ...move,
    } satisfies ClauseMove);
  }
}

/** Page-unique ids from the anchors (`change-discipline`); the opening text is `change-opening-text`. */
export function changeIds(anchors: readonly string[]): string[] {
  const used = new Set<string>();
  return anchors.map((anchor) => {
    const base = `change-${anchor === '' ? 'opening-text' : anchor}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}
