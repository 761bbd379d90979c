// The git implementation of `PolicyHistory`. It runs a fixed, small number of
// git processes per build, never one per commit:
//   1. `git rev-parse` — is this a checkout, and is it shallow?
//   2. `git log --first-parent --raw -M` over `policy/` — every commit that touched a policy file,
//      with the blob id of each file and renames (followed here, since `--follow` takes one path);
//   2b. when a file's oldest revision in `policy/` is an addition: one `git log --no-walk` of those commits
//      over the whole tree, and (only if a file was moved in from elsewhere) one `git log` of the old paths;
//   3. only when pull requests were merged with merge commits: one `git log` of every commit's
//      message and parents, so a `Policy-Erratum:` trailer on a branch commit still counts;
//   4. `git cat-file --batch` — the contents of every blob at once, each blob read once.
// The first-parent walk makes a pull request's changes appear once, as its merge commit.
import { existsSync } from 'node:fs';
import { simpleGit, type SimpleGit } from 'simple-git';
import { diagnostic, type Diagnostic } from '../core/diagnostics/diagnostic.ts';
import type { HistoryRead, PolicyHistory, Revision } from '../core/ports.ts';
import { POLICY_DIR } from '../core/repository/files.ts';

interface LoggedCommit {
  commit: string;
  author: string;
  date: string;
  parents: string[];
  message: string;
  changes: RawChange[];
}

interface RawChange {
  status: string;
  blob: string;
  /** The path before the change (renames only) and after it. */
  from: string;
  to: string;
}

const RECORD = '\x1e';
const FIELD = '\x1f';
const END_OF_HEADER = '\x1d';
const ZERO_BLOB = /^0+$/;

/** Counts git processes, so the benchmark and tests can see that it stays fixed. */
export interface GitHistoryStats {
  processes: number;
}

export function gitHistory(root: string, stats: GitHistoryStats = { processes: 0 }): PolicyHistory {
  return {
    read: async (paths) => readGitHistory(root, paths, stats),
  };
}

async function readGitHistory(root: string, paths: readonly string[], stats: GitHistoryStats): Promise<HistoryRead> {
  const empty: Record<string, Revision[]> = Object.fromEntries(paths.map((path) => [path, []]));
  if (!existsSync(root)) return { revisions: empty, diagnostics: [] };
  const git = simpleGit({ baseDir: root, config: ['core.quotePath=false'] });

  let shallow: boolean;
  try {
    stats.processes += 1;
    shallow = (await git.raw(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
  } catch (error) {
    if (/not a git repository/i.test(messageOf(error))) {
      return { revisions: empty, diagnostics: [notARepository()] };
    }
    return { revisions: empty, diagnostics: [gitFailed(error)] };
  }
  if (shallow) return { revisions: empty, diagnostics: [shallowClone()] };

  let commits: LoggedCommit[];
  try {
    commits = await logPolicyCommits(git, stats);
  } catch (error) {
    // A repository without any commit yet has no history: the working tree is all there is.
    if (/does not have any commits|unknown revision|bad default revision|bad revision 'HEAD'/i.test(messageOf(error))) {
      return { revisions: empty, diagnostics: [] };
    }
    return { revisions: empty, diagnostics: [gitFailed(error)] };
  }

  const found = followFiles(commits, paths);
  try {
    await followMovesIntoPolicy(git, found, stats);
  } catch (error) {
    return { revisions: empty, diagnostics: [gitFailed(error)] };
  }
  const merged = commits.some((commit) => commit.parents.length > 1)
    ? await mergedMessages(git, commits, stats)
    : new Map<string, string[]>();
  const blobs = await readBlobs(
    root,
    [...new Set(Object.values(found).flatMap((list) => list.map((entry) => entry.change.blob)))],
    stats,
  );

  const revisions: Record<string, Revision[]> = {};
  const diagnostics: Diagnostic[] = [];
  for (const path of paths) {
    revisions[path] = (found[path] ?? [])
      .map(({ commit, change }): Revision | undefined => {
        const bytes = blobs.get(change.blob);
        if (!bytes) {
          // Never a version silently dropped: the damaged repository is named, with the revision.
          diagnostics.push(missingObject(change.to, commit.commit, change.blob));
          return undefined;
        }
        return {
          commit: commit.commit,
          path: change.to,
          blob: change.blob,
          bytes,
          author: commit.author,
          date: commit.date,
          message: commit.message,
          mergedMessages: merged.get(commit.commit) ?? [],
        };
      })
      .filter((revision): revision is Revision => revision !== undefined)
      .reverse();
  }
  return { revisions, diagnostics };
}

const LOG_FORMAT = `--format=${RECORD}%H${FIELD}%an${FIELD}%aI${FIELD}%P${FIELD}%B${END_OF_HEADER}`;

async function logPolicyCommits(git: SimpleGit, stats: GitHistoryStats): Promise<LoggedCommit[]> {
  return logCommits(git, stats, ['HEAD', '--', POLICY_DIR]);
}

async function logCommits(git: SimpleGit, stats: GitHistoryStats, range: readonly string[]): Promise<LoggedCommit[]> {
  stats.processes += 1;
  const output = await git.raw([
    'log',
    '--first-parent',
    '--diff-merges=first-parent',
    '--raw',
    '-M',
    '--no-abbrev',
    '--relative',
    LOG_FORMAT,
    ...range,
  ]);
  return output
    .split(RECORD)
    .filter((record) => record.trim() !== '')
    .map(parseRecord);
}

function parseRecord(record: string): LoggedCommit {
  const headerEnd = record.indexOf(END_OF_HEADER);
  const [commit = '', author = '', date = '', parents = '', message = ''] = record.slice(0, headerEnd).split(FIELD);
  const changes: RawChange[] = [];
  for (const line of record.slice(headerEnd + 1).split('\n')) {
    // `:100644 100644 <old blob> <new blob> M\tpath` or `… R087\told path\tnew path`
    const match = /^:\d+ (\d+) [0-9a-f]+ ([0-9a-f]+) ([A-Z])\d*\t([^\t]*)(?:\t(.*))?$/.exec(line);
    if (!match || match[1] === '160000') continue;
    const [, , blob, status, first, second] = match;
    changes.push({ status: status!, blob: blob!, from: first!, to: second ?? first! });
  }
  return { commit, author, date, parents: parents.split(' ').filter(Boolean), message: message.trim(), changes };
}

interface FoundRevision {
  commit: LoggedCommit;
  change: RawChange;
}

/** Walks the commits newest first, following each current file back through its renames. */
function followFiles(commits: readonly LoggedCommit[], paths: readonly string[]): Record<string, FoundRevision[]> {
  const tracked = new Map(paths.map((path) => [path, path]));
  const found: Record<string, FoundRevision[]> = Object.fromEntries(paths.map((path) => [path, []]));
  for (const commit of commits) {
    const renames: [string, string][] = [];
    for (const change of commit.changes) {
      const current = tracked.get(change.to);
      if (current === undefined || change.status === 'D' || ZERO_BLOB.test(change.blob)) continue;
      found[current]!.push({ commit, change });
      if (change.status === 'R') renames.push([change.to, change.from]);
      else if (change.status === 'A' || change.status === 'C') tracked.delete(change.to);
    }
    for (const [to, from] of renames) {
      const current = tracked.get(to)!;
      tracked.delete(to);
      tracked.set(from, current);
    }
  }
  return found;
}

/**
 * A file moved into `policy/` from elsewhere in the repository (`git mv
 * drafts/x.md policy/x.md`) looks added in a log limited to `policy/`, since
 * git pairs a rename only when it sees both paths. For each file whose oldest
 * revision is such an addition, one `git log --no-walk` of those commits over
 * the whole tree finds where it came from, and one more `git log` over the old
 * paths reads its earlier revisions. Two git processes at most, whatever the
 * number of files; a file moved twice from outside is followed one move back.
 * The move is found even when the same commit added front matter (see `movedFrom`).
 */
async function followMovesIntoPolicy(
  git: SimpleGit,
  found: Record<string, FoundRevision[]>,
  stats: GitHistoryStats,
): Promise<void> {
  const added = Object.entries(found)
    .map(([current, list]) => ({ current, oldest: list.at(-1) }))
    .filter((entry): entry is { current: string; oldest: FoundRevision } => entry.oldest?.change.status === 'A');
  if (added.length === 0) return;
  stats.processes += 1;
  const output = await git.raw([
    'log',
    '--no-walk=unsorted',
    '--relative',
    '--diff-merges=first-parent',
    '--raw',
    '-M',
    '--no-abbrev',
    LOG_FORMAT,
    ...new Set(added.map((entry) => entry.oldest.commit.commit)),
  ]);
  const wholeTree = new Map(
    output
      .split(RECORD)
      .filter((record) => record.trim() !== '')
      .map(parseRecord)
      .map((commit) => [commit.commit, commit]),
  );
  const moves: { current: string; oldest: FoundRevision; from: string }[] = [];
  for (const entry of added) {
    const from = movedFrom(wholeTree.get(entry.oldest.commit.commit)?.changes ?? [], entry.oldest.change.to);
    if (from !== undefined) moves.push({ ...entry, from });
  }
  if (moves.length === 0) return;
  const before = await logCommits(git, stats, ['HEAD', '--', ...new Set(moves.map((move) => move.from))]);
  for (const move of moves) {
    // The move itself is a rename now; the old path's history is what came before it.
    move.oldest.change = { ...move.oldest.change, status: 'R', from: move.from };
    const start = before.findIndex((commit) => commit.commit === move.oldest.commit.commit);
    const earlier = followFiles(start === -1 ? [] : before.slice(start + 1), [move.from])[move.from] ?? [];
    found[move.current]!.push(...earlier);
  }
}

/**
 * Where a file added to `policy/` in this commit came from, if it was moved
 * from outside `policy/`: git's rename, or, when the same commit also added
 * front matter (so that git no longer sees a rename in a short text), the one
 * file of the same name, or the only file, that the commit deleted.
 */
function movedFrom(changes: readonly RawChange[], to: string): string | undefined {
  const outside = (path: string) => !path.startsWith(`${POLICY_DIR}/`);
  const rename = changes.find((change) => change.status === 'R' && change.to === to);
  if (rename) return outside(rename.from) ? rename.from : undefined;
  const deleted = changes.filter((change) => change.status === 'D' && outside(change.from));
  const added = changes.filter((change) => change.status === 'A');
  const name = (path: string) => path.slice(path.lastIndexOf('/') + 1);
  const sameName = deleted.filter((change) => name(change.from) === name(to));
  if (sameName.length === 1) return sameName[0]!.from;
  return deleted.length === 1 && added.length === 1 ? deleted[0]!.from : undefined;
}

/**
 * For each merge commit on the first-parent line, the messages of the commits it brought in.
 * One `git log` of every commit's parents and message; the graph is walked here.
 */
async function mergedMessages(
  git: SimpleGit,
  commits: readonly LoggedCommit[],
  stats: GitHistoryStats,
): Promise<Map<string, string[]>> {
  stats.processes += 1;
  const output = await git.raw(['log', `--format=${RECORD}%H${FIELD}%P${FIELD}%B`, 'HEAD']);
  const graph = new Map<string, { parents: string[]; message: string }>();
  for (const record of output.split(RECORD)) {
    if (record.trim() === '') continue;
    const [commit = '', parents = '', message = ''] = record.split(FIELD);
    graph.set(commit.trim(), { parents: parents.split(' ').filter(Boolean), message: message.trim() });
  }
  // The mainline: HEAD and its first parents. A pull request's commits are those reachable
  // from the merge's other parents without passing through the mainline.
  const mainline = new Set<string>();
  for (let commit = commits[0]?.commit; commit && !mainline.has(commit); commit = graph.get(commit)?.parents[0]) {
    mainline.add(commit);
  }
  const result = new Map<string, string[]>();
  for (const merge of commits) {
    if (merge.parents.length < 2) continue;
    const messages: string[] = [];
    const seen = new Set<string>();
    const queue = merge.parents.slice(1);
    while (queue.length > 0) {
      const commit = queue.pop()!;
      if (seen.has(commit) || mainline.has(commit)) continue;
      seen.add(commit);
      const node = graph.get(commit);
      if (!node) continue;
      messages.push(node.message);
      queue.push(...node.parents);
    }
    result.set(merge.commit, messages);
  }
  return result;
}

/** Reads every blob with one `git cat-file --batch`. */
async function readBlobs(
  root: string,
  ids: readonly string[],
  stats: GitHistoryStats,
): Promise<Map<string, Uint8Array>> {
  const blobs = new Map<string, Uint8Array>();
  if (ids.length === 0) return blobs;
  const chunks: Buffer[] = [];
  const git = simpleGit({ baseDir: root, input: () => `${ids.join('\n')}\n` });
  // simple-git decodes stdout as UTF-8; blob sizes are in bytes, so keep the raw bytes too.
  git.outputHandler((_command, stdout) => stdout.on('data', (chunk: Buffer) => chunks.push(chunk)));
  stats.processes += 1;
  await git.raw(['cat-file', '--batch']);
  const output = Buffer.concat(chunks);
  let offset = 0;
  while (offset < output.length) {
    const headerEnd = output.indexOf(0x0a, offset);
    if (headerEnd === -1) break;
    const [id = '', type, size] = output.subarray(offset, headerEnd).toString('utf8').split(' ');
    offset = headerEnd + 1;
    if (type !== 'blob' || size === undefined) continue; // "<id> missing"
    const length = Number(size);
    blobs.set(id, new Uint8Array(output.subarray(offset, offset + length)));
    offset += length + 1;
  }
  return blobs;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function shallowClone(): Diagnostic {
  return diagnostic(
    'history/shallow-clone',
    `${POLICY_DIR}/`,
    'Unexpected shallow clone: the repository was cloned without its history, so the earlier versions of the policies cannot be read.',
    {
      hint: 'Run `git fetch --unshallow`, then try again. In GitHub Actions, set `fetch-depth: 0` on the `actions/checkout` step.',
    },
  );
}

function notARepository(): Diagnostic {
  return diagnostic(
    'history/not-a-repository',
    `${POLICY_DIR}/`,
    'The policy folder is not in a git checkout, so only the current text of each policy is shown, without earlier versions.',
    { hint: 'Clone the repository with git (`git clone <address>`) to see every version.' },
  );
}

function missingObject(path: string, commit: string, blob: string): Diagnostic {
  return diagnostic(
    'history/missing-object',
    path,
    `The revision of \`${path}\` in commit ${commit.slice(0, 12)} cannot be read: git's stored copy (object ${blob.slice(0, 12)}) is missing or damaged, so this version cannot be shown.`,
    {
      hint: 'The repository on this computer is damaged. Run `git fsck` to see what is missing, then clone the repository again (or run `git fetch` from a complete copy); the history itself is not changed.',
    },
  );
}

/** git itself failed: the message shows its first line; the whole error is kept as the cause, for maintainers. */
function gitFailed(error: unknown): Diagnostic {
  return diagnostic(
    'history/git-failed',
    `${POLICY_DIR}/`,
    `git could not read the history of the policy files: ${messageOf(error).trim().split('\n')[0] ?? 'unknown error'}`,
    {
      hint: 'Check that git is installed and that `git log` works in this folder, then try again.',
      cause: error,
    },
  );
}
