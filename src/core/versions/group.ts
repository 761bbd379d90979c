// Groups a file's revisions into versions by their front matter `version`.
import type { Revision } from '../ports.ts';
import type { PolicyFrontMatter } from '../schemas/types.ts';
import type { LoadedSource } from './load-revision.ts';

/** One usable revision: committed (with its commit) or the working tree (without). */
export interface Entry {
  revision: Revision | undefined;
  source: LoadedSource;
  frontMatter: PolicyFrontMatter;
  body: string;
  pr: number | null;
}

export interface Group {
  version: string;
  entries: Entry[];
  /** The last revision: its text is the version's text. */
  last: Entry;
}

/**
 * Consecutive revisions with the same `version` form one group. A number that
 * comes back after another one starts a new group (the order check reports it);
 * only the latest group of a number is kept as that version.
 */
export function groupByVersion(entries: readonly Entry[]): { ordered: Group[]; kept: Group[] } {
  const ordered: Group[] = [];
  for (const entry of entries) {
    const current = ordered.at(-1);
    if (current && current.version === entry.frontMatter.version) {
      current.entries.push(entry);
      current.last = entry;
    } else {
      ordered.push({ version: entry.frontMatter.version, entries: [entry], last: entry });
    }
  }
  const kept = ordered.filter(
    (group, index) => !ordered.slice(index + 1).some((later) => later.version === group.version),
  );
  return { ordered, kept };
}
