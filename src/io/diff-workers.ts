// Shares the redlines of a site build between this thread and worker threads.
// Each job (one policy's redlines) runs once, here or on a worker, with the same
// core function; jobs are handed out from one queue, two at a time to a worker, so all sides stay busy.
// This thread takes a share because it would otherwise wait, and what it
// computes need not be copied between threads. Small builds stay in this thread.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { diffSide, runDiffJob, type DiffJob, type PairDiffer } from '../core/diff/jobs.ts';
import type { DiffModel } from '../core/diff/types.ts';
import type { DiffReply, DiffRequest } from './diff-worker.ts';

export interface WorkerDifferOptions {
  /** Below this many redlines in all, stay in this thread. */
  minimum?: number;
  /** Worker threads besides this one; defaults to one fewer than the cores. */
  workers?: number;
}

export function workerPairDiffer(options: WorkerDifferOptions = {}): PairDiffer {
  const minimum = options.minimum ?? 200;
  return {
    diff: async (jobs) => {
      const pairs = jobs.reduce((sum, job) => sum + job.pairs.length, 0);
      const workers = Math.min(options.workers ?? availableParallelism() - 1, jobs.length - 1);
      if (pairs < minimum || workers < 1) return jobs.map((job) => runDiffJob(job));
      return shareJobs(jobs, workers);
    },
  };
}

/**
 * Jobs each worker holds at once: the one it works on and the next. This thread
 * reads replies only between its own jobs, so a worker given one job at a time
 * waited for this thread to finish one (a third of its time at 50 × 20).
 */
const JOBS_IN_HAND = 2;

async function shareJobs(jobs: readonly DiffJob[], count: number): Promise<DiffModel[][]> {
  const results: DiffModel[][] = new Array<DiffModel[]>(jobs.length);
  let next = 0;
  const take = () => (next < jobs.length ? next++ : undefined);
  const workers = Array.from({ length: count }, () => new Worker(new URL('./diff-worker.ts', import.meta.url)));
  try {
    const remote = workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          let inHand = 0;
          const send = () => {
            const index = take();
            if (index === undefined) {
              if (inHand === 0) resolve();
              return;
            }
            const job = jobs[index]!;
            const request: DiffRequest = { index, job: { ...job, versions: job.versions.map(diffSide) } };
            worker.postMessage(request);
            inHand++;
          };
          worker.on('message', (reply: DiffReply) => {
            inHand--;
            if (reply.error !== undefined) {
              reject(new Error(`Computing a redline failed: ${reply.error}`));
              return;
            }
            results[reply.index] = reply.models;
            send();
          });
          worker.on('error', reject);
          for (let held = 0; held < JOBS_IN_HAND; held++) send();
        }),
    );
    // Handled now, awaited below: a worker failing while this thread works must not be an unhandled rejection.
    const remoteDone = Promise.all(remote);
    remoteDone.catch(() => undefined);
    // This thread works through the same queue, yielding between jobs so that replies are read.
    for (let index = take(); index !== undefined; index = take()) {
      results[index] = runDiffJob(jobs[index]!);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await remoteDone;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
