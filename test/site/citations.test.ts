// Stable citations (issue 14): on the policy's address and on every version
// page, each citation names the version and links to that version's permanent
// address, and that address exists and holds the cited section or clause.
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, type BuiltSite } from './built-site.ts';
import { all, byId, hasClass, parse, text } from './dom.ts';

const BASE_URL = 'https://cabq.github.io/policy/';

let site: BuiltSite;
beforeAll(async () => {
  site = await builtSite('repo');
});

/** The built file of a page path under the base (`/policy/policies/x/1.0/` → its HTML). */
function pageAt(path: string): string {
  return site.read(path.replace(/^\/policy\//, '/'));
}

/** The pages that show a version of AI 1-19, the version each shows, and how many lettered clauses it has. */
const pages = [
  { path: '/policies/ai-1-19/', version: '1.0', clauses: 62 },
  { path: '/policies/ai-1-19/1.0/', version: '1.0', clauses: 62 },
  // Version 2.0 is written in headed sections, without lettered clauses.
  { path: '/policies/ai-1-19/2.0/', version: '2.0', clauses: 0 },
];

describe('citations', () => {
  it('shows the text in force, version 1.0, at the policy’s address, and the draft at its versioned address', () => {
    expect(text(all(parse(site.read('/policies/ai-1-19/')), hasClass('lead'))[0]!)).toBe(
      'In force Version 1.0, in effect since August 23, 2022',
    );
    expect(site.read('/policies/ai-1-19/')).toContain('id="k-c"');
    expect(site.read('/policies/ai-1-19/2.0/')).toContain('id="disciplinary-actions"');
  });

  for (const { path, version, clauses } of pages) {
    it(`on ${path} name version ${version} and link to its address, which holds the section`, () => {
      const tree = parse(site.read(path));
      const lines = all(tree, hasClass('citation--copy')).map(text);
      expect(lines.length).toBeGreaterThan(4);
      for (const line of lines) {
        const match = /^AI 1-19(?:, .+| §\S+) \(version (\d+\.\d+)\), (https:\/\/\S+)$/.exec(line);
        expect(match, line).not.toBeNull();
        expect(match![1], line).toBe(version);
        const url = new URL(match![2]!);
        expect(`${url.origin}${url.pathname}`, line).toBe(`${BASE_URL}policies/ai-1-19/${version}/`);
        expect(byId(parse(pageAt(url.pathname)), url.hash.slice(1)), line).toBeDefined();
      }
    });

    it(`on ${path} give every clause a permanent link to version ${version} that resolves`, () => {
      const tree = parse(site.read(path));
      const cites = all(tree, hasClass('cite'));
      expect(cites).toHaveLength(clauses);
      for (const cite of cites) {
        const [link, citation] = cite.children.filter((child) => child.type === 'element');
        expect(text(citation!)).toMatch(new RegExp(`^AI 1-19 §\\S+ \\(version ${version.replace('.', '\\.')}\\)$`));
        const target = new URL(String(link!.properties['href']), `http://site/policy${path}`);
        expect(target.pathname).toBe(`/policy/policies/ai-1-19/${version}/`);
        expect(byId(parse(pageAt(target.pathname)), target.hash.slice(1)), target.href).toBeDefined();
      }
    });
  }

  it('cites clause §K(c) of version 1.0 as the README does', () => {
    expect(site.read('/policies/ai-1-19/')).toContain('<span class="citation">AI 1-19 §K(c) (version 1.0)</span>');
  });
});
