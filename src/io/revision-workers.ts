// Parses past revisions on worker threads, so a site build with a long history
// uses every core: parsing Markdown is most of the pipeline's work, and each
// revision is independent of the others. The core receives plain data
// (`RevisionParser`) and never knows about threads. Small histories are parsed
// in this thread: starting workers costs more than it saves.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  prepareRevisions,
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

/**
 * Revisions per message, all of one file: its revisions share the parsing of
 * the blocks they have in common (`prepareRevisions`), and each message starts
 * with an empty parser that parses its first revision whole. So a message holds
 * as many revisions as still gives every thread several messages (a file with
 * a long history still spreads over every thread), and at least `MIN_BATCH`.
 */
const MIN_BATCH = 10;
const MESSAGES_PER_THREAD = 4;

export function batchLength(revisions: number, threads: number): number {
  return Math.max(MIN_BATCH, Math.ceil(revisions / (threads * MESSAGES_PER_THREAD)));
}

export function workerRevisionParser(options: WorkerParserOptions = {}): RevisionParser {
  const minimum = options.minimum ?? 64;
  return {
    parse: async (revisions) => {
      const threads = Math.min(options.threads ?? availableParallelism(), batchesByFile(revisions).length);
      if (revisions.length < minimum || threads < 2) {
        return prepareRevisions(revisions);
      }
      return parseOnWorkers(revisions, threads);
    },
  };
}

/** Runs of consecutive revisions of the same file, at most `length` long (indices into `revisions`). */
export function batchesByFile(revisions: readonly RevisionToParse[], length = MIN_BATCH): number[][] {
  const batches: number[][] = [];
  revisions.forEach((revision, index) => {
    const last = batches.at(-1);
    if (last && last.length < length && revisions[last[0]!]!.path === revision.path) last.push(index);
    else batches.push([index]);
  });
  return batches;
}

async function parseOnWorkers(revisions: readonly RevisionToParse[], threads: number): Promise<LoadedSource[]> {
  const results: LoadedSource[] = new Array<LoadedSource>(revisions.length);
  const batches = batchesByFile(revisions, batchLength(revisions.length, threads));
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
