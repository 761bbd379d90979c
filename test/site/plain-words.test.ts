// Plain words on every public page: no code, anchors, file names or field
// names in the visible text of the site built from this repository.
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, pagePath, type BuiltSite } from './built-site.ts';
import { parse } from './dom.ts';
import { jargonIn, visibleText } from './plain-words.ts';

/**
 * Pages written for policy authors and maintainers, where naming a field or a
 * file is the point: the author guides (how to write and check a policy file)
 * and the message-code reference (each code's help names the field to fix).
 * The public guides (the guide index, the accessibility statement) are scanned.
 */
const FOR_AUTHORS = [
  '/guides/propose-a-change/',
  '/guides/how-the-checks-work/',
  // For council staff who record a staff review: it names the file they edit and the schema that checks it.
  '/guides/how-compliance-is-read/',
  '/messages/',
];

let site: BuiltSite;
beforeAll(async () => {
  site = await builtSite('repo');
});

describe('the jargon detector', () => {
  it('finds backticks, anchors, file names and field names, and passes plain sentences', () => {
    expect(
      jargonIn('met by #behavioral-expectations; `policy/site.yaml` gives a channel; set review.intervalMonths'),
    ).toEqual([
      'backtick: "`policy/site.yaml`"',
      'anchor: "#behavioral-expectations"',
      'file name: "policy/site.yaml"',
      'field name: "review.intervalMonths"',
    ]);
    expect(jargonIn('Pull request #12 is open. Email socialmediapolicy@cabq.gov or visit www.cabq.gov/311.')).toEqual(
      [],
    );
  });

  it('does not read scripts or the maintainers’ disclosure', () => {
    const tree = parse(
      '<p>Plain.</p><script>const a = `x`;</script><details class="for-maintainers"><summary>Details for maintainers</summary><code>policy/site.yaml</code></details>',
    );
    expect(jargonIn(visibleText(tree))).toEqual([]);
  });
});

describe('every public page', () => {
  it('shows no code, anchors, file names or field names', () => {
    const found: string[] = [];
    for (const file of site.htmlFiles()) {
      const path = pagePath(file);
      if (FOR_AUTHORS.includes(path)) continue;
      for (const match of jargonIn(visibleText(parse(site.read(file))))) found.push(`${path} ${match}`);
    }
    expect(found).toEqual([]);
  });
});
