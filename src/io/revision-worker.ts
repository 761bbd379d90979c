// Worker thread of `workerRevisionParser`: parses and renders the past
// revisions it is sent, with the same pure core function the main thread would use.
import { parentPort } from 'node:worker_threads';
import { prepareRevisions, type LoadedSource } from '../core/versions/load-revision.ts';

export interface ParseRequest {
  batch: number;
  revisions: { path: string; bytes: Uint8Array }[];
}

export type PlainSource = Omit<LoadedSource, 'document'> & { document: Omit<LoadedSource['document'], 'locate'> };

export interface ParseReply {
  batch: number;
  /** Without `locate` (a function cannot cross threads); `receivedRevision` puts it back. */
  sources: PlainSource[];
  error?: string;
}

parentPort?.on('message', (request: ParseRequest) => {
  try {
    // One batch holds revisions of one file, which share the parsing of their common blocks.
    const sources = prepareRevisions(request.revisions).map(({ document, ...rest }): PlainSource => {
      // `locate` is a function, which cannot cross threads; `receivedRevision` puts one back.
      const plain: Partial<typeof document> = { ...document };
      delete plain.locate;
      return { ...rest, document: plain as PlainSource['document'] };
    });
    parentPort?.postMessage({ batch: request.batch, sources });
  } catch (error) {
    parentPort?.postMessage({ batch: request.batch, sources: [], error: String(error) });
  }
});
