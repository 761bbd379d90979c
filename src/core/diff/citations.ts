// How a redline names a group of clauses that moved together.

/**
 * Clause citations as a reader writes them: ["§K", "§K(a)", "§K(b)", …, "§K(l)"]
 * → "K and K(a)–(l)". Runs of consecutive sub-clauses of one clause are joined.
 */
export function citationRange(citations: readonly string[]): string {
  const groups: { parent: string; labels: string[] }[] = [];
  for (const citation of citations) {
    const bare = citation.replace(/^§/, '');
    const match = /^(.*)\(([^()]+)\)$/.exec(bare);
    const parent = match ? match[1]! : '';
    const label = match ? match[2]! : bare;
    const last = groups.at(-1);
    if (last && last.parent === parent) last.labels.push(label);
    else groups.push({ parent, labels: [label] });
  }
  const parts = groups.flatMap((group) => {
    if (group.parent === '') return group.labels;
    const runs: string[][] = [];
    for (const label of group.labels) {
      const run = runs.at(-1);
      if (run && next(run.at(-1)!) === label) run.push(label);
      else runs.push([label]);
    }
    return runs.map((run) =>
      run.length === 1 ? `${group.parent}(${run[0]})` : `${group.parent}(${run[0]})–(${run.at(-1)})`,
    );
  });
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function next(label: string): string {
  if (/^\d+$/.test(label)) return String(Number(label) + 1);
  if (/^[a-z]$/i.test(label)) return String.fromCharCode(label.charCodeAt(0) + 1);
  return `${label}\u0000`;
}
