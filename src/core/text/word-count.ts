// What counts as a word, for the counts in versions and redlines: a run of
// letters or digits, with inner apostrophes and hyphens ("City's", "e-mail").
// Punctuation and spacing are not words, so a comma-only change counts 0 words.
const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(wordPattern)?.length ?? 0;
}
