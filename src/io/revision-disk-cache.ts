// A parse cache on disk for past revisions, keyed by blob id: a committed blob
// never changes, so once parsed it need not be parsed again by the next build.
// Entries live under a folder named after the code that made them (the core's
// source and the locked dependencies), so changing the parser, the renderer or
// a package starts a fresh cache and an old result is never reused. Entries are
// written atomically in V8's structured-clone format (the same plain data a
// worker thread sends back), so a cached revision is exactly a parsed one.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import {
  receivedRevision,
  type LoadedSource,
  type RevisionParser,
  type RevisionToParse,
} from '../core/versions/load-revision.ts';
import { readCacheEntry, writeCacheEntries } from './cache-folder.ts';

export interface DiskCacheStats {
  hits: number;
  misses: number;
}

export interface DiskCacheOptions {
  /** The cache folder (entries go in a sub-folder per code version). */
  folder: string;
  /** Names the code that parses; see `codeVersion`. */
  version: string;
  stats?: DiskCacheStats;
}

export function diskCachedParser(inner: RevisionParser, options: DiskCacheOptions): RevisionParser {
  const folder = join(options.folder, options.version);
  const stats = options.stats ?? { hits: 0, misses: 0 };
  return {
    parse: async (revisions) => {
      const results: LoadedSource[] = new Array<LoadedSource>(revisions.length);
      const missing: number[] = [];
      revisions.forEach((revision, index) => {
        const cached = readEntry(join(folder, entryName(revision)));
        if (cached) results[index] = cached;
        else missing.push(index);
      });
      stats.hits += revisions.length - missing.length;
      stats.misses += missing.length;
      if (missing.length === 0) return results;
      const parsed = await inner.parse(missing.map((index) => revisions[index]!));
      missing.forEach((index, position) => {
        results[index] = parsed[position]!;
      });
      await writeEntries(
        options.folder,
        folder,
        missing.map((index, position) => [revisions[index]!, parsed[position]!] as const),
      );
      return results;
    },
  };
}

/**
 * The version of the code that turns bytes into a parsed revision: a hash of
 * every core source file and of the lock file.
 */
export function codeVersion(projectRoot: string): string {
  const hash = createHash('sha256');
  const core = join(projectRoot, 'src', 'core');
  const files = (readdirSync(core, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of [...files, join(projectRoot, 'package-lock.json')]) {
    hash.update(file.slice(projectRoot.length)).update('\0');
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('missing');
    }
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

function entryName(revision: RevisionToParse): string {
  return createHash('sha256').update(`${revision.blob}\0${revision.path}`).digest('hex');
}

function readEntry(file: string): LoadedSource | undefined {
  const stored = readCacheEntry(file);
  if (stored === undefined) return undefined;
  try {
    return receivedRevision(stored as Parameters<typeof receivedRevision>[0]);
  } catch {
    // A damaged entry is parsed again (and rewritten).
    return undefined;
  }
}

function writeEntries(
  root: string,
  folder: string,
  entries: readonly (readonly [RevisionToParse, LoadedSource])[],
): Promise<void> {
  return writeCacheEntries(
    root,
    folder,
    entries.map(([revision, source]) => {
      const plain: Partial<LoadedSource['document']> = { ...source.document };
      delete plain.locate;
      delete plain.tree;
      return [entryName(revision), { ...source, document: plain }] as const;
    }),
  );
}
