// Versions from history: a policy's revisions (git, plus the working tree as the
// newest) grouped by front matter `version`, with each version's text, edit log
// and errata, and the rules a history must follow.
import { createHash } from 'node:crypto';
import { diagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { PolicyDocument } from '../document/load.ts';
import type { Revision } from '../ports.ts';
import { pullRequestOf, subjectOf } from './commit-message.ts';
import { renderPolicyHtml } from '../document/render.ts';
import { countWords } from '../text/word-count.ts';
import { withoutComments } from '../document/mdx-text.ts';
import { sourceOf, type LoadedSource, type RevisionCache } from './load-revision.ts';
import { groupByVersion, type Entry, type Group } from './group.ts';
import { checkImmutability, checkOrder, type RuleContext } from './rules.ts';
import type { PolicyVersion, VersionRevision } from './types.ts';

export type { Erratum, PolicyVersion, VersionRevision, VersionStatus } from './types.ts';
export {
  prepareRevision,
  receivedRevision,
  RevisionCache,
  type LoadedSource,
  type RevisionParser,
  type RevisionToParse,
} from './load-revision.ts';
export { compareVersions } from './rules.ts';

export interface VersionsInput {
  /** The current path of the file. */
  path: string;
  /** The working tree's document (the newest revision), if the file exists and parses. */
  current: PolicyDocument | undefined;
  /** Committed revisions, oldest first. */
  revisions: readonly Revision[];
  cache: RevisionCache;
  render: boolean;
}

export interface VersionSet {
  versions: PolicyVersion[];
  /** The parsed last revision of each version, in the same order, for diffs and compliance. */
  sources: LoadedSource[];
  diagnostics: Diagnostic[];
}

export function buildVersions(input: VersionsInput): VersionSet {
  const diagnostics: Diagnostic[] = [];
  const entries: Entry[] = [];
  for (const revision of input.revisions) {
    const source = input.cache.load(revision.blob, revision.path, revision.bytes);
    const frontMatter = source.document.frontMatter;
    if (!frontMatter) {
      diagnostics.push(invalidRevision(input.path, revision, source));
      continue;
    }
    entries.push({ revision, source, frontMatter, body: source.body, pr: pullRequestOf(revision.message) ?? null });
  }
  const current = input.current && sourceOf(input.current);
  if (current?.document.frontMatter && current.document.text !== entries.at(-1)?.source.document.text) {
    entries.push({
      revision: undefined,
      source: current,
      frontMatter: current.document.frontMatter,
      body: current.body,
      pr: null,
    });
  }

  const { ordered, kept } = groupByVersion(entries);
  const lastGroup = ordered.at(-1);
  const context: RuleContext = {
    path: input.path,
    // Findings about the newest version point at its front matter; older ones at the top of the file.
    locate: (group, key) => (group === lastGroup && current ? current.document.locate([key], 'value') : undefined),
  };
  diagnostics.push(...checkOrder(ordered, context));

  const versions: PolicyVersion[] = [];
  for (const [index, group] of kept.entries()) {
    const immutability = checkImmutability(group, context);
    diagnostics.push(...immutability.diagnostics);
    const laterAdopted = kept.slice(index + 1).some((later) => later.last.frontMatter.status === 'adopted');
    versions.push(versionOf(group, laterAdopted, group === lastGroup, input.render, immutability.errata));
  }
  return { versions, sources: kept.map((group) => group.last.source), diagnostics };
}

function versionOf(
  group: Group,
  laterAdopted: boolean,
  current: boolean,
  render: boolean,
  errata: PolicyVersion['errata'],
): PolicyVersion {
  const { frontMatter, body, source } = group.last;
  const document = source.document;
  const version: PolicyVersion = {
    version: group.version,
    status: frontMatter.status === 'adopted' && laterAdopted ? 'superseded' : frontMatter.status,
    frontMatter,
    text: body,
    sha256: createHash('sha256').update(body, 'utf8').digest('hex'),
    // Notes to editors (comments) are not words of the policy.
    words: countWords(withoutComments(body)),
    sections: document.sections,
    bodyStart: source.bodyStart,
    revisions: group.entries.map(editLogEntry),
    errata,
    current,
  };
  if (render && !hasErrors(document.diagnostics)) {
    // A revision parsed ahead (`prepareRevision`) comes with its HTML and without its tree.
    const html = document.html ?? (document.tree ? renderPolicyHtml(document.tree, document.sections) : undefined);
    if (html !== undefined) version.html = html;
  }
  return version;
}

function editLogEntry(entry: Entry): VersionRevision {
  const revision = entry.revision;
  if (!revision) {
    return {
      commit: null,
      shortCommit: null,
      author: null,
      date: null,
      message: 'Uncommitted changes',
      pr: null,
      path: entry.source.document.path,
      workingTree: true,
    };
  }
  return {
    commit: revision.commit,
    shortCommit: revision.commit.slice(0, 7),
    author: revision.author,
    date: revision.date,
    message: subjectOf(revision.message),
    pr: entry.pr,
    path: revision.path,
    workingTree: false,
  };
}

function invalidRevision(path: string, revision: Revision, source: LoadedSource): Diagnostic {
  const problem = source.document.diagnostics.find((d) => d.severity === 'error');
  const where = `commit ${revision.commit.slice(0, 7)} (${revision.date.slice(0, 10)}, "${subjectOf(revision.message)}")`;
  const detail = problem ? ` (line ${problem.line}: ${problem.message})` : '';
  return diagnostic(
    'history/invalid-revision',
    path,
    `Skipped the revision of \`${revision.path}\` in ${where}: its front matter is missing or invalid${detail}.`,
    {
      hint: 'That past revision is left out of the list of versions. Nothing needs to be done unless it should count as a version.',
    },
  );
}
