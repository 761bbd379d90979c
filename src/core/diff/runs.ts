// Diffs two passages: lines (blocks) first, then words inside the blocks that
// changed. This bounds the cost: unchanged paragraphs are never compared word by
// word. Every jsdiff call is guarded by `timeout`; when it gives up, the changed
// blocks are shown as a whole-block replacement and the fallback is reported.
import { diffArrays, diffWordsWithSpace } from 'diff';
import type { WordRun } from './types.ts';

export interface RunsResult {
  runs: WordRun[];
  fallback: 'timeout' | null;
}

/** Default time allowed per jsdiff call, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 200;

export function diffPassages(before: string, after: string, timeoutMs = DEFAULT_TIMEOUT_MS): RunsResult {
  if (before === after) return { runs: before === '' ? [] : [{ kind: 'equal', text: before }], fallback: null };
  const runs: WordRun[] = [];
  const blocks = diffArrays(linesOf(before), linesOf(after), { timeout: timeoutMs });
  if (blocks === undefined) return { runs: replacement(before, after), fallback: 'timeout' };
  let fallback: RunsResult['fallback'] = null;
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted !== '' && inserted !== '') {
      const words = diffWordsWithSpace(deleted, inserted, { timeout: timeoutMs });
      if (words === undefined) {
        fallback = 'timeout';
        push(runs, ...replacement(deleted, inserted));
      } else {
        for (const change of words) {
          push(runs, { kind: change.added ? 'insert' : change.removed ? 'delete' : 'equal', text: change.value });
        }
      }
    } else {
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
  return { runs, fallback };
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
