// An in-memory history, for tests and for tools that already hold the revisions.
import type { HistoryRead, PolicyHistory, Revision } from '../ports.ts';

export interface MemoryRevision {
  commit: string;
  text: string | Uint8Array;
  /** Defaults to the current path. */
  path?: string;
  author?: string;
  date?: string;
  message?: string;
  mergedMessages?: string[];
}

/** `revisions` maps a current path to its revisions, oldest first. */
export function memoryHistory(revisions: Record<string, readonly MemoryRevision[]>): PolicyHistory {
  const encoder = new TextEncoder();
  return {
    read: async (paths): Promise<HistoryRead> => {
      const result: Record<string, Revision[]> = {};
      for (const path of paths) {
        result[path] = (revisions[path] ?? []).map((revision) => ({
          commit: revision.commit,
          path: revision.path ?? path,
          blob: `${revision.commit}:${revision.path ?? path}`,
          bytes: typeof revision.text === 'string' ? encoder.encode(revision.text) : revision.text,
          author: revision.author ?? 'Test Author',
          date: revision.date ?? '2024-01-01T12:00:00Z',
          message: revision.message ?? `Commit ${revision.commit}`,
          mergedMessages: revision.mergedMessages ?? [],
        }));
      }
      return { revisions: result, diagnostics: [] };
    },
  };
}

/** No history at all: every policy has only its current text. */
export const noHistory: PolicyHistory = {
  read: async (paths) => ({ revisions: Object.fromEntries(paths.map((path) => [path, []])), diagnostics: [] }),
};
