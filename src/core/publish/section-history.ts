// Per-section history: every change to one section (say "Disciplinary
// Actions") across the versions of a policy. A section is followed through
// the redline of each consecutive pair of versions, so a section that was
// renamed, moved or renumbered keeps one history (one lineage, one page); the
// opening text before the first heading is a section too. Histories are listed
// in the document order of the latest version; sections no longer in it come
// after, each saying in which version it was removed.
import type { DiffModel, DiffSection, SectionStatus } from '../diff/types.ts';
import { pairSlug } from '../routes.ts';
import { condensedRedline } from './condensed-redline.ts';

export interface SectionChange {
  /** The version this entry describes. */
  version: string;
  /** The version it is compared with; undefined for the first version. */
  previous: string | undefined;
  /** `first` when the section is in the policy's first version. */
  status: SectionStatus | 'first';
  /** The section's anchor and title in `version` (null once removed); the opening text has the anchor `""`. */
  anchor: string | null;
  title: string | null;
  oldAnchor: string | null;
  oldTitle: string | null;
  textChanged: boolean;
  moved: boolean;
  renamed: boolean;
  renumbered: boolean;
  formatChanges: string[];
  wordsInserted: number;
  wordsDeleted: number;
  /**
   * The section's rendered redline for this change (heading and text), its unchanged paragraphs folded into one
   * line each run (`condensed-redline.ts`); empty for the first version.
   */
  headingHtml: string;
  html: string;
  /** `a..b` of the whole redline, when published. */
  redline: string | undefined;
}

export interface SectionHistory {
  /** The last part of the history's address: the section's latest anchor (`opening-text` for the opening text). */
  slug: string;
  /** The section's anchor in the latest version it is in (`""` for the opening text). */
  anchor: string;
  /** The latest title. */
  title: string;
  /** Still in the latest version. */
  current: boolean;
  /** The version that no longer has it, when it was removed. */
  removedIn: string | undefined;
  /** Its anchor in each version that has it, for finding the history of a section of any redline. */
  anchors: Record<string, string>;
  /** Oldest first. Versions in which the section did not change are left out. */
  changes: SectionChange[];
}

interface Track {
  anchor: string;
  title: string;
  alive: boolean;
  removedIn: string | undefined;
  anchors: Record<string, string>;
  changes: SectionChange[];
  /** Position in the latest version that has it. */
  place: number;
}

type Version = { version: string; sections: readonly { anchor: string; title: string }[] };

/**
 * `versions` in order, oldest first; `diffs` must hold each consecutive pair
 * (`v[i]..v[i+1]`) — a missing pair ends the history there.
 */
export function sectionHistories(
  versions: readonly Version[],
  diffs: readonly Pick<DiffModel, 'from' | 'to' | 'sections'>[],
  published: ReadonlySet<string> = new Set(diffs.map((diff) => pairSlug(diff.from.version, diff.to.version))),
): SectionHistory[] {
  const first = versions[0];
  if (!first) return [];
  const tracks: Track[] = [];
  let byAnchor = new Map<string, Track>();
  for (const [place, section] of firstSections(diffs[0], first).entries()) {
    const track: Track = {
      anchor: section.anchor,
      title: section.title,
      alive: true,
      removedIn: undefined,
      anchors: { [first.version]: section.anchor },
      changes: [firstChange(first.version, section)],
      place,
    };
    tracks.push(track);
    byAnchor.set(section.anchor, track);
  }
  for (let index = 1; index < versions.length; index++) {
    const from = versions[index - 1]!.version;
    const to = versions[index]!.version;
    const diff = diffs.find((candidate) => candidate.from.version === from && candidate.to.version === to);
    if (!diff) break;
    const next = new Map<string, Track>();
    for (const section of diff.sections) {
      let track = section.oldAnchor === null ? undefined : byAnchor.get(section.oldAnchor);
      if (!track) {
        track = {
          anchor: section.newAnchor ?? '',
          title: titleOf(section.newTitle, section.newAnchor),
          alive: true,
          removedIn: undefined,
          anchors: {},
          changes: [],
          place: 0,
        };
        tracks.push(track);
      }
      if (section.status !== 'unchanged' || section.textChanged || section.formatChanges.length > 0) {
        track.changes.push(changeOf(section, from, to, published));
      }
      if (section.newAnchor === null) {
        track.alive = false;
        track.removedIn = to;
      } else {
        track.anchor = section.newAnchor;
        track.title = titleOf(section.newTitle, section.newAnchor);
        track.anchors[to] = section.newAnchor;
        track.place = section.newIndex ?? 0;
        next.set(section.newAnchor, track);
      }
    }
    byAnchor = next;
  }
  // The latest version's sections in document order, then the removed ones, latest removal first.
  const latest = new Set(byAnchor.values());
  const order = new Map(versions.map((entry, index) => [entry.version, index]));
  const current = tracks.filter((track) => latest.has(track)).sort((a, b) => a.place - b.place);
  const removed = tracks
    .filter((track) => !latest.has(track))
    .sort((a, b) => (order.get(b.removedIn ?? '') ?? 0) - (order.get(a.removedIn ?? '') ?? 0) || a.place - b.place);
  const slugs = new Set<string>();
  return [...current, ...removed].map((track) => {
    const base = track.anchor === '' ? 'opening-text' : track.anchor;
    let slug = base;
    // A removed section whose anchor a later section took gets its own page, not a share of that one.
    for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
    slugs.add(slug);
    return {
      slug,
      anchor: track.anchor,
      title: track.title,
      current: latest.has(track),
      removedIn: latest.has(track) ? undefined : track.removedIn,
      anchors: track.anchors,
      changes: track.changes,
    };
  });
}

/** The history of the section with `anchor` in `version`, if it has one. */
export function historyOf(
  histories: readonly SectionHistory[],
  version: string,
  anchor: string | null,
): SectionHistory | undefined {
  if (anchor === null) return undefined;
  return histories.find((history) => history.anchors[version] === anchor);
}

/**
 * The history a section of a redline from `from` to `to` belongs to: the one
 * that has its new anchor in `to`, or else its old anchor in `from`.
 */
export function historySlugOf(
  histories: readonly Pick<SectionHistory, 'slug' | 'anchors'>[],
  section: Pick<DiffSection, 'oldAnchor' | 'newAnchor'>,
  from: string,
  to: string,
): string | undefined {
  return histories.find(
    (history) =>
      (section.newAnchor !== null && history.anchors[to] === section.newAnchor) ||
      (section.oldAnchor !== null && history.anchors[from] === section.oldAnchor),
  )?.slug;
}

function titleOf(title: string | null, anchor: string | null): string {
  return anchor === '' ? 'Opening text' : (title ?? '');
}

/** The first version's sections in order, the opening text included (from the first redline's old side). */
function firstSections(
  diff: Pick<DiffModel, 'sections'> | undefined,
  first: Version,
): { anchor: string; title: string }[] {
  if (diff) {
    return diff.sections
      .filter((section) => section.oldAnchor !== null)
      .sort((a, b) => (a.oldIndex ?? 0) - (b.oldIndex ?? 0))
      .map((section) => ({ anchor: section.oldAnchor!, title: titleOf(section.oldTitle, section.oldAnchor) }));
  }
  return first.sections.map(({ anchor, title }) => ({ anchor, title }));
}

function firstChange(version: string, section: { anchor: string; title: string }): SectionChange {
  return {
    version,
    previous: undefined,
    status: 'first',
    anchor: section.anchor,
    title: section.title,
    oldAnchor: null,
    oldTitle: null,
    textChanged: false,
    moved: false,
    renamed: false,
    renumbered: false,
    formatChanges: [],
    wordsInserted: 0,
    wordsDeleted: 0,
    headingHtml: '',
    html: '',
    redline: undefined,
  };
}

function changeOf(section: DiffSection, from: string, to: string, published: ReadonlySet<string>): SectionChange {
  const slug = pairSlug(from, to);
  return {
    version: to,
    previous: from,
    status: section.status,
    anchor: section.newAnchor,
    title: section.newAnchor === null ? null : titleOf(section.newTitle, section.newAnchor),
    oldAnchor: section.oldAnchor,
    oldTitle: section.oldAnchor === null ? null : titleOf(section.oldTitle, section.oldAnchor),
    textChanged: section.textChanged,
    moved: section.moved,
    renamed: section.renamed,
    renumbered: section.renumbered,
    formatChanges: section.formatChanges,
    wordsInserted: section.wordsInserted,
    wordsDeleted: section.wordsDeleted,
    headingHtml: section.headingHtml,
    // A change of form alone ("made bold") has no mark to find its paragraph by: that section is shown whole.
    html: section.formatChanges.length > 0 ? section.html : condensedRedline(section.html),
    redline: published.has(slug) ? slug : undefined,
  };
}
