// The official number of an instrument, when the document writes it near its
// top: "Administrative Instruction 1-19", "AI 1-19", "General Order 1-44".
// Kept as written; a document that gives no number gets none.
const pattern =
  /\b(?:Administrative Instruction|Executive Instruction|General Order|Special Order|Resolution|Ordinance|AI|EI|SOP)\s+(?:No\.?\s*|Number\s+)?\d+(?:[-.]\d+)*\b/;

export function numberIn(texts: readonly string[]): string | undefined {
  for (const text of texts) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return undefined;
}
