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
  /** True when the wording differs (not only spacing), whatever the status. */
  textChanged: boolean;
  runs: WordRun[];
  wordsInserted: number;
  wordsDeleted: number;
  /** `timeout` when the passage was too different to compare word by word in time: whole-block replacement. */
  fallback: 'timeout' | null;
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
  /** Plain notes for readers, e.g. which passages are shown as whole-block replacements. */
  notes: string[];
  /** Mandate requirements whose mapped sections changed. */
  requirements: TouchedRequirement[];
  /** Compliance of each side, when an evaluator was given. */
  compliance: { before: C; after: C } | null;
}
