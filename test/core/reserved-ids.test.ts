// The page ids a policy's anchors must not take (`reserved-ids.ts`) are read
// off the pages that show a policy's HTML, so a new id on one of them cannot
// be forgotten.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isReservedId, reservedIdPrefixes, safeAnchor } from '../../src/core/document/reserved-ids.ts';

const pagesWithPolicyHtml = [
  'src/layouts/Base.astro',
  'src/pages/policies/[id]/index.astro',
  'src/pages/policies/[id]/[version]/index.astro',
  'src/pages/mandates/[id]/text/index.astro',
];

/** The components a page imports, followed one level (the pages' components import no further ids). */
function withComponents(page: string): string[] {
  const text = readFileSync(page, 'utf8');
  const imports = [...text.matchAll(/from '(\.[^']+\.astro)'/g)].map((match) =>
    new URL(match[1]!, new URL(page, 'file:///work/')).pathname.replace('/work/', ''),
  );
  return [page, ...imports];
}

describe('reserved page ids', () => {
  const files = [...new Set(pagesWithPolicyHtml.flatMap(withComponents))];

  it('list every fixed id of the pages that show a policy', () => {
    const ids = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!));
    expect(ids.length).toBeGreaterThan(5);
    expect(ids.filter((id) => !isReservedId(id))).toEqual([]);
    // A `<Notice id="x">` also makes `x-title`.
    const notices = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<Notice[^>]*\bid="([^"]+)"/g)].map((m) => `${m[1]!}-title`),
    );
    for (const id of notices) expect(isReservedId(id), id).toBe(true);
  });

  it('list the prefix of every id built from a name', () => {
    const prefixes = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bid=\{`([a-z-]+)\$\{/g)].map((m) => m[1]!),
    );
    expect(prefixes).toContain('channel-');
    for (const prefix of prefixes) expect(reservedIdPrefixes).toContain(prefix);
  });

  it('leave other anchors alone and prefix the reserved ones', () => {
    expect(safeAnchor('k-c')).toBe('k-c');
    expect(safeAnchor('purpose')).toBe('purpose');
    expect(safeAnchor('main')).toBe('user-content-main');
    expect(safeAnchor('channel-feedback')).toBe('user-content-channel-feedback');
  });
});
