// Small helpers for the plain-language reasons of a compliance report.

/** "#a, #b and #c" */
export function anchorList(anchors: readonly string[]): string {
  return describeList(
    anchors.map((anchor) => `#${anchor}`),
    'and',
  );
}

/** "a, b or c" (no quoting: these are words for people). */
export function describeList(items: readonly string[], conjunction = 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** A sentence shortened for quoting inside a message. */
export function phrase(sentence: string, limit = 90): string {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
