// The core's ports: the only ways it reads the outside world. The core never
// touches the disk or runs git itself (like Starlight's `GitAPI`); the caller
// passes an implementation in. Disk and git implementations live in `src/io/`
// (`fs-files.ts`, `git-history.ts`); tests use `memoryFiles` and `memoryHistory`.
import type { Diagnostic } from './diagnostics/diagnostic.ts';

/** One committed state of one policy file. */
export interface Revision {
  /** Full commit id. */
  commit: string;
  /** The path of the file in that commit (it may have been renamed since). */
  path: string;
  /** The git blob id of the file's content, or any id that changes when the bytes change. */
  blob: string;
  bytes: Uint8Array;
  author: string;
  /** The author date of the commit, ISO 8601. For the edit log only: public dates come from front matter. */
  date: string;
  /** The whole commit message (subject, body and trailers). */
  message: string;
  /**
   * Messages of the commits a merge brought in (the pull request's own commits), so that a
   * `Policy-Erratum:` trailer written on a branch commit still counts. Empty for ordinary commits.
   */
  mergedMessages: string[];
}

export interface HistoryRead {
  /** Committed revisions of each requested file, oldest first, keyed by the file's current path. */
  revisions: Record<string, Revision[]>;
  /** Problems reading the history (shallow clone, not a git checkout…). */
  diagnostics: Diagnostic[];
}

export interface PolicyHistory {
  /** Reads the committed history of the given current policy paths (renames are followed). */
  read(paths: readonly string[]): Promise<HistoryRead>;
}

/** The policy files of a repository (its working tree or one commit), as the core sees them. */
export interface PolicyFiles {
  /** Paths of the policy files (`policy/*.md`, `policy/*.mdx`), relative to the root, sorted. */
  listPolicies(): Promise<string[]>;
  /** Paths of the mandate files (`policy/mandates/*.yaml`), relative to the root, sorted. */
  listMandates(): Promise<string[]>;
  /** The bytes of a file relative to the root, or undefined when it does not exist. */
  read(path: string): Promise<Uint8Array | undefined>;
  /**
   * Entries of `policy/` that are never read: symbolic links (they can point
   * outside the repository), folders or devices with a policy's name, and
   * names such as `x.MDX` that would be silently ignored. Listing and `read`
   * leave them out; the check reports them.
   */
  refused?(): Promise<RefusedFile[]>;
}

export interface RefusedFile {
  path: string;
  why: 'symlink' | 'not-a-file' | 'upper-case-extension';
}
