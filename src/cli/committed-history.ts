// `policy history` and `policy diff` on a policy whose working copy is broken
// (a syntax error, front matter that does not parse): the committed history is
// still there and still readable. The broken working copy is said to be broken,
// and the versions shown are the committed ones.
import { loadPolicy } from '../core/document/load.ts';
import type { PolicyModel, SiteModel } from '../core/publish/site-model.ts';
import { readPolicyHistories } from '../core/versions/policy-histories.ts';
import { gitHistory } from '../io/git-history.ts';
import { findPolicy, type CommandIo, type Workspace } from './context.ts';

/** What `history` and `diff` read of a policy. */
export type PolicyHistorySubject = Pick<
  PolicyModel,
  'id' | 'frontMatter' | 'versions' | 'earlierRevisions' | 'versionCompliance'
>;

export async function findPolicyHistory(
  workspace: Workspace,
  model: SiteModel,
  id: string,
  io: CommandIo,
): Promise<PolicyHistorySubject> {
  const found = model.policies.find((policy) => policy.id === id);
  if (found) return found;
  const path = (await workspace.files.listPolicies()).find(
    (candidate) => /^policy\/(.+)\.mdx?$/.exec(candidate)?.[1] === id,
  );
  const bytes = path === undefined ? undefined : await workspace.files.read(path);
  if (path === undefined || bytes === undefined) return findPolicy(model.policies, id);
  const document = loadPolicy(path, bytes, { render: false });
  const histories = await readPolicyHistories([document], {
    history: gitHistory(workspace.root),
    render: false,
    diffs: false,
  });
  const history = histories.byPath.get(path);
  const last = history?.versions.at(-1);
  if (!history || !last) return findPolicy(model.policies, id);
  const problem = document.diagnostics.find((d) => d.severity === 'error');
  const where = problem ? ` (line ${problem.line}: ${problem.message})` : '';
  io.stderr(
    `The working copy of \`${path}\` has errors${where}, so this is its committed history only. Run \`policy check\` to see every error.\n`,
  );
  return {
    id,
    frontMatter: last.frontMatter,
    versions: history.versions,
    earlierRevisions: history.earlier,
    versionCompliance: [],
  };
}
