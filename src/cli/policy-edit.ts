// Shared by the commands that change a policy file (`new-version`,
// `record-review`): find the file by id, load it, and write the edited text
// only after checking it, atomically. A refused or failed edit leaves the file
// exactly as it was.
import { join } from 'node:path';
import { hasErrors } from '../core/diagnostics/diagnostic.ts';
import type { PolicyFiles } from '../core/ports.ts';
import { loadPolicy, type PolicyDocument } from '../core/document/load.ts';
import { listOf } from '../core/text/english.ts';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { UsageError } from './context.ts';

/** The command cannot do what was asked (exit 1), with a message that says why and what to do. */
export class RefusedError extends Error {
  override name = 'RefusedError';
}

export interface LoadedPolicy {
  /** Repository-relative path, e.g. `policy/ai-1-19.mdx`. */
  path: string;
  absolutePath: string;
  /** The file text exactly as on disk (BOM and line endings kept), for editing. */
  text: string;
  document: PolicyDocument;
}

export async function loadPolicyById(root: string, files: PolicyFiles, id: string): Promise<LoadedPolicy> {
  const paths = await files.listPolicies();
  const stemOf = (path: string) => path.slice(path.lastIndexOf('/') + 1).replace(/\.mdx?$/, '');
  const path = paths.find((candidate) => stemOf(candidate) === id);
  if (path === undefined) {
    const known = paths.map(stemOf);
    throw new UsageError(
      `No policy with id "${id}" in policy/${known.length > 0 ? `; expected one of ${listOf(known)}` : ''}.`,
    );
  }
  const bytes = await files.read(path);
  if (bytes === undefined) throw new RefusedError(`\`${path}\` could not be read.`);
  const document = loadPolicy(path, bytes, { render: false });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new RefusedError(`\`${path}\` is not valid UTF-8 text; run \`policy check\` and fix it first.`);
  }
  return { path, absolutePath: join(root, path), text, document };
}

/** Refuses to edit a file whose front matter is broken: the edit could make it worse. */
export function requireValidFrontMatter(policy: LoadedPolicy): NonNullable<PolicyDocument['frontMatter']> {
  if (!policy.document.frontMatter) {
    throw new RefusedError(
      `The front matter of \`${policy.path}\` has errors; run \`policy check\` and fix them first.`,
    );
  }
  return policy.document.frontMatter;
}

/**
 * Writes `text` over the policy file after loading it again as the check would:
 * if the front matter would not validate, nothing is written.
 */
export async function savePolicyText(policy: LoadedPolicy, text: string): Promise<PolicyDocument> {
  const reloaded = loadPolicy(policy.path, new TextEncoder().encode(text), { render: false });
  if (!reloaded.frontMatter || (hasErrors(reloaded.diagnostics) && !hasErrors(policy.document.diagnostics))) {
    const first = reloaded.diagnostics.find((d) => d.severity === 'error');
    throw new RefusedError(
      `The edit would break \`${policy.path}\`${first ? ` (line ${first.line}: ${first.message})` : ''}; the file was not changed.`,
    );
  }
  await writeFileAtomic(policy.absolutePath, text);
  return reloaded;
}

/** The one `<id>` argument of a command that edits a policy. */
export function onePolicyId(positionals: readonly string[]): string {
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0
        ? 'Name the policy by its id, for example `ai-1-19`.'
        : `Expected one policy id, got ${positionals.length}: ${positionals.join(' ')}.`,
    );
  }
  return positionals[0]!;
}
