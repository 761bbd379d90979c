// Parses past revisions on worker threads, so a site build with a long history
// uses every core: parsing Markdown is most of the pipeline's work, and each
// revision is independent of the others. The core receives plain data
// (`RevisionParser`) and never knows about threads. Small histories are parsed
// in this thread: starting workers costs more than it saves.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  prepareRevision,
  receivedRevision,
  type LoadedSource,
  type RevisionParser,
  type RevisionToParse,
} from '../core/versions/load-revision.ts';
import type { ParseReply, ParseRequest } from './revision-worker.ts';

export interface WorkerParserOptions {
  /** Below this many revisions, parse in this thread. */
  minimum?: number;
  /** How many worker threads; defaults to the number of cores. */
  threads?: number;
}

/** Revisions sent per message: enough to keep messages few, few enough to share the work evenly. */
const BATCH = 4;

export function workerRevisionParser(options: WorkerParserOptions = {}): RevisionParser {
  const minimum = options.minimum ?? 64;
  return {
    parse: async (revisions) => {
      const threads = Math.min(options.threads ?? availableParallelism(), Math.ceil(revisions.length / BATCH));
      if (revisions.length < minimum || threads < 2) {
        return revisions.map(({ path, bytes }) => prepareRevision(path, bytes));
      }
      return parseOnWorkers(revisions, threads);
    },
  };
}

async function parseOnWorkers(revisions: readonly RevisionToParse[], threads: number): Promise<LoadedSource[]> {
  const results: LoadedSource[] = new Array<LoadedSource>(revisions.length);
  const batches: number[][] = [];
  for (let start = 0; start < revisions.length; start += BATCH) {
    batches.push(Array.from({ length: Math.min(BATCH, revisions.length - start) }, (_, index) => start + index));
  }
  let next = 0;
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./revision-worker.ts', import.meta.url)));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= batches.length) {
                resolve();
                return;
              }
              const batch = next++;
              const request: ParseRequest = {
                batch,
                revisions: batches[batch]!.map((index) => ({
                  path: revisions[index]!.path,
                  bytes: revisions[index]!.bytes,
                })),
              };
              worker.postMessage(request);
            };
            worker.on('message', (reply: ParseReply) => {
              if (reply.error !== undefined) {
                reject(new Error(`Parsing a past revision failed: ${reply.error}`));
                return;
              }
              batches[reply.batch]!.forEach((index, position) => {
                results[index] = receivedRevision(reply.sources[position]!);
              });
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
