// The redlines of one policy as a unit of work: its versions and which pairs to
// compare. The pipeline hands all policies' jobs to a `PairDiffer` at once, so
// the site build can share them between threads (`src/io/diff-workers.ts`);
// `runDiffJob` is the work itself, wherever it runs.
import { diffVersions, type ComplianceSubject, type DiffModel, type DiffVersion } from './index.ts';
import { rememberingWordDiffer } from './word-memo.ts';

export interface DiffJob {
  /** The policy id, for the models. */
  policy: string;
  versions: readonly DiffVersion[];
  /** Pairs of indexes into `versions`: from, to. */
  pairs: readonly (readonly [number, number])[];
  /** Time allowed per jsdiff call (see `diffVersions`). */
  timeoutMs?: number;
}

/** Computes the redlines of many jobs; the result holds each job's models, in the order given. */
export interface PairDiffer {
  diff(jobs: readonly DiffJob[]): Promise<DiffModel[][]>;
}

export function runDiffJob<C = unknown>(job: DiffJob, evaluate?: (subject: ComplianceSubject) => C): DiffModel<C>[] {
  // The pairs of one policy compare the same passages many times over: each is diffed once.
  const words = rememberingWordDiffer();
  return job.pairs.map(([from, to]) =>
    diffVersions(job.versions[from]!, job.versions[to]!, {
      policy: job.policy,
      evaluate,
      timeoutMs: job.timeoutMs,
      words,
    }),
  );
}

/** What a diff needs of a version (not its HTML or edit log), to send a job to another thread. */
export function diffSide(version: DiffVersion): DiffVersion {
  const { version: name, text, sections, bodyStart, frontMatter, sha256, blocks, format } = version;
  return { version: name, text, sections, bodyStart, frontMatter, sha256, blocks, format };
}
