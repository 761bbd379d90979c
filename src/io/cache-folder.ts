// The folder of one build cache on disk (parsed revisions, redlines): entries
// are v8-serialised values in a folder named after the code that made them, so
// a change to the code starts afresh. Shared by `revision-disk-cache.ts` and
// `redline-disk-cache.ts`; each decides its own keys and what an entry holds.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { writeFileAtomic } from './atomic-write.ts';

/** The value stored at `file`, or undefined when there is none or it is damaged (it is then made again). */
export function readCacheEntry(file: string): unknown {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  try {
    return deserialize(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Writes the entries into `folder` (inside `root`), after removing the folders
 * of other versions of the code, whose entries can never be used again.
 */
export async function writeCacheEntries(
  root: string,
  folder: string,
  entries: readonly (readonly [name: string, value: unknown])[],
): Promise<void> {
  try {
    mkdirSync(folder, { recursive: true });
    for (const entry of readdirSync(root, { withFileTypes: true })) {
      if (entry.isDirectory() && join(root, entry.name) !== folder) {
        rmSync(join(root, entry.name), { recursive: true, force: true });
      }
    }
    await Promise.all(entries.map(([name, value]) => writeFileAtomic(join(folder, name), serialize(value))));
  } catch {
    // The cache only saves time: a folder that cannot be written leaves the build as it was.
  }
}
