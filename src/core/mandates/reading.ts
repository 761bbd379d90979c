// Reading text as sentences of lemmas, so that a concept is found by meaning
// of the words, not by their spelling: "reviewed", "reviews" and "reviewing"
// are all the lemma `review`, "banned" is `ban`, "individuals" is `individual`.
//
// The lemmas come from wink-nlp with its English "lite" model, which ships in
// the npm package (no download at run time). Its output is deterministic: the
// same text always gives the same sentences and lemmas.
//
// The text is read lower-cased: the model takes a capitalised word at the
// start of a sentence or in a title-cased line for a proper name and would not
// reduce it ("Employees" would stay "employees"). Lower-casing keeps the
// offsets, so quotes are still taken from the text as written.
import winkNLP, { type ItemSentence, type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model);
const its = nlp.its;
// wink's type declarations give `its.lemma` a signature `out()` does not accept; at run time it is a helper like the others.
const lemmaOf = its.lemma as unknown as typeof its.value;

export interface Word {
  /** The word as written. */
  text: string;
  /** Its lemma, lower-case: `review` for "Reviewed". */
  lemma: string;
  /** Universal part of speech: `NOUN`, `VERB`, `AUX`, `PART`… */
  pos: string;
  /** Offsets into the text given to `readSentences`. */
  start: number;
  end: number;
}

export interface ReadSentence {
  /** The sentence as written (line breaks inside it turned into spaces). */
  text: string;
  /** Offsets into the text given to `readSentences`. */
  start: number;
  end: number;
  words: Word[];
  /** The first sentence of a list item ("- Personal attacks;", "(b) Spam."). */
  listItem: boolean;
}

// A line that starts a list item: "- ", "* ", "• ", "1. ", "a) ", "(iv) ".
const listMarker = /^\s*(?:[-*•▪◦·–]\s|\(?(?:\d{1,3}|[A-Za-z]|[ivxlcdm]{1,6})[.)]\s)/i;
const endsUnit = /[.;:!?]["'”’)]*\s*$/;

/**
 * Splits a text into sentences. Blank lines end a paragraph; a line break ends
 * a sentence when the line ends with punctuation or the next line starts a list
 * item; otherwise a line break is a wrapped line, read as a space.
 */
export function readSentences(text: string): ReadSentence[] {
  const sentences: ReadSentence[] = [];
  for (const unit of unitsOf(text)) {
    const lower = unit.text.toLowerCase();
    // Lower-casing changes the length of a few characters (İ): read the text as written then.
    const doc = nlp.readDoc(lower.length === unit.text.length ? lower : unit.text);
    let cursor = 0;
    let first = true;
    doc.sentences().each((sentence: ItemSentence) => {
      const words: Word[] = [];
      sentence.tokens().each((token: ItemToken) => {
        // wink keeps each token's value and the spaces before it, so offsets are a running sum.
        const value = String(token.out(its.value));
        cursor += String(token.out(its.precedingSpaces)).length;
        const found = lower.indexOf(value, cursor);
        // The model may normalise a token (rare); keep the running position when it does.
        const at = found >= 0 && found - cursor < 8 ? found : cursor;
        cursor = at + value.length;
        words.push({
          text: unit.text.slice(at, at + value.length),
          lemma: String(token.out(lemmaOf)).toLowerCase(),
          pos: String(token.out(its.pos)),
          start: unit.start + at,
          end: unit.start + at + value.length,
        });
      });
      if (!words.some((word) => /[\p{L}\p{N}]/u.test(word.text))) return;
      const start = words[0]!.start;
      const end = words.at(-1)!.end;
      const listItem = unit.listItem && first;
      first = false;
      sentences.push({ text: unit.text.slice(start - unit.start, end - unit.start), start, end, words, listItem });
    });
  }
  return sentences;
}

interface Unit {
  /** The paragraph or list item, wrapped lines joined by a space. */
  text: string;
  /** Its offset in the whole text (joins keep lengths, so every offset inside is start + i). */
  start: number;
  /** It started with a list marker or clause label. */
  listItem: boolean;
}

/** Paragraphs and list items, with wrapped lines joined by a space (same length, so offsets hold). */
function unitsOf(text: string): Unit[] {
  const units: Unit[] = [];
  const lines = text.split('\n');
  let offset = 0;
  let current: { start: number; parts: string[] } | undefined;
  const flush = () => {
    // The list marker or clause label is not part of the sentence ("1." would read as a sentence of its own).
    const marker = current ? (listMarker.exec(current.parts[0]!)?.[0].length ?? 0) : 0;
    if (current && marker > 0) {
      current.parts[0] = current.parts[0]!.slice(marker);
      current.start += marker;
    }
    if (current && current.parts.join(' ').trim() !== '')
      units.push({ text: current.parts.join(' '), start: current.start, listItem: marker > 0 });
    current = undefined;
  };
  for (const line of lines) {
    if (line.trim() === '') {
      flush();
    } else {
      const previous = current?.parts.at(-1);
      if (current && previous !== undefined && !endsUnit.test(previous) && !listMarker.test(line)) {
        current.parts.push(line);
      } else {
        flush();
        current = { start: offset, parts: [line] };
      }
    }
    offset += line.length + 1;
  }
  flush();
  return units;
}
