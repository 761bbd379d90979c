// The redline cache on disk: a build after one policy changed computes only the
// redlines whose versions changed, gives back exactly what was computed, and
// never keeps a redline that ran out of time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runDiffJob, type DiffJob, type PairDiffer } from '../../src/core/diff/jobs.ts';
import type { DiffVersion } from '../../src/core/diff/index.ts';
import { diffSideOf, prepareRevision } from '../../src/core/versions/load-revision.ts';
import { blocksOfBody } from '../../src/core/document/body-blocks.ts';
import { diskCachedDiffer } from '../../src/io/redline-disk-cache.ts';
import type { DiskCacheStats } from '../../src/io/revision-disk-cache.ts';
import { BODY_V1, policyText } from './git-repo.ts';

function version(name: string, body: string): DiffVersion {
  const text = policyText({ version: name, status: 'adopted', adopted: '2024-01-15', body });
  const side = diffSideOf(prepareRevision('policy/social-media.mdx', new TextEncoder().encode(text)), name);
  // Without its readable blocks: one test below adds them, to show that they are not part of the key.
  delete side.blocks;
  return side;
}

const BODY_V2 = BODY_V1.replace('City social media accounts', 'City social media accounts and pages');
const v1 = version('1.0', BODY_V1);
const v2 = version('2.0', BODY_V2);
const v3 = version('3.0', `${BODY_V2}\n## Appeals\n\nA decision may be appealed to the director.\n`);
const job = (versions: DiffVersion[]): DiffJob => ({
  policy: 'social-media',
  versions,
  pairs: versions.slice(1).map((_, index) => [index, index + 1] as const),
});

/** Records which pairs (`from..to`) reach the real differ. */
function countingDiffer(transform = (model: ReturnType<typeof runDiffJob>[number]) => model) {
  const computed: string[] = [];
  const differ: PairDiffer = {
    diff: async (jobs) =>
      jobs.map((one) => {
        computed.push(...one.pairs.map(([from, to]) => `${one.versions[from]!.version}..${one.versions[to]!.version}`));
        return runDiffJob(one).map(transform);
      }),
  };
  return { computed, differ };
}

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
function cacheFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'policy-redline-cache-'));
  folders.push(folder);
  return folder;
}

describe('the redline cache on disk', () => {
  it('computes each redline once across builds, and after an edit only the redlines it touches', async () => {
    const folder = cacheFolder();
    const stats: DiskCacheStats = { hits: 0, misses: 0 };
    const first = countingDiffer();
    const cold = await diskCachedDiffer(first.differ, { folder, version: 'v1', stats }).diff([job([v1, v2])]);
    expect(first.computed).toEqual(['1.0..2.0']);

    const second = countingDiffer();
    const warm = await diskCachedDiffer(second.differ, { folder, version: 'v1', stats }).diff([job([v1, v2])]);
    expect(second.computed).toEqual([]);
    expect(warm).toEqual(cold);
    expect(warm).toEqual([runDiffJob(job([v1, v2]))]);

    // A pull request adds version 3.0: only the new pair is computed.
    const third = countingDiffer();
    const edited = await diskCachedDiffer(third.differ, { folder, version: 'v1', stats }).diff([job([v1, v2, v3])]);
    expect(third.computed).toEqual(['2.0..3.0']);
    expect(edited).toEqual([runDiffJob(job([v1, v2, v3]))]);
    expect(stats).toEqual({ hits: 2, misses: 2 });
  });

  // The key names what decides a side (its text, format, where the text starts, its front matter), not the
  // form it came in: v8's serializer wrote the same offset as an integer or a double depending on how the version
  // was made, so the first build after an edit found none of the redlines before it. Readable blocks, which a
  // version carries only when it was rendered, are made from its text and need not be in the key either.
  it('finds a redline whatever form its versions came in: with or without their readable blocks', async () => {
    const folder = cacheFolder();
    const rendered = (side: DiffVersion): DiffVersion => ({ ...side, blocks: blocksOfBody(side.text) });
    await diskCachedDiffer(countingDiffer().differ, { folder, version: 'v1' }).diff([
      job([rendered(v1), rendered(v2)]),
    ]);
    const again = countingDiffer();
    await diskCachedDiffer(again.differ, { folder, version: 'v1' }).diff([job([v1, v2])]);
    expect(again.computed).toEqual([]);
  });

  it('starts afresh for another version of the code', async () => {
    const folder = cacheFolder();
    await diskCachedDiffer(countingDiffer().differ, { folder, version: 'v1' }).diff([job([v1, v2])]);
    const other = countingDiffer();
    await diskCachedDiffer(other.differ, { folder, version: 'v2' }).diff([job([v1, v2])]);
    expect(other.computed).toEqual(['1.0..2.0']);
  });

  it('does not keep a redline that ran out of time on a passage', async () => {
    const folder = cacheFolder();
    const timedOut = countingDiffer((model) => ({
      ...model,
      sections: model.sections.map((section, index) => (index === 0 ? { ...section, fallback: 'timeout' } : section)),
    }));
    await diskCachedDiffer(timedOut.differ, { folder, version: 'v1' }).diff([job([v1, v2])]);
    const again = countingDiffer();
    await diskCachedDiffer(again.differ, { folder, version: 'v1' }).diff([job([v1, v2])]);
    expect(again.computed).toEqual(['1.0..2.0']);
  });
});
