// Finding a mandate's concepts in policy text: words, simple stemming and
// phrase matching.
//
// The stemming rule (documented in the author guide; keep it stable, because
// changing it can change a policy's compliance):
// 1. Lower-case the word, turn curly apostrophes straight, drop a final `'s`.
// 2. Remove at most one ending, the first that applies:
//    `ies` → `y` (apologies → apology); `sses` → `ss`; `es` after s, x, z, ch or sh
//    (reaches → reach); `s`, but not after s, u or i (posts → post, but process, status, crisis stay);
//    `ing` and `ed` when at least three letters remain (monitoring → monitor, suspended → suspend);
//    `ly` when at least four letters remain (respectfully → respectful).
// 3. Then drop a final `e` when at least four letters remain (terminate, terminated → terminat).
// Nothing else: "suspension" and "suspend" stay different words, so a
// catalogue lists both as terms. Simple and predictable beats clever here.

export interface Token {
  /** The stem, as compared. */
  stem: string;
  /** Where the word starts and ends in the text (for excerpts). */
  start: number;
  end: number;
}

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function stem(word: string): string {
  let w = word.toLowerCase().replace(/’/g, "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  w = w.replace(/'/g, '');
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:s|x|z|ch|sh)es$/.test(w) && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/[sui]s$/.test(w) && w.length > 3) w = w.slice(0, -1);
  else if (w.endsWith('ing') && w.length - 3 >= 3) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length - 2 >= 3) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length - 2 >= 4) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length - 1 >= 4) w = w.slice(0, -1);
  return w;
}

export function tokenize(text: string): Token[] {
  return [...text.matchAll(wordPattern)].map((match) => ({
    stem: stem(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

export function wordCount(text: string): number {
  return [...text.matchAll(wordPattern)].length;
}

export interface TermMatch {
  /** The term from the catalogue that matched. */
  term: string;
  /** The words as written in the text. */
  found: string;
  start: number;
}

/** The first occurrence of any of the terms (each a word or a phrase) in the text. */
export function findTerms(text: string, terms: readonly string[], tokens = tokenize(text)): TermMatch | undefined {
  let best: TermMatch | undefined;
  for (const term of terms) {
    const wanted = tokenize(term).map((token) => token.stem);
    if (wanted.length === 0) continue;
    for (let index = 0; index + wanted.length <= tokens.length; index++) {
      if (best && tokens[index]!.start >= best.start) break;
      if (wanted.every((part, offset) => tokens[index + offset]!.stem === part)) {
        const first = tokens[index]!;
        const last = tokens[index + wanted.length - 1]!;
        best = { term, found: text.slice(first.start, last.end), start: first.start };
        break;
      }
    }
  }
  return best;
}
