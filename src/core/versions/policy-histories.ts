// Runs history → versions → diffs for every policy of a repository, once per
// build. The site model calls this; the CLI reaches it through the site model.
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { PolicyDocument } from '../document/load.ts';
import type { PolicyHistory } from '../ports.ts';
import { noHistory } from './memory-history.ts';
import type { ComplianceSubject, DiffModel } from '../diff/index.ts';
import { runDiffJob, type DiffJob, type PairDiffer } from '../diff/jobs.ts';
import { buildVersions, RevisionCache, type RevisionParser, type RevisionToParse } from './index.ts';
import type { EarlierRevision, PolicyVersion } from './types.ts';
import { planPairs, type PairPlan } from './pair-plan.ts';

export interface PolicyHistoryModel<C = unknown> {
  versions: PolicyVersion[];
  /** Committed revisions from before the file had front matter: shown, never counted as versions. */
  earlier: EarlierRevision[];
  /** Which pairs were diffed and which are published (see `pair-plan.ts`). */
  plan: PairPlan;
  /** The redlines of the published pairs, in the plan's order. Empty unless diffs were asked for. */
  diffs: DiffModel<C>[];
  /** The redline of the newest version against the one before it (for the change rules), whether published or not. */
  latest: DiffModel<C> | undefined;
}

export interface HistoriesOptions<C> {
  history?: PolicyHistory;
  render: boolean;
  /** Compute the published redlines too (the site needs them; `policy check` only needs the latest pair). */
  diffs: boolean;
  evaluate?: (subject: ComplianceSubject) => C;
  cache?: RevisionCache;
  /** Time allowed per jsdiff call (see `diffVersions`). */
  timeoutMs?: number;
  /** Parses the past revisions in bulk before the versions are built (the site build parses on worker threads). */
  parser?: RevisionParser;
  /** Computes the redlines in bulk (the site build shares them between threads); not with `evaluate`. */
  differ?: PairDiffer;
}

export async function readPolicyHistories<C = unknown>(
  documents: readonly PolicyDocument[],
  options: HistoriesOptions<C>,
): Promise<{ byPath: Map<string, PolicyHistoryModel<C>>; diagnostics: Diagnostic[] }> {
  const history = options.history ?? noHistory;
  const cache = options.cache ?? new RevisionCache();
  const read = await history.read(documents.map((document) => document.path));
  if (options.parser) await parseAhead(read.revisions, cache, options.parser);
  const diagnostics: Diagnostic[] = [...read.diagnostics];
  const byPath = new Map<string, PolicyHistoryModel<C>>();
  const built = documents.map((document) => {
    const set = buildVersions({
      path: document.path,
      current: document,
      revisions: read.revisions[document.path] ?? [],
      cache,
      render: options.render,
    });
    const plan = planPairs(set.versions, { publish: options.diffs });
    const job: DiffJob = {
      policy: document.frontMatter?.id ?? '',
      versions: set.versions,
      pairs: plan.pairs.map((pair) => [pair.fromIndex, pair.toIndex] as const),
      timeoutMs: options.timeoutMs,
    };
    return { document, set, plan, job };
  });
  // Redlines of all policies at once when a bulk differ is given (and nothing must be evaluated with them).
  const bulk = options.differ && !options.evaluate ? await options.differ.diff(built.map(({ job }) => job)) : undefined;
  for (const [index, { document, set, plan, job }] of built.entries()) {
    diagnostics.push(...set.diagnostics);
    const computed: DiffModel<C>[] = (bulk?.[index] as DiffModel<C>[] | undefined) ?? runDiffJob(job, options.evaluate);
    const diffs = computed.slice(0, plan.published.length);
    diagnostics.push(...diffs.flatMap((diff) => fallbackNotes(document.path, diff)));
    const latest = plan.latest ? computed[plan.pairs.indexOf(plan.latest)] : undefined;
    byPath.set(document.path, { versions: set.versions, earlier: set.earlier, plan, diffs, latest });
  }
  return { byPath, diagnostics };
}

/** Fills the cache with every distinct blob of the history, parsed by `parser`, each once. */
async function parseAhead(
  revisions: Readonly<Record<string, readonly RevisionToParse[]>>,
  cache: RevisionCache,
  parser: RevisionParser,
): Promise<void> {
  const wanted = new Map<string, RevisionToParse>();
  for (const list of Object.values(revisions)) {
    for (const { blob, path, bytes } of list) {
      const key = `${blob}\u0000${path}`;
      if (!wanted.has(key) && !cache.has(blob, path)) wanted.set(key, { blob, path, bytes });
    }
  }
  const todo = [...wanted.values()];
  const parsed = await parser.parse(todo);
  todo.forEach((revision, index) => cache.add(revision.blob, revision.path, parsed[index]!));
}

/**
 * Fills each redline's `compliance` from compliance already worked out per
 * version (the mandates engine evaluates every version once), so nothing is
 * evaluated twice.
 */
export function withCompliance<C>(
  diffs: readonly DiffModel[],
  perVersion: readonly { version: string; reports: C }[],
): DiffModel<C>[] {
  const byVersion = new Map(perVersion.map((entry) => [entry.version, entry.reports]));
  return diffs.map((diff) => {
    const before = byVersion.get(diff.from.version);
    const after = byVersion.get(diff.to.version);
    return { ...diff, compliance: before !== undefined && after !== undefined ? { before, after } : null };
  });
}

/** Says, as information, which redline passages are shown as whole-block replacements. */
function fallbackNotes(path: string, diff: DiffModel): Diagnostic[] {
  return diff.sections
    .filter((section) => section.fallback === 'timeout')
    .map((section) =>
      diagnostic(
        'diff/timeout',
        path,
        `In the redline from version ${diff.from.version} to ${diff.to.version}, “${section.newTitle ?? section.oldTitle}” is shown as a whole-block replacement: it changed too much to compare word by word in the time allowed.`,
      ),
    );
}
