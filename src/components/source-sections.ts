// Names of a version's sections by anchor, for links that must say where they
// go ("§K(c)", "Purpose") and never show an anchor.
export interface NoteSection {
  anchor: string;
  kind: 'heading' | 'clause';
  title: string;
  citation: string;
  children: NoteSection[];
}

export function flattenSectionsForNotes(sections: readonly NoteSection[]): Map<string, string> {
  const names = new Map<string, string>();
  const walk = (list: readonly NoteSection[]) => {
    for (const section of list) {
      names.set(section.anchor, section.kind === 'clause' ? section.citation : section.title);
      walk(section.children);
    }
  };
  walk(sections);
  return names;
}
