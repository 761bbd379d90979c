// Which mandate requirements a change touches: those whose mapped sections
// (front matter `mandates`, old or new crosswalk) had words inserted or deleted,
// appeared or disappeared, or whose mapping itself changed.
import { flattenSections, type Section } from '../document/sections.ts';
import type { PolicyFrontMatter } from '../schemas/types.ts';
import type { TouchedRequirement } from './types.ts';

export interface Side {
  frontMatter: PolicyFrontMatter | undefined;
  sections: readonly Section[];
  bodyStart: number;
  /** Body ranges [start, end) where text was deleted (old side) or inserted (new side). */
  changes: readonly (readonly [number, number])[];
}

export function touchedRequirements(before: Side, after: Side): TouchedRequirement[] {
  const oldMap = crosswalk(before.frontMatter);
  const newMap = crosswalk(after.frontMatter);
  const keys = [...new Set([...oldMap.keys(), ...newMap.keys()])].sort();
  const oldRanges = rangesOf(before);
  const newRanges = rangesOf(after);
  const touched: TouchedRequirement[] = [];
  for (const key of keys) {
    const oldAnchors = oldMap.get(key) ?? [];
    const newAnchors = newMap.get(key) ?? [];
    const anchors = [...new Set([...oldAnchors, ...newAnchors])].filter((anchor) => {
      const oldRange = oldRanges.get(anchor);
      const newRange = newRanges.get(anchor);
      if (!oldAnchors.includes(anchor) || !newAnchors.includes(anchor)) return true;
      if (!oldRange || !newRange) return oldRange !== newRange;
      return hits(oldRange, before.changes) || hits(newRange, after.changes);
    });
    if (anchors.length === 0) continue;
    const [mandate = '', requirement = ''] = key.split('\u0000');
    touched.push({ mandate, requirement, anchors });
  }
  return touched;
}

function crosswalk(frontMatter: PolicyFrontMatter | undefined): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [mandate, requirements] of Object.entries(frontMatter?.mandates ?? {})) {
    for (const [requirement, entry] of Object.entries(requirements)) {
      const anchors = (typeof entry === 'string' ? [entry] : entry).map((anchor) => anchor.replace(/^#/, ''));
      map.set(`${mandate}\u0000${requirement}`, anchors);
    }
  }
  return map;
}

function rangesOf(side: Side): Map<string, [number, number]> {
  return new Map(
    flattenSections(side.sections).map((section) => [
      section.anchor,
      [(section.position.start.offset ?? 0) - side.bodyStart, (section.position.end.offset ?? 0) - side.bodyStart],
    ]),
  );
}

function hits([start, end]: [number, number], changes: readonly (readonly [number, number])[]): boolean {
  return changes.some(([from, to]) => (from === to ? from >= start && from < end : from < end && to > start));
}
