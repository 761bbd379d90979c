import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareRevision, type RevisionParser } from '../../src/core/versions/load-revision.ts';
import { codeVersion, diskCachedParser, type DiskCacheStats } from '../../src/io/revision-disk-cache.ts';
import { BODY_V1, policyText } from './git-repo.ts';

const PATH = 'policy/social-media.mdx';
const encoder = new TextEncoder();
const revisions = ['1.0', '1.1'].map((version, index) => ({
  blob: `blob-${index}`,
  path: PATH,
  bytes: encoder.encode(policyText({ version, status: 'adopted', adopted: '2024-01-15', body: BODY_V1 })),
}));

// Counts what reaches the real parser.
function countingParser(): RevisionParser & { parsed: string[] } {
  const parsed: string[] = [];
  return {
    parsed,
    parse: async (list) => {
      parsed.push(...list.map((revision) => revision.blob));
      return list.map(({ path, bytes }) => prepareRevision(path, bytes));
    },
  };
}

const plain = (source: ReturnType<typeof prepareRevision>) => ({
  ...source,
  document: { ...source.document, locate: undefined },
});

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function cacheFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'policy-parse-cache-'));
  folders.push(folder);
  return folder;
}

describe('the parse cache on disk', () => {
  it('parses each blob once across builds and gives back exactly what was parsed', async () => {
    const folder = cacheFolder();
    const first = countingParser();
    const stats: DiskCacheStats = { hits: 0, misses: 0 };
    const cold = await diskCachedParser(first, { folder, version: 'v1', stats }).parse(revisions);
    expect(first.parsed).toEqual(['blob-0', 'blob-1']);
    const second = countingParser();
    const warm = await diskCachedParser(second, { folder, version: 'v1', stats }).parse(revisions);
    expect(second.parsed).toEqual([]);
    expect(stats).toEqual({ hits: 2, misses: 2 });
    expect(warm.map(plain)).toEqual(cold.map(plain));
    expect(warm[1]!.document.html).toContain('<h2 id="rules">Rules</h2>');
    expect(warm[0]!.document.locate(['version'])).toEqual({ line: 1, column: 1 });
  });

  it('parses again when an entry is damaged, and forgets entries made by other code', async () => {
    const folder = cacheFolder();
    await diskCachedParser(countingParser(), { folder, version: 'v1' }).parse(revisions);
    for (const entry of readdirSync(join(folder, 'v1'))) writeFileSync(join(folder, 'v1', entry), 'not a cache entry');
    const again = countingParser();
    await diskCachedParser(again, { folder, version: 'v1' }).parse(revisions);
    expect(again.parsed).toEqual(['blob-0', 'blob-1']);

    const newer = countingParser();
    await diskCachedParser(newer, { folder, version: 'v2' }).parse(revisions);
    expect(newer.parsed).toEqual(['blob-0', 'blob-1']);
    expect(readdirSync(folder)).toEqual(['v2']);
  });

  it('names the code version after the core sources and the lock file', () => {
    const root = cacheFolder();
    mkdirSync(join(root, 'src', 'core'), { recursive: true });
    writeFileSync(join(root, 'src', 'core', 'parse.ts'), 'one');
    writeFileSync(join(root, 'package-lock.json'), '{}');
    const before = codeVersion(root);
    expect(codeVersion(root)).toBe(before);
    writeFileSync(join(root, 'src', 'core', 'parse.ts'), 'two');
    expect(codeVersion(root)).not.toBe(before);
  });
});
