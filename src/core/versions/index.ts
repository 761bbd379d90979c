// Versions from history: a policy's revisions (git, plus the working tree as the
// newest) grouped by front matter `version`, with each version's text, edit log
// and errata, and the rules a history must follow.
import { createHash } from 'node:crypto';
import { diagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { PolicyDocument } from '../document/load.ts';
import type { Revision } from '../ports.ts';
import { pullRequestOf, subjectOf } from './commit-message.ts';
import { renderPolicy, renderPolicyHast } from '../document/render.ts';
import { readableBlocks } from '../document/readable-blocks.ts';
import { countWords } from '../text/word-count.ts';
import { withoutComments } from '../document/mdx-text.ts';
import { sourceOf, type LoadedSource, type RevisionCache } from './load-revision.ts';
import { groupByVersion, type Entry, type Group } from './group.ts';
import { checkImmutability, checkOrder, type RuleContext } from './rules.ts';
import type { EarlierRevision, PolicyVersion, VersionRevision } from './types.ts';

export type { EarlierRevision, Erratum, PolicyVersion, VersionRevision, VersionStatus } from './types.ts';
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
  /** Committed revisions from before the file had front matter, oldest first. */
  earlier: EarlierRevision[];
  diagnostics: Diagnostic[];
}

export function buildVersions(input: VersionsInput): VersionSet {
  const diagnostics: Diagnostic[] = [];
  const entries: Entry[] = [];
  const earlier: EarlierRevision[] = [];
  for (const revision of input.revisions) {
    const source = input.cache.load(revision.blob, revision.path, revision.bytes);
    const frontMatter = source.document.frontMatter;
    if (!frontMatter && entries.length === 0 && hasNoFrontMatter(source)) {
      earlier.push(earlierRevision(revision, source));
      continue;
    }
    if (!frontMatter) {
      diagnostics.push(invalidRevision(input.path, revision, source));
      continue;
    }
    const removed = source.document.diagnostics.find((d) => d.code === 'file/control-character');
    if (removed) diagnostics.push(controlCharacterRemoved(input.path, revision, removed));
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
    // The last two versions always get their readable blocks: the change rules read the diff of that pair.
    const needBlocks = input.render || index >= kept.length - 2;
    versions.push(versionOf(group, laterAdopted, group === lastGroup, input.render, needBlocks, immutability.errata));
  }
  return { versions, sources: kept.map((group) => group.last.source), earlier, diagnostics };
}

/** No front matter at all, as opposed to front matter with a mistake in it (which is reported and skipped). */
function hasNoFrontMatter(source: LoadedSource): boolean {
  return (
    source.document.text !== undefined &&
    source.document.diagnostics.some((d) => d.code === 'front-matter/missing') &&
    source.document.tree?.children[0]?.type !== 'yaml'
  );
}

function earlierRevision(revision: Revision, source: LoadedSource): EarlierRevision {
  const text = source.document.text ?? '';
  return {
    ...committedEntry(revision, pullRequestOf(revision.message) ?? null),
    text,
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    words: countWords(text),
    sections: source.document.sections,
  };
}

function versionOf(
  group: Group,
  laterAdopted: boolean,
  current: boolean,
  render: boolean,
  needBlocks: boolean,
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
  if (hasErrors(document.diagnostics)) return version;
  // A revision parsed ahead (`prepareRevision`) comes with its HTML and blocks, and without its tree.
  if (render) {
    const rendered =
      document.html !== undefined
        ? { html: document.html, blocks: document.blocks }
        : document.tree
          ? renderPolicy(document.tree, document.sections)
          : undefined;
    if (rendered?.html !== undefined) version.html = rendered.html;
    if (rendered?.blocks) version.blocks = rendered.blocks;
  }
  if (needBlocks && !version.blocks) {
    const blocks =
      document.blocks ??
      (document.tree
        ? readableBlocks(renderPolicyHast(document.tree, document.sections), document.sections)
        : undefined);
    if (blocks) version.blocks = blocks;
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
  return committedEntry(revision, entry.pr);
}

/** The edit log's line for a commit: a version's revision and an earlier revision alike. */
function committedEntry(revision: Revision, pr: number | null) {
  return {
    commit: revision.commit,
    shortCommit: revision.commit.slice(0, 7),
    author: revision.author,
    date: revision.date,
    message: subjectOf(revision.message),
    pr,
    path: revision.path,
    workingTree: false,
  };
}

/** A past revision whose control characters were removed before publishing (see `file/control-character`). */
function controlCharacterRemoved(path: string, revision: Revision, removed: Diagnostic): Diagnostic {
  const where = `commit ${revision.commit.slice(0, 7)} (${revision.date.slice(0, 10)}, "${subjectOf(revision.message)}")`;
  return diagnostic(
    'history/control-character',
    path,
    `The revision of \`${revision.path}\` in ${where} held a control character on line ${removed.line}; it was removed before publishing.`,
    { hint: 'History is never rewritten, so the version is kept without it. Nothing needs to be done.' },
  );
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
