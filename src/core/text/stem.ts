// A light, fixed stemming rule for comparing passages (the redline's similarity
// of two sections or clauses): "posts" and "post", "monitoring" and "monitor"
// count as the same word. It is deliberately simple and predictable, and is not
// the compliance reading, which uses real lemmas (mandates/reading.ts).
//
// 1. Lower-case the word, turn curly apostrophes straight, drop a final `'s`.
// 2. Remove at most one ending, the first that applies:
//    `ies` → `y`; `sses` → `ss`; `es` after s, x, z, ch or sh; `s`, but not after s, u or i;
//    `ing` and `ed` when at least three letters remain; `ly` when at least four remain.
// 3. Then drop a final `e` when at least four letters remain.
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
