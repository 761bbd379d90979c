// A word diff that gives exactly jsdiff's `diffWordsWithSpace` result (same
// tokens, same Myers walk, same choice between equally short edit scripts), only
// faster: tokens are compared as small integers and the frontier lives in
// arrays indexed from zero. jsdiff keeps the frontier in an array indexed by
// diagonal, negative diagonals included, which V8 stores as a slow dictionary;
// on a site build that one detail cost more than all the parsing. The
// equivalence with jsdiff is tested on random and real edits.

/** One run of the result, as jsdiff returns it. */
export interface TokenChange {
  added: boolean;
  removed: boolean;
  value: string;
}

// jsdiff's `extendedWordChars` and its diffWordsWithSpace tokenizer, verbatim: a newline,
// a run of word characters, a run of other spacing, or any other single character.
const extendedWordChars =
  'a-zA-Z0-9_\\u{AD}\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2C6}\\u{2C8}-\\u{2D7}\\u{2DE}-\\u{2FF}\\u{1E00}-\\u{1EFF}';
const tokenPattern = new RegExp(`(\\r?\\n)|[${extendedWordChars}]+|[^\\S\\n\\r]+|[^${extendedWordChars}]`, 'gu');

export function tokenizeWordsWithSpace(text: string): string[] {
  return text.match(tokenPattern) ?? [];
}

/**
 * Token → number, shared by every call: a build diffs thousands of passages
 * written in the same words, and building a fresh table for each cost as much
 * as the diff itself. The numbers only stand for equality, so the results never
 * depend on what is in the table; it is emptied when it grows past `MAX_IDS`.
 */
const ids = new Map<string, number>();
const MAX_IDS = 200_000;

/**
 * jsdiff's path components ({ count, added, removed, previousComponent }) kept
 * in typed arrays and named by their index: a long diff makes hundreds of
 * thousands of them, and as objects they were much of the build's garbage
 * collection. Same fields, same links, same walk; `NONE` is jsdiff's undefined.
 * One pool serves every call (a diff runs to the end before the next starts,
 * and its result is read out of the pool before it returns).
 */
const NONE = -1;
const EQUAL = 0;
const ADDED = 1;
const REMOVED = 2;

class Components {
  count = new Int32Array(1024);
  kind = new Uint8Array(1024);
  previous = new Int32Array(1024);
  length = 0;

  add(count: number, kind: number, previous: number): number {
    if (this.length === this.count.length) this.#grow();
    const index = this.length++;
    this.count[index] = count;
    this.kind[index] = kind;
    this.previous[index] = previous;
    return index;
  }

  shrink(): void {
    this.count = new Int32Array(1024);
    this.kind = new Uint8Array(1024);
    this.previous = new Int32Array(1024);
    this.length = 0;
  }

  #grow(): void {
    const size = this.count.length * 2;
    const count = new Int32Array(size);
    const kind = new Uint8Array(size);
    const previous = new Int32Array(size);
    count.set(this.count);
    kind.set(this.kind);
    previous.set(this.previous);
    this.count = count;
    this.kind = kind;
    this.previous = previous;
  }
}

const pool = new Components();
/** A pool grown past this many components by one long diff is let go after it, not kept for the build. */
const MAX_KEPT = 1 << 20;

/**
 * `diffWordsWithSpace(before, after, { timeout })` from jsdiff, or undefined when the
 * time runs out (as jsdiff does).
 */
export function diffWordsWithSpaceFast(before: string, after: string, timeoutMs: number): TokenChange[] | undefined {
  if (ids.size > MAX_IDS) ids.clear();
  return diffTokenised(tokenise(before, ids), tokenise(after, ids), timeoutMs);
}

/** A text as the diff reads it: its tokens as numbers, and where each token starts in the text. */
export interface Tokenised {
  text: string;
  ids: Int32Array;
  /** `starts[i]` is where token i starts; one more entry holds the text's length. */
  starts: Int32Array;
}

/**
 * Tokenises a text and numbers its tokens in `table` (token → number). Texts
 * compared with each other must be numbered in the same table.
 */
export function tokenise(text: string, table: Map<string, number>): Tokenised {
  const tokens = tokenizeWordsWithSpace(text);
  const result = new Int32Array(tokens.length);
  // The tokens cover the text with nothing left out, so a run of tokens is a slice of the text.
  const starts = new Int32Array(tokens.length + 1);
  let at = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    let id = table.get(token);
    if (id === undefined) table.set(token, (id = table.size));
    result[index] = id;
    starts[index] = at;
    at += token.length;
  }
  starts[tokens.length] = at;
  return { text, ids: result, starts };
}

/** `diffWordsWithSpaceFast` of two texts tokenised with the same table. */
export function diffTokenised(before: Tokenised, after: Tokenised, timeoutMs: number): TokenChange[] | undefined {
  pool.length = 0;
  const last = diffIds(before.ids, after.ids, timeoutMs, pool);
  const changes = last === undefined ? undefined : valuesOf(pool, last, before, after);
  if (pool.count.length > MAX_KEPT) pool.shrink();
  return changes;
}

/**
 * jsdiff's `diffWithOptionsObj` (no callback, no maxEditLength, one change object per run): the index
 * of the last component (`NONE` for two empty texts), or undefined when the time runs out.
 */
function diffIds(
  oldIds: Int32Array,
  newIds: Int32Array,
  timeoutMs: number,
  components: Components,
): number | undefined {
  const oldLen = oldIds.length;
  const newLen = newIds.length;
  const maxEditLength = newLen + oldLen;
  // An elapsed-time budget, as jsdiff's own `timeout` (not a date: the clock rule is about dates).
  const abortAfter = performance.now() + timeoutMs;
  // Frontier by diagonal: slot `diagonal + offset`; `oldPos` -2 marks "no path".
  const offset = maxEditLength + 1;
  const size = 2 * offset + 1;
  const pathOld = new Int32Array(size).fill(-2);
  const pathLast = new Int32Array(size).fill(NONE);

  // Follows the diagonal while tokens match; returns the new oldPos (the component is updated in place).
  let extendedLast = NONE;
  const extend = (oldPos: number, last: number, diagonal: number): number => {
    let newPos = oldPos - diagonal;
    let common = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && oldIds[oldPos + 1] === newIds[newPos + 1]) {
      newPos++;
      oldPos++;
      common++;
    }
    extendedLast = common ? components.add(common, EQUAL, last) : last;
    return oldPos;
  };

  let oldPos = extend(-1, NONE, 0);
  if (oldPos + 1 >= oldLen && oldPos + 1 >= newLen) return extendedLast;
  pathOld[offset] = oldPos;
  pathLast[offset] = extendedLast;

  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let editLength = 1; editLength <= maxEditLength && performance.now() <= abortAfter; editLength++) {
    const from = Math.max(minDiagonal, -editLength);
    const to = Math.min(maxDiagonal, editLength);
    for (let diagonal = from; diagonal <= to; diagonal += 2) {
      const slot = diagonal + offset;
      const removeOld = pathOld[slot - 1]!;
      const removeLast = pathLast[slot - 1]!;
      const hasRemove = removeOld !== -2;
      if (hasRemove) {
        pathOld[slot - 1] = -2;
        pathLast[slot - 1] = NONE;
      }
      const addOld = pathOld[slot + 1]!;
      let canAdd = false;
      if (addOld !== -2) {
        const addNewPos = addOld - diagonal;
        canAdd = 0 <= addNewPos && addNewPos < newLen;
      }
      const canRemove = hasRemove && removeOld + 1 < oldLen;
      if (!canAdd && !canRemove) {
        pathOld[slot] = -2;
        pathLast[slot] = NONE;
        continue;
      }
      let baseOld: number;
      let baseLast: number;
      if (!canRemove || (canAdd && removeOld < addOld)) {
        baseOld = addOld;
        baseLast = extendWith(components, pathLast[slot + 1]!, ADDED);
      } else {
        baseOld = removeOld + 1;
        baseLast = extendWith(components, removeLast, REMOVED);
      }
      oldPos = extend(baseOld, baseLast, diagonal);
      const newPos = oldPos - diagonal;
      if (oldPos + 1 >= oldLen && newPos + 1 >= newLen) return extendedLast;
      pathOld[slot] = oldPos;
      pathLast[slot] = extendedLast;
      if (oldPos + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, diagonal - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, diagonal + 1);
    }
  }
  return undefined;
}

/** jsdiff's `addToPath`: one more inserted or deleted token. */
function extendWith(components: Components, last: number, kind: number): number {
  if (last !== NONE && components.kind[last] === kind) {
    return components.add(components.count[last]! + 1, kind, components.previous[last]!);
  }
  return components.add(1, kind, last);
}

/** jsdiff's `buildValues` for string tokens (a run's tokens joined are the slice of the text they cover). */
function valuesOf(components: Components, last: number, before: Tokenised, after: Tokenised): TokenChange[] {
  const path: number[] = [];
  for (let component = last; component !== NONE; component = components.previous[component]!) path.push(component);
  path.reverse();
  const changes: TokenChange[] = [];
  let newPos = 0;
  let oldPos = 0;
  for (const component of path) {
    const count = components.count[component]!;
    const kind = components.kind[component]!;
    if (kind !== REMOVED) {
      const value = after.text.slice(after.starts[newPos], after.starts[newPos + count]);
      changes.push({ added: kind === ADDED, removed: false, value });
      newPos += count;
      if (kind !== ADDED) oldPos += count;
    } else {
      const value = before.text.slice(before.starts[oldPos], before.starts[oldPos + count]);
      changes.push({ added: false, removed: true, value });
      oldPos += count;
    }
  }
  return changes;
}
