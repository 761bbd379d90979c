// Redlines of the rendered text. Each section's blocks (`document/readable-blocks.ts`:
// headings, paragraphs, clauses, notes, as the policy page shows them) are
// aligned, then the words of each pair of blocks are diffed, and the result is
// written back as HTML with the same elements and inline formatting, the
// insertions in <ins> and the deletions in <del>, each with visually hidden
// start and end words. A reader never sees Markdown or MDX syntax, and
// comments, which never reach the rendered tree, are neither shown nor counted.
//
// Changes that leave the words alone are named in words ("made bold", "link
// address changed to …", "heading level changed", "list renumbered"), because
// a redline can only underline words.
import type { Element, ElementContent, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { diffArrays } from 'diff';
import type { Container, Mark, Piece, ReadableBlock } from '../document/readable-blocks.ts';
import { isHeadingBlock } from '../document/readable-blocks.ts';
import { countWords } from '../text/word-count.ts';
import { diffWordsWithSpaceFast } from './myers.ts';
import { coalesce } from './runs.ts';
import type { WordDiffer } from './word-memo.ts';
import { CandidateIndex, profileOf, similarity, type Profile } from './similarity.ts';
import type { WordRun } from './types.ts';

/** Below this similarity two blocks are not the same clause or paragraph. */
export const BLOCK_THRESHOLD = 0.5;

/** Where a block that moved came from or went to, for the reader. */
export interface BlockPlace {
  /** The section on the other side: its index among the aligned sections, title and anchor. */
  section: number;
  title: string;
  anchor: string;
  /** The clause citation there ("§K(a)"), when it is a clause. */
  citation?: string;
}

/** One block of a section's redline: kept, changed, inserted or deleted, possibly moved here or away. */
export interface BlockStep {
  old: ReadableBlock | undefined;
  new: ReadableBlock | undefined;
  /** Set when the old block is in another section (on `new`), or the new block is (on `old`). */
  movedFrom?: BlockPlace;
  movedTo?: BlockPlace;
}

export interface BlockDiff {
  inline: ElementContent[];
  inserted: number;
  deleted: number;
  kept: number;
  changes: string[];
  /** The text differs (words or punctuation), not only its formatting. */
  reworded: boolean;
}

/** In-section alignment: equal blocks first, then the rest of each changed stretch by similarity, in order. */
export function alignBlocks(before: readonly ReadableBlock[], after: readonly ReadableBlock[]): BlockStep[] {
  const key = (block: ReadableBlock) => `${block.containers.at(-1)?.tag ?? ''}\u0000${signature(block)}`;
  const steps: BlockStep[] = [];
  const stretches = diffArrays(before.map(key), after.map(key));
  let oldAt = 0;
  let newAt = 0;
  let deleted: ReadableBlock[] = [];
  let inserted: ReadableBlock[] = [];
  const flush = () => {
    steps.push(...pairInOrder(deleted, inserted));
    deleted = [];
    inserted = [];
  };
  for (const stretch of stretches) {
    const count = stretch.count ?? stretch.value.length;
    if (stretch.removed) {
      deleted.push(...before.slice(oldAt, oldAt + count));
      oldAt += count;
    } else if (stretch.added) {
      inserted.push(...after.slice(newAt, newAt + count));
      newAt += count;
    } else {
      flush();
      for (let index = 0; index < count; index++) steps.push({ old: before[oldAt + index], new: after[newAt + index] });
      oldAt += count;
      newAt += count;
    }
  }
  flush();
  return steps;
}

/** Pairs deleted with inserted blocks of one stretch by similarity, keeping both orders; the rest stay alone. */
function pairInOrder(deleted: readonly ReadableBlock[], inserted: readonly ReadableBlock[]): BlockStep[] {
  if (deleted.length === 0 || inserted.length === 0) {
    return [
      ...deleted.map((old) => ({ old, new: undefined })),
      ...inserted.map((block) => ({ old: undefined, new: block })),
    ];
  }
  if (deleted.length === 1 && inserted.length === 1) {
    // One block changed in place, the commonest edit: it is the same block unless nothing is shared.
    if (similarity(profileOf(deleted[0]!.text), profileOf(inserted[0]!.text)) > 0.2) {
      return [{ old: deleted[0], new: inserted[0] }];
    }
  }
  const oldProfiles = deleted.map((block) => profileOf(block.text));
  const index = new CandidateIndex(inserted.map((block) => profileOf(block.text)));
  const candidates: { o: number; n: number; score: number }[] = [];
  for (const [o, profile] of oldProfiles.entries()) {
    const found = index.candidates(profile);
    // A block rewritten in the same place may share no word pair with its old text: try its neighbour too.
    if (o < inserted.length && !found.includes(o)) found.push(o);
    for (const n of found) {
      const score = similarity(profile, index.profile(n));
      if (score >= BLOCK_THRESHOLD || (deleted.length === inserted.length && n === o && score > 0.2)) {
        candidates.push({ o, n, score });
      }
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.o - b.o);
  const accepted: { o: number; n: number }[] = [];
  for (const candidate of candidates) {
    const crosses = accepted.some(
      (pair) => pair.o === candidate.o || pair.n === candidate.n || pair.o < candidate.o !== pair.n < candidate.n,
    );
    if (!crosses) accepted.push(candidate);
  }
  accepted.sort((a, b) => a.n - b.n);
  const steps: BlockStep[] = [];
  let o = 0;
  let n = 0;
  for (const pair of accepted) {
    while (o < pair.o) steps.push({ old: deleted[o++], new: undefined });
    while (n < pair.n) steps.push({ old: undefined, new: inserted[n++] });
    steps.push({ old: deleted[o++], new: inserted[n++] });
  }
  while (o < deleted.length) steps.push({ old: deleted[o++], new: undefined });
  while (n < inserted.length) steps.push({ old: undefined, new: inserted[n++] });
  return steps;
}

/** A lone block and where it sits, for matching across sections. */
export interface Orphan {
  block: ReadableBlock;
  /** The section it is in (an index into the model's sections) and the step within it. */
  section: number;
  step: number;
}

/**
 * Pairs blocks deleted in one place with blocks inserted in another (a clause
 * moved to another section, a section split up). Candidates come from the
 * shingle index, so the cost stays linear. Then a deleted block between two
 * paired neighbours of the same list is paired with the new block between
 * their partners, when the counts agree: rewording can leave a short clause
 * ("Profane language or content" → "contain profanity") with no word in common.
 */
export function matchAcross(deleted: readonly Orphan[], inserted: readonly Orphan[]): [number, number][] {
  if (deleted.length === 0 || inserted.length === 0) return [];
  const index = new CandidateIndex(inserted.map((orphan) => profileOf(orphan.block.text)));
  const candidates: { d: number; i: number; score: number }[] = [];
  for (const [d, orphan] of deleted.entries()) {
    const profile: Profile = profileOf(orphan.block.text);
    for (const i of index.candidates(profile)) {
      const score = similarity(profile, index.profile(i));
      if (score >= BLOCK_THRESHOLD) candidates.push({ d, i, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.d - b.d || a.i - b.i);
  const byDeleted = new Map<number, number>();
  const takenInserted = new Set<number>();
  for (const { d, i } of candidates) {
    if (byDeleted.has(d) || takenInserted.has(i)) continue;
    byDeleted.set(d, i);
    takenInserted.add(i);
  }
  const oldProfiles = deleted.map((orphan) => profileOf(orphan.block.text));
  alignLists(deleted, inserted, byDeleted, takenInserted, (d, i) => similarity(oldProfiles[d]!, index.profile(i)));
  fillBetween(deleted, inserted, byDeleted, takenInserted);
  return [...byDeleted.entries()].sort((a, b) => a[0] - b[0]);
}

/** Below this, even two items of lists already known to correspond are not paired. */
const LIST_ITEM_THRESHOLD = 0.15;

/**
 * When most of an old list's items went to one new list (the comment rules of
 * one section becoming the list of another), the two lists are aligned as
 * sequences: the pairing that keeps both orders with the highest total
 * similarity wins over pairings made item by item elsewhere. This is the
 * tree diff's "children in order" step; the lists are short, so the quadratic
 * table is small.
 */
function alignLists(
  deleted: readonly Orphan[],
  inserted: readonly Orphan[],
  byDeleted: Map<number, number>,
  takenInserted: Set<number>,
  score: (d: number, i: number) => number,
): void {
  const parent = (orphan: Orphan) => orphan.block.containers.at(-2)?.key ?? -1;
  const oldLists = new Map<number, number[]>();
  for (const [d, orphan] of deleted.entries()) {
    const list = oldLists.get(parent(orphan));
    if (list) list.push(d);
    else oldLists.set(parent(orphan), [d]);
  }
  for (const olds of oldLists.values()) {
    if (olds.length < 2) continue;
    const targets = new Map<number, number>();
    for (const d of olds) {
      const i = byDeleted.get(d);
      if (i !== undefined) targets.set(parent(inserted[i]!), (targets.get(parent(inserted[i]!)) ?? 0) + 1);
    }
    const [target, count] = [...targets.entries()].sort((a, b) => b[1] - a[1])[0] ?? [-1, 0];
    if (count < 2) continue;
    const inOld = new Set(olds);
    const news = inserted
      .map((orphan, i) => ({ orphan, i }))
      .filter(({ orphan, i }) => parent(orphan) === target && (!takenInserted.has(i) || ownerIn(byDeleted, i, inOld)))
      .map(({ i }) => i);
    if (olds.length * news.length > 10_000) continue;
    const pairs = bestOrderedPairs(olds, news, score);
    if (pairs.length <= count) continue;
    const previous = new Map(olds.flatMap((d) => (byDeleted.has(d) ? [[d, byDeleted.get(d)!] as const] : [])));
    for (const d of olds) {
      const i = byDeleted.get(d);
      if (i !== undefined) takenInserted.delete(i);
      byDeleted.delete(d);
    }
    for (const [d, i] of pairs) {
      byDeleted.set(d, i);
      takenInserted.add(i);
    }
    // Items the sequence left out keep the partner they had elsewhere, if it is still free.
    for (const [d, i] of previous) {
      if (!byDeleted.has(d) && !takenInserted.has(i)) {
        byDeleted.set(d, i);
        takenInserted.add(i);
      }
    }
  }
}

function ownerIn(byDeleted: Map<number, number>, i: number, olds: Set<number>): boolean {
  for (const [d, partner] of byDeleted) if (partner === i) return olds.has(d);
  return false;
}

/** The order-keeping pairing of `olds` with `news` of highest total similarity (dynamic programming). */
function bestOrderedPairs(
  olds: readonly number[],
  news: readonly number[],
  score: (d: number, i: number) => number,
): [number, number][] {
  const rows = olds.length + 1;
  const columns = news.length + 1;
  const best = new Float64Array(rows * columns);
  const at = (r: number, c: number) => r * columns + c;
  const scores = olds.map((d) => news.map((i) => score(d, i)));
  for (let r = 1; r < rows; r++) {
    for (let c = 1; c < columns; c++) {
      const s = scores[r - 1]![c - 1]!;
      const diagonal = s >= LIST_ITEM_THRESHOLD ? best[at(r - 1, c - 1)]! + s : -1;
      best[at(r, c)] = Math.max(best[at(r - 1, c)]!, best[at(r, c - 1)]!, diagonal);
    }
  }
  const pairs: [number, number][] = [];
  for (let r = olds.length, c = news.length; r > 0 && c > 0;) {
    const s = scores[r - 1]![c - 1]!;
    if (s >= LIST_ITEM_THRESHOLD && best[at(r, c)] === best[at(r - 1, c - 1)]! + s) {
      pairs.push([olds[r - 1]!, news[c - 1]!]);
      r -= 1;
      c -= 1;
    } else if (best[at(r, c)] === best[at(r - 1, c)]) r -= 1;
    else c -= 1;
  }
  return pairs.reverse();
}

/** See `matchAcross`: unpaired runs between paired neighbours, paired one to one. */
function fillBetween(
  deleted: readonly Orphan[],
  inserted: readonly Orphan[],
  byDeleted: Map<number, number>,
  takenInserted: Set<number>,
): void {
  const parent = (block: ReadableBlock) => block.containers.at(-2)?.key ?? -1;
  const paired = [...byDeleted.keys()].sort((a, b) => a - b);
  const anchorsAt = (d: number) => byDeleted.get(d);
  const tryRun = (from: number, to: number, newFrom: number, newTo: number) => {
    // Old blocks from..to (exclusive) against new blocks newFrom..newTo (exclusive), all unpaired.
    const olds = range(from, to).filter((d) => !byDeleted.has(d));
    const news = range(newFrom, newTo).filter((i) => !takenInserted.has(i));
    if (olds.length === 0 || olds.length !== news.length) return;
    for (const [position, d] of olds.entries()) {
      byDeleted.set(d, news[position]!);
      takenInserted.add(news[position]!);
    }
  };
  for (let k = 0; k + 1 < paired.length; k++) {
    const [a, b] = [paired[k]!, paired[k + 1]!];
    const [na, nb] = [anchorsAt(a)!, anchorsAt(b)!];
    if (b - a < 2 || nb <= na) continue;
    if (parent(deleted[a]!.block) !== parent(deleted[b]!.block)) continue;
    if (parent(inserted[na]!.block) !== parent(inserted[nb]!.block)) continue;
    tryRun(a + 1, b, na + 1, nb);
  }
  // The ends of a list: before the first paired item and after the last, within the same lists.
  for (const [edge, step] of [
    [paired[0], -1],
    [paired.at(-1), 1],
  ] as const) {
    if (edge === undefined) continue;
    const partner = byDeleted.get(edge)!;
    let d = edge + step;
    let i = partner + step;
    while (
      d >= 0 &&
      d < deleted.length &&
      i >= 0 &&
      i < inserted.length &&
      !byDeleted.has(d) &&
      !takenInserted.has(i) &&
      parent(deleted[d]!.block) === parent(deleted[edge]!.block) &&
      parent(inserted[i]!.block) === parent(inserted[partner]!.block)
    ) {
      byDeleted.set(d, i);
      takenInserted.add(i);
      d += step;
      i += step;
    }
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, index) => from + index);
}

/** The words and formatting of two versions of one block, as inline HTML with <ins>/<del>. */
export function diffBlock(
  before: ReadableBlock,
  after: ReadableBlock,
  timeoutMs: number,
  diffWords: WordDiffer = diffWordsWithSpaceFast,
): BlockDiff {
  const changes = blockChanges(before, after);
  if (before.text === after.text) {
    changes.push(...markChanges(before.pieces, after.pieces));
    return {
      inline: plain(after.pieces),
      inserted: 0,
      deleted: 0,
      kept: countWords(after.text),
      changes,
      reworded: false,
    };
  }
  const words = diffWords(before.text, after.text, timeoutMs);
  const runs: WordRun[] = words
    ? coalesce(
        words.map((change) => ({
          kind: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
          text: change.value,
        })),
      )
    : [
        { kind: 'delete', text: before.text },
        { kind: 'insert', text: after.text },
      ];
  const inline: ElementContent[] = [];
  let inserted = 0;
  let deleted = 0;
  let kept = 0;
  let oldAt = 0;
  let newAt = 0;
  for (const run of runs) {
    const length = run.text.length;
    if (run.kind === 'equal') {
      changes.push(
        ...markChanges(slice(before.pieces, oldAt, oldAt + length), slice(after.pieces, newAt, newAt + length)),
      );
      inline.push(...plain(slice(after.pieces, newAt, newAt + length)));
      kept += countWords(run.text);
      oldAt += length;
      newAt += length;
    } else if (run.kind === 'delete') {
      inline.push(...spacedOutside('del', before.pieces, oldAt, run.text));
      deleted += countWords(run.text);
      oldAt += length;
    } else {
      inline.push(...spacedOutside('ins', after.pieces, newAt, run.text));
      inserted += countWords(run.text);
      newAt += length;
    }
  }
  return { inline: hoistLinks(inline), inserted, deleted, kept, changes: unique(changes), reworded: true };
}

/**
 * A link whose words were partly changed stays one link: `[the <ins>new</ins> rules](…)`
 * rather than three links side by side. Neighbouring nodes that are, or only
 * hold, a link to the same address are joined under one `<a>`.
 */
function hoistLinks(nodes: readonly ElementContent[]): ElementContent[] {
  const hrefOf = (node: ElementContent): string | undefined => {
    if (node.type !== 'element') return undefined;
    if (node.tagName === 'a') return String(node.properties['href'] ?? '');
    if (node.tagName !== 'ins' && node.tagName !== 'del') return undefined;
    const inner = node.children;
    const hrefs = new Set(inner.map(hrefOf));
    return inner.length > 0 &&
      hrefs.size === 1 &&
      inner.every((child) => child.type === 'element' && child.tagName === 'a')
      ? [...hrefs][0]
      : undefined;
  };
  const result: ElementContent[] = [];
  let group: { href: string; link: Element } | undefined;
  // Spaces between two parts of the same link belong inside it; held until the next node says.
  let pending: ElementContent[] = [];
  for (const node of nodes) {
    const href = hrefOf(node);
    if (group && node.type === 'text' && node.value.trim() === '') {
      pending.push(node);
      continue;
    }
    if (href === undefined || node.type !== 'element' || !group || group.href !== href) {
      result.push(...pending);
      pending = [];
    }
    if (href === undefined || node.type !== 'element') {
      group = undefined;
      result.push(node);
      continue;
    }
    const content: ElementContent[] =
      node.tagName === 'a'
        ? node.children
        : [{ ...node, children: node.children.flatMap((child) => (child as Element).children) }];
    if (group && group.href === href) {
      group.link.children.push(...pending, ...content);
      pending = [];
    } else {
      const first = node.tagName === 'a' ? node : (node.children[0] as Element);
      group = { href, link: { ...first, children: [...content] } };
      result.push(group.link);
    }
  }
  result.push(...pending);
  return result;
}

/** A marked run with its leading and trailing spaces outside the mark, so only words are underlined or struck. */
function spacedOutside(tag: 'ins' | 'del', pieces: readonly Piece[], at: number, text: string): ElementContent[] {
  const lead = text.length - text.trimStart().length;
  const trail = text.length - text.trimEnd().length;
  // The spaces go out bare: a space alone inside a link would be a link with no name.
  const space = (value: string): ElementContent[] => (value === '' ? [] : [{ type: 'text', value }]);
  if (lead === text.length) return space(text);
  return [
    ...space(text.slice(0, lead)),
    marked(tag, plain(slice(pieces, at + lead, at + text.length - trail))),
    ...space(text.slice(text.length - trail)),
  ];
}

/** Changes of the block itself: heading level, list numbering, list kind. */
function blockChanges(before: ReadableBlock, after: ReadableBlock): string[] {
  const changes: string[] = [];
  const oldTag = before.containers.at(-1)?.tag;
  const newTag = after.containers.at(-1)?.tag;
  if (isHeadingBlock(before) && isHeadingBlock(after) && oldTag !== newTag) changes.push('heading level changed');
  const oldList = listOf(before.containers);
  const newList = listOf(after.containers);
  if (oldList && newList && oldList.tag !== newList.tag) {
    changes.push(newList.tag === 'ol' ? 'list now numbered' : 'list no longer numbered');
  } else if (oldList?.tag === 'ol' && newList?.tag === 'ol' && itemNumber(before) !== itemNumber(after)) {
    changes.push('list renumbered');
  }
  return changes;
}

function listOf(containers: readonly Container[]): Container | undefined {
  return [...containers].reverse().find((container) => container.tag === 'ul' || container.tag === 'ol');
}

function itemNumber(block: ReadableBlock): number | undefined {
  return [...block.containers].reverse().find((container) => container.tag === 'li')?.number;
}

/** Formatting that differs over the same words: "made bold", "link address changed to …". */
function markChanges(before: readonly Piece[], after: readonly Piece[]): string[] {
  const changes: string[] = [];
  // Walk both sides piece by piece (they cover the same characters), comparing the marks of each stretch.
  let o = 0;
  let n = 0;
  let oldLeft = before[0]?.text.length ?? 0;
  let newLeft = after[0]?.text.length ?? 0;
  while (o < before.length && n < after.length) {
    const was = before[o]!.marks;
    const now = after[n]!.marks;
    if (was !== now && marksKey(was) !== marksKey(now)) changes.push(...namedChanges(was, now));
    const step = Math.min(oldLeft, newLeft);
    oldLeft -= step;
    newLeft -= step;
    if (oldLeft === 0 && ++o < before.length) oldLeft = before[o]!.text.length;
    if (newLeft === 0 && ++n < after.length) newLeft = after[n]!.text.length;
  }
  return unique(changes);
}

function namedChanges(oldMarks: readonly Mark[], newMarks: readonly Mark[]): string[] {
  const changes: string[] = [];
  const was = new Map(oldMarks.map((mark) => [mark.tag, mark]));
  const now = new Map(newMarks.map((mark) => [mark.tag, mark]));
  const gained = (tag: string) => now.has(tag) && !was.has(tag);
  const lost = (tag: string) => was.has(tag) && !now.has(tag);
  if (gained('strong')) changes.push('made bold');
  if (lost('strong')) changes.push('no longer bold');
  if (gained('em')) changes.push('made italic');
  if (lost('em')) changes.push('no longer italic');
  if (gained('code')) changes.push('shown as code');
  if (lost('code')) changes.push('no longer shown as code');
  const oldLink = was.get('a')?.properties['href'];
  const newLink = now.get('a')?.properties['href'];
  if (newLink !== undefined && oldLink === undefined) changes.push(`made a link to ${String(newLink)}`);
  else if (newLink === undefined && oldLink !== undefined) changes.push('link removed');
  else if (newLink !== oldLink) changes.push(`link address changed to ${String(newLink)}`);
  return changes;
}

function marksKey(marks: readonly Mark[]): string {
  return marks.map(markKey).join('>');
}

function markKey(mark: Mark): string {
  return `${mark.tag}${mark.tag === 'a' ? ` ${String(mark.properties['href'])}` : ''}`;
}

// A version's blocks are compared with many others in one job (every pair it is in): sign each once.
const signatures = new WeakMap<ReadableBlock, string>();

/** The block's text and formatting, for telling blocks apart: equal signatures need no diff. */
function signature(block: ReadableBlock): string {
  let signed = signatures.get(block);
  if (signed === undefined) {
    signed = block.pieces.map((piece) => `${marksKey(piece.marks)}\u0001${piece.text}`).join('\u0002');
    signatures.set(block, signed);
  }
  return signed;
}

export function sameBlock(before: ReadableBlock, after: ReadableBlock): boolean {
  return (
    before.containers.at(-1)?.tag === after.containers.at(-1)?.tag &&
    signature(before) === signature(after) &&
    blockChanges(before, after).length === 0
  );
}

/** The pieces covering characters [start, end) of the block's text. */
function slice(pieces: readonly Piece[], start: number, end: number): Piece[] {
  const result: Piece[] = [];
  let at = 0;
  for (const piece of pieces) {
    const pieceEnd = at + piece.text.length;
    if (pieceEnd > start && at < end) {
      result.push({
        text: piece.text.slice(Math.max(0, start - at), Math.min(piece.text.length, end - at)),
        marks: piece.marks,
      });
    }
    at = pieceEnd;
    if (at >= end) break;
  }
  return result;
}

/** Pieces as inline HTML, each wrapped in its marks (ids dropped: the redline page has its own). */
export function plain(pieces: readonly Piece[]): ElementContent[] {
  const nodes: ElementContent[] = [];
  for (const piece of pieces) {
    let node: ElementContent = { type: 'text', value: piece.text };
    for (const mark of [...piece.marks].reverse()) node = element(mark.tag, mark.properties, [node]);
    nodes.push(node);
  }
  return nodes;
}

/**
 * A plain `<ins>`/`<del>`. The start and end words that screen readers need ("[inserted] … [end inserted]") come
 * from the site's stylesheet (`ins::before` in src/styles/site.css), not from hidden text around every change.
 */
export function marked(tag: 'ins' | 'del', children: ElementContent[]): Element {
  return element(tag, {}, children);
}

export function element(tag: string, properties: Properties, children: ElementContent[]): Element {
  const rest = { ...properties };
  delete rest['id'];
  return { type: 'element', tagName: tag, properties: rest, children };
}

/** A short inline note in the text ("Moved from …"), set apart by brackets and a class, not by colour. */
export function note(text: string): Element {
  return element('span', { className: ['redline-note'] }, [{ type: 'text', value: `[${text}] ` }]);
}

/**
 * Writes a section's steps as HTML: blocks in their elements (lists, clauses,
 * notes), each step's inline content in the innermost one. A deleted block
 * reuses the elements open around it when they are of the same kind, so a
 * deleted clause stays inside its list instead of starting a list of its own.
 */
export function writeBlocks(items: readonly { containers: readonly Container[]; inline: ElementContent[] }[]): string {
  const root: Element = element('div', {}, []);
  const open: { container: Container; node: Element }[] = [];
  for (const item of items) {
    // Keep the open elements that match this item's outer elements (same element, or same kind for a stray block).
    let keep = 0;
    const outer = item.containers.slice(0, -1);
    while (keep < open.length && keep < outer.length && sameContainer(open[keep]!.container, outer[keep]!)) keep += 1;
    open.length = keep;
    for (const container of item.containers.slice(keep)) {
      const node = element(container.tag, container.properties, []);
      (open.at(-1)?.node ?? root).children.push(node);
      open.push({ container, node });
    }
    // A thematic break holds no text: an inserted or deleted one is shown as the line itself.
    if (open.at(-1)!.container.tag !== 'hr') open.at(-1)!.node.children.push(...item.inline);
  }
  return toHtml(root.children);
}

/**
 * Whether an open element can hold a block of the other side. Keys number the elements of one text in order, so
 * they match across the two texts where both have the same elements up to there; the tag must match as well, or a
 * deleted list that came after a paragraph went inside the paragraph of the new text that had the same number.
 */
function sameContainer(a: Container, b: Container): boolean {
  if (a.tag !== b.tag) return false;
  return a.key === b.key || (a.tag !== 'li' && String(a.properties['className']) === String(b.properties['className']));
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
