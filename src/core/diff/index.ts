// Section-aware diffs between two versions of a policy (like CFPB eRegulations):
// align sections by anchor, then by similarity; inside each pair diff lines,
// then words. The old side of the result reassembles to the old text and the new
// side to the new text (tested).
import type { PolicyDocument } from '../document/load.ts';
import type { PolicyFrontMatter } from '../schemas/types.ts';
import { alignSegments } from './align.ts';
import { diffPassages, DEFAULT_TIMEOUT_MS } from './runs.ts';
import { segmentsOf, type DiffSource, type Segment } from './segments.ts';
import { touchedRequirements } from './requirements.ts';
import { summarise } from './summary.ts';
import type { DiffModel, DiffSection, DiffTotals, SectionStatus } from './types.ts';

export type { DiffModel, DiffSection, DiffTotals, SectionStatus, TouchedRequirement, WordRun } from './types.ts';
export type { DiffSource } from './segments.ts';
export { countWords } from '../text/word-count.ts';
export { DEFAULT_TIMEOUT_MS } from './runs.ts';

/** One side of a diff: a `PolicyVersion` fits. */
export interface DiffVersion extends DiffSource {
  frontMatter?: PolicyFrontMatter;
  sha256?: string;
}

/** What a compliance evaluator receives (the mandates engine takes the same shape). */
export type ComplianceSubject = Pick<PolicyDocument, 'frontMatter' | 'sections'>;

export interface DiffOptions<C> {
  /** The policy id, for the model. */
  policy?: string;
  /** Time allowed per jsdiff call, in milliseconds. */
  timeoutMs?: number;
  /** Evaluates compliance of one side; its result goes into `compliance.before/after`. */
  evaluate?: (subject: ComplianceSubject) => C;
}

export function diffVersions<C = unknown>(
  from: DiffVersion,
  to: DiffVersion,
  options: DiffOptions<C> = {},
): DiffModel<C> {
  const before = segmentsOf(from);
  const after = segmentsOf(to);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const oldChanges: [number, number][] = [];
  const newChanges: [number, number][] = [];
  const sections: DiffSection[] = alignSegments(before, after).map((pair) => {
    const oldSegment = pair.oldIndex === null ? undefined : before[pair.oldIndex];
    const newSegment = pair.newIndex === null ? undefined : after[pair.newIndex];
    const { runs, inserted, deleted, fallback } = diffPassages(
      oldSegment?.text ?? '',
      newSegment?.text ?? '',
      timeoutMs,
    );
    recordChanges(runs, oldSegment, newSegment, oldChanges, newChanges);
    const oldText = oldSegment?.text ?? '';
    const newText = newSegment?.text ?? '';
    // Most sections of two versions are identical: no need to normalise their spacing to know.
    const textChanged = oldText !== newText && normalise(oldText) !== normalise(newText);
    return {
      status: statusOf(oldSegment, newSegment, pair.moved, textChanged),
      oldAnchor: oldSegment?.anchor ?? null,
      newAnchor: newSegment?.anchor ?? null,
      oldTitle: oldSegment?.title ?? null,
      newTitle: newSegment?.title ?? null,
      depth: (newSegment ?? oldSegment)!.depth,
      oldIndex: pair.oldIndex,
      newIndex: pair.newIndex,
      textChanged,
      runs,
      wordsInserted: inserted,
      wordsDeleted: deleted,
      fallback,
    };
  });

  const totals = totalsOf(sections);
  return {
    policy: options.policy ?? to.frontMatter?.id ?? from.frontMatter?.id ?? '',
    from: { version: from.version, ...(from.sha256 ? { sha256: from.sha256 } : {}) },
    to: { version: to.version, ...(to.sha256 ? { sha256: to.sha256 } : {}) },
    sections,
    totals,
    summary: summarise(totals, {
      wording: sections.some((section) => section.textChanged),
      spacing: sections.some((section) => section.runs.some((run) => run.kind !== 'equal')),
    }),
    notes: sections
      .filter((section) => section.fallback === 'timeout')
      .map(
        (section) =>
          `“${section.newTitle ?? section.oldTitle}” changed too much to compare word by word in the time allowed, so the old passage is shown deleted and the new one inserted as whole blocks.`,
      ),
    requirements: touchedRequirements(
      { frontMatter: from.frontMatter, sections: from.sections, bodyStart: from.bodyStart, changes: oldChanges },
      { frontMatter: to.frontMatter, sections: to.sections, bodyStart: to.bodyStart, changes: newChanges },
    ),
    compliance: options.evaluate
      ? {
          before: options.evaluate({ frontMatter: from.frontMatter, sections: [...from.sections] }),
          after: options.evaluate({ frontMatter: to.frontMatter, sections: [...to.sections] }),
        }
      : null,
  };
}

/** Puts one side back together: `old` gives the old text, `new` the new text. */
export function reassemble(model: Pick<DiffModel, 'sections'>, side: 'old' | 'new'): string {
  const index = side === 'old' ? 'oldIndex' : 'newIndex';
  const skip = side === 'old' ? 'insert' : 'delete';
  return model.sections
    .filter((section) => section[index] !== null)
    .sort((a, b) => a[index]! - b[index]!)
    .map((section) =>
      section.runs
        .filter((run) => run.kind !== skip)
        .map((run) => run.text)
        .join(''),
    )
    .join('');
}

function statusOf(
  before: Segment | undefined,
  after: Segment | undefined,
  moved: boolean,
  textChanged: boolean,
): SectionStatus {
  if (!before) return 'added';
  if (!after) return 'removed';
  if (before.anchor !== after.anchor) return 'renamed';
  if (moved) return 'moved';
  return textChanged ? 'changed' : 'unchanged';
}

/** Spacing never counts as a change of wording. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Body ranges that lost text (old side) or gained it (new side), for the requirements check. */
function recordChanges(
  runs: DiffSection['runs'],
  before: Segment | undefined,
  after: Segment | undefined,
  oldChanges: [number, number][],
  newChanges: [number, number][],
): void {
  let oldAt = before?.start ?? 0;
  let newAt = after?.start ?? 0;
  for (const run of runs) {
    const length = run.text.length;
    if (run.kind === 'equal') {
      oldAt += length;
      newAt += length;
    } else if (run.kind === 'delete') {
      if (before && /\S/.test(run.text)) oldChanges.push([oldAt, oldAt + length]);
      if (after && /\S/.test(run.text)) newChanges.push([newAt, newAt]);
      oldAt += length;
    } else {
      if (after && /\S/.test(run.text)) newChanges.push([newAt, newAt + length]);
      if (before && /\S/.test(run.text)) oldChanges.push([oldAt, oldAt]);
      newAt += length;
    }
  }
}

function totalsOf(sections: readonly DiffSection[]): DiffTotals {
  const count = (status: SectionStatus) => sections.filter((section) => section.status === status).length;
  return {
    changed: count('changed'),
    added: count('added'),
    removed: count('removed'),
    moved: count('moved'),
    renamed: count('renamed'),
    unchanged: count('unchanged'),
    wordsInserted: sections.reduce((sum, section) => sum + section.wordsInserted, 0),
    wordsDeleted: sections.reduce((sum, section) => sum + section.wordsDeleted, 0),
  };
}
