import type { ReadableBlock } from '../document/readable-blocks.ts';
import type { PolicyFrontMatter } from '../schemas/types.ts';
import type { Section } from '../document/sections.ts';

/** One entry of a version's edit log. Commit times are shown as the edit log's own record, never as policy dates. */
export interface VersionRevision {
  /** Full commit id; null for uncommitted changes in the working tree. */
  commit: string | null;
  shortCommit: string | null;
  author: string | null;
  /** The commit's author date (ISO 8601); null for the working tree. */
  date: string | null;
  /** The first line of the commit message. */
  message: string;
  /** The pull request number, when the message names one ("Merge pull request #12", "… (#12)"). */
  pr: number | null;
  /** The file's path in that commit. */
  path: string;
  workingTree: boolean;
}

/** A correction of adopted text, allowed by a `Policy-Erratum:` trailer and listed publicly. */
export interface Erratum {
  commit: string;
  shortCommit: string;
  date: string;
  pr: number | null;
  /** The trailer's text: what was corrected. */
  note: string;
}

export type VersionStatus = 'draft' | 'adopted' | 'retired' | 'superseded';

/** One version of a policy: plain JSON, the same in the CLI, the site and `/api/*.json`. */
export interface PolicyVersion {
  version: string;
  /** The front matter status, with "superseded" derived from history. */
  status: VersionStatus;
  /** The front matter of the version's last revision. Public dates come from here. */
  frontMatter: PolicyFrontMatter;
  /** The body source (Markdown/MDX below the front matter) of the version's last revision. */
  text: string;
  /** SHA-256 of `text` (UTF-8), hex. */
  sha256: string;
  words: number;
  /** The section tree; positions are offsets into the whole file, so subtract `bodyStart` for `text`. */
  sections: Section[];
  /** Where `text` starts in the file (after the front matter). */
  bodyStart: number;
  /** The edit log, oldest first. */
  revisions: VersionRevision[];
  errata: Erratum[];
  /** Sanitised HTML of the text; only for versions without errors and only when rendering was asked for. */
  html?: string;
  /** The text as the page shows it, in blocks, for the redlines (with `html`, and for the last two versions always). */
  blocks?: ReadableBlock[];
  /** True for the version in the working tree (the newest one). */
  current: boolean;
}

/**
 * A committed revision from before the file had front matter (a policy moved in
 * from elsewhere, or imported and committed before it was filled in). It is
 * shown in the timeline and the edit log as an earlier revision, never as a
 * version: it has no number, no status and no dates of its own.
 */
export interface EarlierRevision extends VersionRevision {
  commit: string;
  shortCommit: string;
  date: string;
  /** The whole file as committed (it has no front matter to leave out). */
  text: string;
  sha256: string;
  words: number;
  /** Its section tree, so that it can be compared with a version like any other text. */
  sections: Section[];
}
