// The DiffModel: what changed between two versions of a policy, section by
// section, as plain JSON that the CLI and the site both render.

export type SectionStatus = 'added' | 'removed' | 'changed' | 'moved' | 'renamed' | 'unchanged';

/** A piece of text on the old side (`delete`), the new side (`insert`) or both (`equal`). */
export interface WordRun {
  kind: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface DiffSection {
  status: SectionStatus;
  /** The anchor and title on each side; null on the side where the section does not exist. The opening text before the first heading has the anchor `""`. */
  oldAnchor: string | null;
  newAnchor: string | null;
  oldTitle: string | null;
  newTitle: string | null;
  /** Heading depth (2 for `##`); 1 for the opening text. */
  depth: number;
  /** Position among the old and new sections (0-based), null where absent. */
  oldIndex: number | null;
  newIndex: number | null;
  /** True when the words as published differ (not spacing, markup or comments), whatever the status. */
  textChanged: boolean;
  /** Its place among the sections that stayed changed (it can be renamed too). */
  moved: boolean;
  /** Its heading's words changed, leading number aside (it can be moved too). */
  renamed: boolean;
  /** Only its heading's leading number changed ("7." → "9."). */
  renumbered: boolean;
  /** Changes that leave the words alone, named: "heading level changed", "made bold", "link address changed to …". */
  formatChanges: string[];
  /** Page-unique id for the section's change (`change-…`), which the summary links to. */
  id: string;
  /** The heading as published, with <ins>/<del> (inline HTML); empty for the opening text. */
  headingHtml: string;
  /** The text as published, with <ins>/<del> and moved clauses noted (HTML). */
  html: string;
  /** The source text as runs (for the CLI and the requirements check; the site shows `html`). */
  runs: WordRun[];
  /** Published words inserted and deleted (comments and markup never count). */
  wordsInserted: number;
  wordsDeleted: number;
  /** Published words of the old side kept, here or in the place they moved to. */
  wordsKept: number;
  /** Published words of the section on the old side. */
  oldWords: number;
  /** Clauses and paragraphs that came from other sections or went to them. */
  movedIn: ClauseMove[];
  movedOut: ClauseMove[];
  /** `timeout` when the passage was too different to compare word by word in time: whole-block replacement. */
  fallback: 'timeout' | null;
}

/** Clauses or paragraphs that moved between two sections, as one group. */
export interface ClauseMove {
  /** The section on the other side: its anchor, title and change id on the page. */
  anchor: string;
  title: string;
  change: string;
  /** Clause citations of the blocks that moved ("§K(a)"); empty for plain paragraphs. */
  citations: string[];
  /** The citations as a reader writes them ("K(a)–(l)"); empty for plain paragraphs. */
  clauses: string;
  blocks: number;
  /** Their words changed on the way. */
  reworded: boolean;
}

/** One line of the plain summary: text, with links to changes on the same page. */
export type SummaryPart = { text: string; change?: string };

export interface SummaryLine {
  kind: 'kept' | 'new' | 'removed' | 'continued' | 'moved' | 'renamed' | 'reworded' | 'format';
  parts: SummaryPart[];
}

export interface TouchedRequirement {
  mandate: string;
  requirement: string;
  /** The mapped anchors (old and new crosswalk) whose text changed, or whose mapping changed. */
  anchors: string[];
}

export interface DiffTotals {
  changed: number;
  added: number;
  removed: number;
  moved: number;
  renamed: number;
  unchanged: number;
  wordsInserted: number;
  wordsDeleted: number;
  /** Published words of the old version, and how many of them the new version keeps. */
  oldWords: number;
  wordsKept: number;
}

export interface DiffModel<C = unknown> {
  policy: string;
  from: { version: string; sha256?: string };
  to: { version: string; sha256?: string };
  /** In reading order of the new text, removed sections placed where they used to be. */
  sections: DiffSection[];
  totals: DiffTotals;
  /** One plain sentence: "3 sections changed, 1 added; 212 words inserted, 40 deleted." */
  summary: string;
  /** The plain summary on top of the redline: what is new, removed, moved, reworded, and the share kept. */
  overview: SummaryLine[];
  /** Plain notes for readers, e.g. which passages are shown as whole-block replacements. */
  notes: string[];
  /** Mandate requirements whose mapped sections changed. */
  requirements: TouchedRequirement[];
  /** Compliance of each side, when an evaluator was given. */
  compliance: { before: C; after: C } | null;
}

/**
 * A section of a redline as the site keeps it for its pages: the published
 * words as HTML, without the source runs, which only the CLI and the
 * requirements check read (they were a third of a site build's model).
 */
export type PublishedSection = Omit<DiffSection, 'runs'>;

/** A redline as the site keeps it for its pages (see `PublishedSection`). */
export type PublishedDiff<C = unknown> = Omit<DiffModel<C>, 'sections'> & { sections: PublishedSection[] };
