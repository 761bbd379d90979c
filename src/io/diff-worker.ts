// Worker thread of `workerPairDiffer`: computes the redlines of the jobs it is
// sent with the same pure core function the main thread uses.
import { parentPort } from 'node:worker_threads';
import { runDiffJob, type DiffJob } from '../core/diff/jobs.ts';
import type { DiffModel } from '../core/diff/types.ts';

export interface DiffRequest {
  index: number;
  job: DiffJob;
}

export interface DiffReply {
  index: number;
  models: DiffModel[];
  error?: string;
}

parentPort?.on('message', ({ index, job }: DiffRequest) => {
  try {
    parentPort?.postMessage({ index, models: runDiffJob(job) } satisfies DiffReply);
  } catch (error) {
    parentPort?.postMessage({ index, models: [], error: String(error) } satisfies DiffReply);
  }
});
