// A cache on disk for redlines, so that a build after a small change (a pull
// request editing one policy) computes only the redlines whose versions
// changed. A redline is a pure function of its two versions (the parts a diff
// reads: `diffSide`), the policy id and the time allowed, so those, hashed, are
// its key. Entries live under a folder named after the code that made them,
// as in the parse cache (`revision-disk-cache.ts`), so a change to the diff
// code or a dependency starts afresh. A redline that ran out of time on some
// passage is not kept: on a less busy machine it may be computed in full.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { diffSide, type DiffJob, type PairDiffer } from '../core/diff/jobs.ts';
import type { DiffVersion } from '../core/diff/index.ts';
import type { DiffModel } from '../core/diff/types.ts';
import { readCacheEntry, writeCacheEntries } from './cache-folder.ts';
import type { DiskCacheOptions } from './revision-disk-cache.ts';

export function diskCachedDiffer(inner: PairDiffer, options: DiskCacheOptions): PairDiffer {
  const folder = join(options.folder, options.version);
  const stats = options.stats ?? { hits: 0, misses: 0 };
  return {
    diff: async (jobs) => {
      const results: DiffModel[][] = jobs.map((job) => new Array<DiffModel>(job.pairs.length));
      // What is left to compute: each job with only its pairs not found on disk.
      const left: { job: number; pairs: number[]; keys: string[] }[] = [];
      jobs.forEach((job, jobIndex) => {
        const sides = job.versions.map(sideKey);
        const missing = { job: jobIndex, pairs: [] as number[], keys: [] as string[] };
        job.pairs.forEach(([from, to], pairIndex) => {
          const key = hashOf(Buffer.from(JSON.stringify([job.policy, job.timeoutMs ?? null, sides[from], sides[to]])));
          const cached = readEntry(join(folder, key));
          if (cached) results[jobIndex]![pairIndex] = cached;
          else {
            missing.pairs.push(pairIndex);
            missing.keys.push(key);
          }
        });
        if (missing.pairs.length > 0) left.push(missing);
      });
      const total = jobs.reduce((sum, job) => sum + job.pairs.length, 0);
      const computed = left.reduce((sum, entry) => sum + entry.pairs.length, 0);
      stats.hits += total - computed;
      stats.misses += computed;
      if (left.length === 0) return results;
      const reduced: DiffJob[] = left.map(({ job, pairs }) => ({
        ...jobs[job]!,
        pairs: pairs.map((pair) => jobs[job]!.pairs[pair]!),
      }));
      const models = await inner.diff(reduced);
      const toWrite: [string, DiffModel][] = [];
      left.forEach(({ job, pairs, keys }, index) => {
        pairs.forEach((pair, position) => {
          const model = models[index]![position]!;
          results[job]![pair] = model;
          if (model.sections.every((section) => section.fallback === null)) toWrite.push([keys[position]!, model]);
        });
      });
      await writeCacheEntries(options.folder, folder, toWrite);
      return results;
    },
  };
}

/**
 * What decides one side of a redline, hashed. JSON, not v8's serializer: that one writes a number as an integer
 * or as a double depending on how it was computed, so the same version read from the parse cache and parsed
 * afresh gave different keys, and the first build after an edit found none of the redlines of the build before
 * (all 1,852 computed again: 36 s instead of 24 s on the 50 × 20 benchmark). The side's sections and blocks
 * follow from its text, its format and where the text starts in the file, given the code (which names the
 * folder), so they need not be hashed at all.
 */
function sideKey(version: DiffVersion): string {
  const side = diffSide(version);
  const text = side.sha256 ?? hashOf(Buffer.from(side.text));
  return hashOf(
    Buffer.from(JSON.stringify([side.version, text, side.bodyStart, side.format ?? null, side.frontMatter ?? null])),
  );
}

function hashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function readEntry(file: string): DiffModel | undefined {
  return readCacheEntry(file) as DiffModel | undefined;
}
