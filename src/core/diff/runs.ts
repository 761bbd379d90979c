// Diffs two passages: lines (blocks) first, then words inside the blocks that
// changed. This bounds the cost: unchanged paragraphs are never compared word by
// word. Every jsdiff call is guarded by `timeout`; when it gives up, the changed
// blocks are shown as a whole-block replacement and the fallback is reported.
import { diffArrays } from 'diff';
import { diffWordsWithSpaceFast } from './myers.ts';
import type { WordDiffer } from './word-memo.ts';
import type { WordRun } from './types.ts';
import { countWords } from '../text/word-count.ts';

export interface RunsResult {
  /** The runs as readers see them (coalesced; rewritten paragraphs as old then new). */
  runs: WordRun[];
  /** Words inserted and deleted, counted on the exact word diff, not on the runs shown. */
  inserted: number;
  deleted: number;
  fallback: 'timeout' | null;
}

/** Default time allowed per jsdiff call, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 200;

export function diffPassages(
  before: string,
  after: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  words: WordDiffer = diffWordsWithSpaceFast,
): RunsResult {
  if (before === after) {
    return { runs: before === '' ? [] : [{ kind: 'equal', text: before }], inserted: 0, deleted: 0, fallback: null };
  }
  const blocks = diffArrays(linesOf(before), linesOf(after), { timeout: timeoutMs });
  if (blocks === undefined) {
    return {
      runs: replacement(before, after),
      inserted: countWords(after),
      deleted: countWords(before),
      fallback: 'timeout',
    };
  }
  const runs: WordRun[] = [];
  let fallback: RunsResult['fallback'] = null;
  let insertedWords = 0;
  let deletedWords = 0;
  const count = (list: readonly WordRun[]) => {
    for (const run of list) {
      if (run.kind === 'insert') insertedWords += countWords(run.text);
      else if (run.kind === 'delete') deletedWords += countWords(run.text);
    }
  };
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted !== '' && inserted !== '') {
      const changes = words(deleted, inserted, timeoutMs);
      if (changes === undefined) {
        fallback = 'timeout';
        count(replacement(deleted, inserted));
        push(runs, ...replacement(deleted, inserted));
      } else {
        const wordRuns: WordRun[] = changes.map((change) => ({
          kind: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
          text: change.value,
        }));
        count(wordRuns);
        push(runs, ...(mostlyRewritten(wordRuns) ? replacement(deleted, inserted) : coalesce(wordRuns)));
      }
    } else {
      count(replacement(deleted, inserted));
      push(runs, ...replacement(deleted, inserted));
    }
    deleted = '';
    inserted = '';
  };
  for (const block of blocks) {
    const text = block.value.join('');
    if (block.removed) deleted += text;
    else if (block.added) inserted += text;
    else {
      flush();
      push(runs, { kind: 'equal', text });
    }
  }
  flush();
  return { runs, inserted: insertedWords, deleted: deletedWords, fallback };
}

/**
 * Word diffs of rewritten phrases alternate "[-a-]{+b+} [-c-]{+d+}", which is hard
 * to read. Changes separated only by spaces become one deletion and one insertion
 * ("[-a c-]{+b d+}"); the space goes to both sides, so each side keeps its text.
 */
export function coalesce(runs: readonly WordRun[]): WordRun[] {
  const result: WordRun[] = [];
  let index = 0;
  while (index < runs.length) {
    const run = runs[index]!;
    if (run.kind === 'equal') {
      result.push(run);
      index += 1;
      continue;
    }
    // Extend the window over changes and whitespace-only equal runs, ending on a change.
    let end = index;
    let probe = index;
    while (probe < runs.length) {
      const next = runs[probe]!;
      if (next.kind !== 'equal') end = probe;
      else if (/\S/.test(next.text) || next.text.includes('\n')) break;
      probe += 1;
    }
    let deleted = '';
    let inserted = '';
    for (const item of runs.slice(index, end + 1)) {
      if (item.kind !== 'insert') deleted += item.text;
      if (item.kind !== 'delete') inserted += item.text;
    }
    if (deleted !== '') result.push({ kind: 'delete', text: deleted });
    if (inserted !== '') result.push({ kind: 'insert', text: inserted });
    index = end + 1;
  }
  return result;
}

/**
 * When less than a third of a passage survives, a word-by-word redline is a
 * confetti of fragments; readers follow a rewrite better as old text, then new.
 */
function mostlyRewritten(runs: readonly WordRun[]): boolean {
  const size = { equal: 0, delete: 0, insert: 0 };
  for (const run of runs) size[run.kind] += visibleLength(run.text);
  const kept = size.equal;
  return kept * 3 < Math.max(kept + size.delete, kept + size.insert);
}

/** Characters other than spacing (what `text.replace(/\s/g, '').length` counts, without the copy). */
export function visibleLength(text: string): number {
  let visible = 0;
  for (let index = 0; index < text.length; index++) if (!isSpace(text.charCodeAt(index))) visible += 1;
  return visible;
}

/** JavaScript's `\s`, code unit by code unit. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Lines with their line endings, so that joining them gives the text back. */
function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function replacement(before: string, after: string): WordRun[] {
  const runs: WordRun[] = [];
  if (before !== '') runs.push({ kind: 'delete', text: before });
  if (after !== '') runs.push({ kind: 'insert', text: after });
  return runs;
}

/** Appends runs, merging neighbours of the same kind and dropping empty ones. */
function push(runs: WordRun[], ...added: WordRun[]): void {
  for (const run of added) {
    if (run.text === '') continue;
    const last = runs.at(-1);
    if (last && last.kind === run.kind) last.text += run.text;
    else runs.push({ ...run });
  }
}
