// The policy files of a past revision, read from git: `policy/` as it was in
// one commit, behind the same `PolicyFiles` interface the core reads the
// working tree through. Two git processes, whatever the number of files:
// ONE `git ls-tree` lists the files with their blob ids, ONE
// `git cat-file --batch` reads every blob.
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { hasUpperCaseExtension, isMandatePath, isPolicyPath, POLICY_DIR } from '../core/repository/files.ts';
import { SITE_CONFIG_PATH } from '../core/repository/site-config.ts';
import type { PolicyFiles, RefusedFile } from '../core/ports.ts';

const run = promisify(execFile);

/** The revision could not be read: unknown name, not a git checkout, git missing. The message says what to do. */
export class GitRevisionError extends Error {
  override name = 'GitRevisionError';
}

export async function gitRevisionFiles(root: string, revision: string): Promise<PolicyFiles> {
  if (revision === '' || revision.startsWith('-')) {
    throw new GitRevisionError(`"${revision}" is not a revision name. Give a branch, tag or commit, for example main.`);
  }
  const { blobs, refused } = await listBlobs(root, revision);
  const contents = await readBlobs(root, [...new Set(blobs.values())]);
  const paths = [...blobs.keys()].sort();
  return {
    listPolicies: async () => paths.filter(isPolicyPath),
    listMandates: async () => paths.filter(isMandatePath),
    read: async (path) => {
      const blob = blobs.get(path);
      return blob === undefined ? undefined : contents.get(blob);
    },
    refused: async () => refused,
  };
}

/**
 * Path → blob id of every file under `policy/` in the revision. Paths are relative to `root`, which
 * may be a folder inside the repository (a policy repository kept in a sub-folder).
 */
async function listBlobs(
  root: string,
  revision: string,
): Promise<{ blobs: Map<string, string>; refused: RefusedFile[] }> {
  let stdout: string;
  try {
    ({ stdout } = await run('git', ['ls-tree', '-r', '-z', revision, '--', `${POLICY_DIR}/`], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    }));
  } catch (error) {
    throw explain(error, revision);
  }
  const blobs = new Map<string, string>();
  const refused: RefusedFile[] = [];
  for (const entry of stdout.split('\0')) {
    // `<mode> SP <type> SP <object> TAB <path>`
    const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.+)$/s.exec(entry);
    if (!match) continue;
    const [, mode, type, object, path] = match;
    // Only regular files (100644, 100755) are read: a link (120000) stores its target's path, and a
    // submodule (160000) another repository.
    const meant =
      isPolicyPath(path!) || isMandatePath(path!) || path === SITE_CONFIG_PATH || hasUpperCaseExtension(path!);
    if (type === 'blob' && (mode === '100644' || mode === '100755')) {
      if (hasUpperCaseExtension(path!)) refused.push({ path: path!, why: 'upper-case-extension' });
      else blobs.set(path!, object!);
    } else if (meant) refused.push({ path: path!, why: mode === '120000' ? 'symlink' : 'not-a-file' });
  }
  return { blobs, refused };
}

/** Reads every blob with one `git cat-file --batch`: `<oid> blob <size>\n<bytes>\n` per blob. */
async function readBlobs(root: string, ids: readonly string[]): Promise<Map<string, Uint8Array>> {
  const contents = new Map<string, Uint8Array>();
  if (ids.length === 0) return contents;
  const output = await new Promise<Buffer>((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(Buffer.concat(chunks))
        : reject(new GitRevisionError(`git cat-file failed: ${errors.trim()}`)),
    );
    child.stdin.end(`${ids.join('\n')}\n`);
  });
  let offset = 0;
  while (offset < output.length) {
    const headerEnd = output.indexOf(0x0a, offset);
    const [id, type, size] = output.subarray(offset, headerEnd).toString('utf8').split(' ');
    if (type !== 'blob' || size === undefined) {
      throw new GitRevisionError(`git could not read the stored file ${id ?? ''}: the repository may be damaged.`);
    }
    const start = headerEnd + 1;
    const end = start + Number(size);
    contents.set(id!, new Uint8Array(output.subarray(start, end)));
    offset = end + 1;
  }
  return contents;
}

function explain(error: unknown, revision: string): GitRevisionError {
  const stderr = String((error as { stderr?: unknown }).stderr ?? (error as Error).message ?? error);
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    return new GitRevisionError('git is not installed, or not on the PATH: install git to compare with a revision.');
  }
  if (/not a git repository/i.test(stderr)) {
    return new GitRevisionError('This folder is not a git checkout, so there is no revision to compare with.');
  }
  if (/not a valid object name|not a tree object|bad revision|unknown revision/i.test(stderr)) {
    return new GitRevisionError(
      `Unknown revision "${revision}": this checkout does not have it. Fetch it first (for example \`git fetch origin main\`); in GitHub Actions, check out with \`fetch-depth: 0\`.`,
    );
  }
  return new GitRevisionError(`git could not read revision "${revision}": ${stderr.trim().split('\n')[0]}`);
}
