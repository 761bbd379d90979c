// The catalogue grouped by area (the part of a code before the slash), in
// catalogue order, for the site's message reference page.
import { catalogue, type CodeInfo } from './index.ts';

export interface MessageArea {
  /** `front-matter` */
  id: string;
  /** `Front matter` */
  title: string;
  codes: CodeInfo[];
}

const titles: Record<string, string> = {
  file: 'The file',
  'front-matter': 'Front matter (the facts at the top of a policy)',
  'site-config': 'Site settings (policy/site.yaml)',
  mdx: 'Text and components (safe MDX)',
  sections: 'Sections and clauses',
  links: 'Links in policy text',
  mandate: 'Mandates and compliance',
  review: 'Reviews',
  lifecycle: 'Adoption and status',
  version: 'Versions',
  comment: 'Comment periods',
  history: 'History (git)',
  diff: 'Comparing versions',
};

export function messageAreas(codes: readonly CodeInfo[] = catalogue): MessageArea[] {
  const areas = new Map<string, MessageArea>();
  for (const info of codes) {
    const id = info.code.split('/')[0] ?? info.code;
    let area = areas.get(id);
    if (!area) {
      area = { id, title: titles[id] ?? id.replaceAll('-', ' '), codes: [] };
      areas.set(id, area);
    }
    area.codes.push(info);
  }
  return [...areas.values()];
}
