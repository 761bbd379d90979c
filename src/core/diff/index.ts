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
import { overview, summarise } from './summary.ts';
import { bySection, redlineSections } from './sections.ts';
import { blocksOfBody } from '../document/body-blocks.ts';
import type { ReadableBlock } from '../document/readable-blocks.ts';
import type { PolicyFormat } from '../document/parse.ts';
import type { WordDiffer } from './word-memo.ts';
import type { DiffModel, DiffSection, DiffTotals, SectionStatus } from './types.ts';

export type {
  ClauseMove,
  DiffModel,
  DiffSection,
  DiffTotals,
  SectionStatus,
  SummaryLine,
  SummaryPart,
  TouchedRequirement,
  WordRun,
} from './types.ts';
export type { DiffSource } from './segments.ts';
export { countWords } from '../text/word-count.ts';
export { DEFAULT_TIMEOUT_MS } from './runs.ts';

/** One side of a diff: a `PolicyVersion` fits. */
export interface DiffVersion extends DiffSource {
  frontMatter?: PolicyFrontMatter;
  sha256?: string;
  /** The text as published, in blocks; made from `text` when missing (`document/body-blocks.ts`). */
  blocks?: ReadableBlock[];
  /** How to read `text` when `blocks` are missing; MDX by default. */
  format?: PolicyFormat;
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
  /** The word diff to use; a job passes one that remembers results across its pairs (`word-memo.ts`). */
  words?: WordDiffer;
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
  const pairs = alignSegments(before, after);
  const sourceSides = pairs.map((pair) => {
    const oldSegment = pair.oldIndex === null ? undefined : before[pair.oldIndex];
    const newSegment = pair.newIndex === null ? undefined : after[pair.newIndex];
    const passages = diffPassages(oldSegment?.text ?? '', newSegment?.text ?? '', timeoutMs, options.words);
    recordChanges(passages.runs, oldSegment, newSegment, oldChanges, newChanges);
    return { pair, oldSegment, newSegment, passages };
  });
  const sections = redlineSections(
    sourceSides.map(({ pair, oldSegment, newSegment }) => ({ oldSegment, newSegment, moved: pair.moved })),
    bySection(from.blocks ?? blocksOfBody(from.text, from.format)),
    bySection(to.blocks ?? blocksOfBody(to.text, to.format)),
    timeoutMs,
    options.words,
  ).map((rendered, index): DiffSection => {
    const { oldSegment, newSegment, passages } = sourceSides[index]!;
    return {
      ...rendered,
      status: statusOf(oldSegment, newSegment, rendered),
      oldIndex: sourceSides[index]!.pair.oldIndex,
      newIndex: sourceSides[index]!.pair.newIndex,
      runs: passages.runs,
      fallback: passages.fallback,
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
      spacing: from.text !== to.text,
      format: sections.some((section) => section.formatChanges.length > 0),
    }),
    overview: overview(sections, totals, { from: from.version, to: to.version }),
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

/** One word for the section; `moved` and `renamed` say both when both are true. */
function statusOf(
  before: Segment | undefined,
  after: Segment | undefined,
  rendered: Pick<DiffSection, 'renamed' | 'moved' | 'textChanged' | 'formatChanges'>,
): SectionStatus {
  if (!before) return 'added';
  if (!after) return 'removed';
  if (rendered.renamed) return 'renamed';
  if (rendered.moved) return 'moved';
  return rendered.textChanged || rendered.formatChanges.length > 0 ? 'changed' : 'unchanged';
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
    oldWords: sections.reduce((sum, section) => sum + section.oldWords, 0),
    wordsKept: sections.reduce((sum, section) => sum + section.wordsKept, 0),
  };
}
