// Checks the `anchor` of each note in `sources.notes`: the page links the note
// to that section, so an anchor the policy does not have would be a broken
// link. Placed on the anchor, with the nearest existing one as the hint.
import type { DiagnosticSink } from '../diagnostics/diagnostic.ts';
import type { PolicyFrontMatter } from '../schemas/types.ts';
import type { Locate } from '../yaml/locate.ts';
import { nearestHint } from './nearest-anchor.ts';
import { flattenSections, type Section } from './sections.ts';

export function checkSourceNoteAnchors(
  frontMatter: PolicyFrontMatter,
  locate: Locate,
  sections: readonly Section[],
  sink: DiagnosticSink,
  options: { pastRevision?: boolean } = {},
): void {
  const notes = frontMatter.sources?.notes ?? [];
  if (notes.length === 0) return;
  const anchors = flattenSections(sections).map((section) => section.anchor);
  const known = new Set(anchors);
  notes.forEach((note, index) => {
    if (note.anchor === undefined || known.has(note.anchor)) return;
    sink.report(
      'front-matter/unknown-anchor',
      `The note in \`sources.notes\` is about \`#${note.anchor}\`, which is not a section of this policy.`,
      {
        place: locate(['sources', 'notes', index, 'anchor'], 'value'),
        hint: nearestHint(note.anchor, anchors),
        // A past revision is published as it was; its broken reference is no reason to stop the build.
        ...(options.pastRevision ? { severity: 'warning' as const } : {}),
      },
    );
  });
}
