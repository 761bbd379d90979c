// Per-section history: every change to one section (say "Disciplinary
// Actions") across the versions of a policy. Sections are followed through
// the redline of each consecutive pair of versions, so a renamed or moved
// section keeps its history. Each history is published at the section's
// latest anchor; if two sections ever end at the same anchor (one removed, a
// new one later added under the same heading), they share that page, which
// is what a reader following that address expects.
import type { DiffModel, DiffSection, SectionStatus, WordRun } from '../diff/types.ts';
import { pairSlug } from '../routes.ts';

export interface SectionChange {
  /** The version this entry describes. */
  version: string;
  /** The version it is compared with; undefined for the first version. */
  previous: string | undefined;
  /** `first` when the section is in the policy's first version. */
  status: SectionStatus | 'first';
  anchor: string | null;
  title: string | null;
  oldAnchor: string | null;
  oldTitle: string | null;
  textChanged: boolean;
  wordsInserted: number;
  wordsDeleted: number;
  /** The section's redline for this change; empty when its wording did not change. */
  runs: WordRun[];
  /** `a..b` of the whole redline, when published. */
  redline: string | undefined;
}

export interface SectionHistory {
  /** The address of the history: the section's latest anchor. */
  anchor: string;
  /** The latest title. */
  title: string;
  /** Still in the latest version. */
  current: boolean;
  /** Oldest first. Versions in which the section did not change are left out. */
  changes: SectionChange[];
}

interface Track {
  anchor: string;
  title: string;
  alive: boolean;
  changes: SectionChange[];
}

/**
 * `versions` in order, oldest first; `diffs` must hold each consecutive pair
 * (`v[i]..v[i+1]`) — a missing pair ends the history there.
 */
export function sectionHistories(
  versions: readonly { version: string; sections: readonly { anchor: string; title: string }[] }[],
  diffs: readonly Pick<DiffModel, 'from' | 'to' | 'sections'>[],
  published: ReadonlySet<string> = new Set(diffs.map((diff) => pairSlug(diff.from.version, diff.to.version))),
): SectionHistory[] {
  const first = versions[0];
  if (!first) return [];
  const tracks: Track[] = [];
  let byAnchor = new Map<string, Track>();
  for (const section of headingSections(diffs[0], first.sections)) {
    const track: Track = { anchor: section.anchor, title: section.title, alive: true, changes: [] };
    track.changes.push({
      version: first.version,
      previous: undefined,
      status: 'first',
      anchor: section.anchor,
      title: section.title,
      oldAnchor: null,
      oldTitle: null,
      textChanged: false,
      wordsInserted: 0,
      wordsDeleted: 0,
      runs: [],
      redline: undefined,
    });
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
      if (section.oldAnchor === '' || section.newAnchor === '') continue; // the opening text has no heading
      let track = section.oldAnchor === null ? undefined : byAnchor.get(section.oldAnchor);
      if (!track) {
        track = { anchor: section.newAnchor ?? '', title: section.newTitle ?? '', alive: true, changes: [] };
        tracks.push(track);
      }
      if (section.status !== 'unchanged' || section.textChanged) {
        track.changes.push(changeOf(section, from, to, published));
      }
      if (section.newAnchor === null) {
        track.alive = false;
      } else {
        track.anchor = section.newAnchor;
        track.title = section.newTitle ?? track.title;
        next.set(section.newAnchor, track);
      }
    }
    byAnchor = next;
  }
  const order = new Map(versions.map((entry, index) => [entry.version, index]));
  return merge(tracks, order);
}

function headingSections(
  diff: Pick<DiffModel, 'sections'> | undefined,
  sections: readonly { anchor: string; title: string }[],
): { anchor: string; title: string }[] {
  // The diff's old side lists every heading of the first version (at any depth), in order.
  if (diff) {
    return diff.sections
      .filter((section) => section.oldAnchor !== null && section.oldAnchor !== '')
      .sort((a, b) => (a.oldIndex ?? 0) - (b.oldIndex ?? 0))
      .map((section) => ({ anchor: section.oldAnchor!, title: section.oldTitle ?? '' }));
  }
  return sections.map(({ anchor, title }) => ({ anchor, title }));
}

function changeOf(section: DiffSection, from: string, to: string, published: ReadonlySet<string>): SectionChange {
  const slug = pairSlug(from, to);
  return {
    version: to,
    previous: from,
    status: section.status,
    anchor: section.newAnchor,
    title: section.newTitle,
    oldAnchor: section.oldAnchor,
    oldTitle: section.oldTitle,
    textChanged: section.textChanged,
    wordsInserted: section.wordsInserted,
    wordsDeleted: section.wordsDeleted,
    runs: section.textChanged ? section.runs : [],
    redline: published.has(slug) ? slug : undefined,
  };
}

/** One history per final anchor, in order of first appearance. */
function merge(tracks: readonly Track[], order: ReadonlyMap<string, number>): SectionHistory[] {
  const byAnchor = new Map<string, SectionHistory>();
  for (const track of tracks) {
    const existing = byAnchor.get(track.anchor);
    if (existing) {
      existing.changes.push(...track.changes);
      existing.current ||= track.alive;
      if (track.alive) existing.title = track.title;
    } else {
      byAnchor.set(track.anchor, {
        anchor: track.anchor,
        title: track.title,
        current: track.alive,
        changes: [...track.changes],
      });
    }
  }
  const histories = [...byAnchor.values()];
  for (const history of histories) {
    history.changes.sort((a, b) => (order.get(a.version) ?? 0) - (order.get(b.version) ?? 0));
  }
  return histories;
}
