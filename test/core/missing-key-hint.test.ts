// A missing front matter key's hint says what to write: its description, and
// its allowed values when the description does not already name them.
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/core/document/load.ts';

const hints = (frontMatter: string) =>
  Object.fromEntries(
    loadPolicy('policy/x.md', new TextEncoder().encode(`---\n${frontMatter}---\n\n## Scope\n\nText.\n`))
      .diagnostics.filter((d) => d.code === 'front-matter/missing-key')
      .map((d) => [d.message, d.hint]),
  );

describe('the hint of a missing front matter key', () => {
  const found = hints('id: x\ntitle: X\nnumber: "X 1"\nowner: Clerk\nversion: "1.0"\n');

  it('lists the allowed values when the description does not', () => {
    expect(found['Missing key `kind` in the front matter.']).toBe(
      'Add `kind`: What kind of instrument this is. One of `administrative-instruction`, `executive-instruction`, `resolution`, `ordinance`, `policy` or `procedure`.',
    );
  });

  it('leaves a description that already names every value as it is', () => {
    expect(found['Missing key `status` in the front matter.']).toBe(
      'Add `status`: `draft` while being written or open for comment, `adopted` once signed, `retired` when withdrawn. "Superseded" is worked out from the history and never written here.',
    );
  });
});
