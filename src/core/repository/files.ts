// Which paths of a repository are policy and mandate files, and an in-memory
// `PolicyFiles` for tests and past revisions. The interface itself is in `../ports.ts`.
import type { PolicyFiles } from '../ports.ts';

export const POLICY_DIR = 'policy';
export const MANDATE_DIR = 'policy/mandates';

export function isPolicyPath(path: string): boolean {
  return /^policy\/[^/]+\.mdx?$/.test(path);
}

export function isMandatePath(path: string): boolean {
  return /^policy\/mandates\/[^/]+\.ya?ml$/.test(path);
}

/** `policy/x.MDX`, `policy/mandates/x.YAML`: meant as a policy or mandate file, but not read as one. */
export function hasUpperCaseExtension(path: string): boolean {
  const match = /^policy\/(?:mandates\/)?[^/]+\.([^./]+)$/.exec(path);
  const extension = match?.[1];
  return extension !== undefined && extension !== extension.toLowerCase() && /^(mdx?|ya?ml)$/i.test(extension);
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
