// The policy files of a repository, as the core sees them: a small interface
// so that the core never touches the disk itself. `src/io/fs-files.ts` is the
// disk implementation; tests use `memoryFiles`.

export interface PolicyFiles {
  /** Paths of the policy files (`policy/*.md`, `policy/*.mdx`), relative to the root, sorted. */
  listPolicies(): Promise<string[]>;
  /** Paths of the mandate files (`policy/mandates/*.yaml`), relative to the root, sorted. */
  listMandates(): Promise<string[]>;
  /** The bytes of a file relative to the root, or undefined when it does not exist. */
  read(path: string): Promise<Uint8Array | undefined>;
}

export const POLICY_DIR = 'policy';
export const MANDATE_DIR = 'policy/mandates';

export function isPolicyPath(path: string): boolean {
  return /^policy\/[^/]+\.mdx?$/.test(path);
}

export function isMandatePath(path: string): boolean {
  return /^policy\/mandates\/[^/]+\.ya?ml$/.test(path);
}

/** An in-memory repository, for tests and for past revisions read from git. */
export function memoryFiles(files: Record<string, string | Uint8Array>): PolicyFiles {
  const encoder = new TextEncoder();
  const paths = Object.keys(files).sort();
  return {
    listPolicies: async () => paths.filter(isPolicyPath),
    listMandates: async () => paths.filter(isMandatePath),
    read: async (path) => {
      const content = files[path];
      if (content === undefined) return undefined;
      return typeof content === 'string' ? encoder.encode(content) : content;
    },
  };
}
