import { describe, expect, it } from 'vitest';
import { memoryFiles } from '../../src/core/repository/files.ts';
import { memoryHistory } from '../../src/core/versions/memory-history.ts';
import { buildSiteModel } from '../../src/core/publish/site-model.ts';
import { diffSideOf, prepareRevision } from '../../src/core/versions/load-revision.ts';
import { batchesByFile, batchLength, workerRevisionParser } from '../../src/io/revision-workers.ts';
import { workerPairDiffer } from '../../src/io/diff-workers.ts';
import { BODY_V1, policyText } from './git-repo.ts';

const PATH = 'policy/social-media.mdx';
const encoder = new TextEncoder();
const texts = Array.from({ length: 9 }, (_, index) =>
  policyText({
    version: `1.${index}`,
    status: 'adopted',
    adopted: `2024-01-${String(index + 10)}`,
    change: `Revision ${index}.`,
    body: `${BODY_V1.replace('may be hidden', `may be hidden ${'for a while '.repeat(index)}`)}`,
  }),
);
// A revision whose front matter is invalid: parsed, reported, never rendered.
const broken = '---\nid: social-media\n---\n\n## Rules\n\nText.\n';

// Without the live `locate` function, which never crosses a thread.
const plain = (source: ReturnType<typeof prepareRevision>) => ({
  ...source,
  document: { ...source.document, locate: undefined },
});

describe('parsing past revisions and computing redlines on worker threads', () => {
  it('sends each file in as few messages as still keeps every thread busy', () => {
    // The bench repository: 50 files of 20 revisions on 2 threads, one message per file.
    expect(batchLength(1000, 2)).toBe(125);
    const bench = Array.from({ length: 1000 }, (_, index) => ({
      blob: String(index),
      path: `policy/p-${Math.floor(index / 20)}.mdx`,
      bytes: new Uint8Array(),
    }));
    expect(batchesByFile(bench, batchLength(bench.length, 2)).map((batch) => batch.length)).toEqual(
      Array.from({ length: 50 }, () => 20),
    );
    // One file with a long history still spreads over both threads, in runs of consecutive revisions.
    const long = bench.map((revision) => ({ ...revision, path: 'policy/one.mdx' }));
    const batches = batchesByFile(long, batchLength(long.length, 2));
    expect(batches.map((batch) => batch.length)).toEqual(Array.from({ length: 8 }, () => 125));
    expect(batches[1]![0]).toBe(125);
    // Small histories keep runs of ten.
    expect(batchLength(30, 2)).toBe(10);
  });

  it('gives the same parsed revisions as parsing in this thread, in the order asked', async () => {
    const revisions = [...texts, broken].map((text, index) => ({
      blob: `blob-${index}`,
      path: PATH,
      bytes: encoder.encode(text),
    }));
    const parsed = await workerRevisionParser({ minimum: 0, threads: 2 }).parse(revisions);
    expect(parsed.map(plain)).toEqual(revisions.map(({ path, bytes }) => plain(prepareRevision(path, bytes))));
    expect(parsed.at(-1)!.document.frontMatter).toBeUndefined();
    expect(parsed.at(-1)!.document.html).toBeUndefined();
    expect(parsed[0]!.document.locate(['version'])).toEqual({ line: 1, column: 1 });
  });

  it('builds the same site model as parsing each revision when first needed and diffing in this thread', async () => {
    const options = () => ({
      files: memoryFiles({ [PATH]: texts.at(-1)! }),
      today: '2024-06-01',
      history: memoryHistory({
        [PATH]: [...texts.slice(0, -1), broken].map((text, index) => ({
          commit: String(index).repeat(40),
          text,
          message: `Revision ${index}`,
        })),
      }),
    });
    const lazy = await buildSiteModel(options());
    const ahead = await buildSiteModel({
      ...options(),
      revisionParser: workerRevisionParser({ minimum: 0, threads: 2 }),
      pairDiffer: workerPairDiffer({ minimum: 0 }),
    });
    expect(ahead.policies[0]!.versions).toHaveLength(9);
    // Each version against the next and against the newest (the newest is in force): 8 + 7.
    expect(ahead.policies[0]!.diffs).toHaveLength(15);
    expect(JSON.stringify(ahead)).toBe(JSON.stringify(lazy));
  });
});

describe('sharing redlines between threads', () => {
  it('returns each job’s redlines in the order given, as computed in this thread', async () => {
    const { runDiffJob } = await import('../../src/core/diff/jobs.ts');
    const versions = texts.map((text, index) => diffSideOf(prepareRevision(PATH, encoder.encode(text)), `1.${index}`));
    const jobs = [0, 1, 2, 3].map((start) => ({
      policy: `policy-${start}`,
      versions: versions.slice(start, start + 4),
      pairs: [
        [0, 1],
        [0, 3],
        [2, 3],
      ] as const,
    }));
    const shared = await workerPairDiffer({ minimum: 0, workers: 1 }).diff(jobs);
    expect(
      shared.map((models) => models.map((model) => `${model.policy} ${model.from.version}..${model.to.version}`)),
    ).toEqual(
      jobs.map((job) =>
        job.pairs.map(([from, to]) => `${job.policy} ${job.versions[from]!.version}..${job.versions[to]!.version}`),
      ),
    );
    expect(JSON.stringify(shared)).toBe(JSON.stringify(jobs.map((job) => runDiffJob(job))));
  });
});
