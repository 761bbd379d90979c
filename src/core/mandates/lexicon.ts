// A concept's lexicon: the expressions that say it, each a word or a phrase,
// matched on lemmas inside one sentence.
//
// Expression syntax (documented in the mandate schema and the guide):
// - `personal attack`: these words, in this order, next to each other. Each
//   word is compared by its lemma, so `personal attack` also finds "Personal
//   Attacks" and `review` finds "reviewed".
// - `correct ... misinformation`: the parts in this order in the same sentence,
//   with at most fifteen words between two parts ("corrects the misinformation",
//   "correct any such misinformation"), so that parts far apart in a long
//   sentence do not make a phrase.
import { readSentences, type ReadSentence } from './reading.ts';

export interface ExpressionMatch {
  /** The expression from the lexicon that matched. */
  expression: string;
  /** The words as written, from the first matched word to the last. */
  words: string;
  /** Offsets of those words in the text the sentence was read from. */
  start: number;
  end: number;
}

const compiled = new Map<string, string[][]>();
/** The most words `...` may stand for. */
const MAX_GAP = 15;

/** The lemma sequences of an expression's parts: `correct ... misinformation` → [["correct"], ["misinformation"]]. */
export function compileExpression(expression: string): string[][] {
  const cached = compiled.get(expression);
  if (cached) return cached;
  const parts = expression
    .split(/\s*(?:\.\.\.|…)\s*/)
    .map((part) =>
      readSentences(part)
        .flatMap((sentence) => sentence.words)
        .filter((word) => /[\p{L}\p{N}]/u.test(word.text))
        .map((word) => word.lemma),
    )
    .filter((part) => part.length > 0);
  compiled.set(expression, parts);
  return parts;
}

/** The earliest match of any expression in the sentence (ties: the first expression listed). */
export function findExpression(sentence: ReadSentence, expressions: readonly string[]): ExpressionMatch | undefined {
  let best: (ExpressionMatch & { first: number }) | undefined;
  for (const expression of expressions) {
    const found = matchParts(sentence, compileExpression(expression));
    if (found && (!best || found.first < best.first)) {
      const first = sentence.words[found.first]!;
      const last = sentence.words[found.last]!;
      best = {
        expression,
        words: sentence.text.slice(first.start - sentence.start, last.end - sentence.start),
        start: first.start,
        end: last.end,
        first: found.first,
      };
    }
  }
  if (!best) return undefined;
  return { expression: best.expression, words: best.words, start: best.start, end: best.end };
}

function matchParts(sentence: ReadSentence, parts: readonly string[][]): { first: number; last: number } | undefined {
  if (parts.length === 0) return undefined;
  const words = sentence.words;
  for (let start = 0; start < words.length; start++) {
    if (!sequenceAt(words, start, parts[0]!)) continue;
    let next = start + parts[0]!.length;
    let last = next - 1;
    let ok = true;
    for (const part of parts.slice(1)) {
      let at = -1;
      for (let index = next; index + part.length <= words.length && index - next <= MAX_GAP; index++) {
        if (sequenceAt(words, index, part)) {
          at = index;
          break;
        }
      }
      if (at < 0) {
        ok = false;
        break;
      }
      next = at + part.length;
      last = next - 1;
    }
    if (ok) return { first: start, last };
  }
  return undefined;
}

// Fixed phrases whose words never express a concept: "with respect to" is not respect, "in the event" no event.
const idioms = [
  ['with', 'respect', 'to'],
  ['in', 'respect', 'of'],
  ['in', 'the', 'event'],
  ['at', 'any', 'time'],
];
const masks = new WeakMap<ReadSentence['words'], Set<number>>();

function masked(words: ReadSentence['words']): Set<number> {
  const cached = masks.get(words);
  if (cached) return cached;
  const mask = new Set<number>();
  for (let index = 0; index < words.length; index++) {
    for (const idiom of idioms) {
      if (idiom.every((lemma, offset) => words[index + offset]?.lemma === lemma)) {
        idiom.forEach((_, offset) => mask.add(index + offset));
      }
    }
  }
  masks.set(words, mask);
  return mask;
}

function sequenceAt(words: ReadSentence['words'], index: number, lemmas: readonly string[]): boolean {
  if (index + lemmas.length > words.length) return false;
  const mask = masked(words);
  return lemmas.every((lemma, offset) => {
    const word = words[index + offset]!;
    return !mask.has(index + offset) && (word.lemma === lemma || word.text.toLowerCase() === lemma);
  });
}
