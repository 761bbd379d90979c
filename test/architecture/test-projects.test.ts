// Every test file belongs to exactly one vitest project (vitest.config.ts), so
// none is silently left out of `npm test`.
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteFolders, unitFolders } from '../../vitest.config.ts';

const testRoot = resolve(import.meta.dirname, '..');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : testFiles(path);
    return entry.name.endsWith('.test.ts') ? [relative(testRoot, path)] : [];
  });
}

describe('the test projects', () => {
  it('run every test file in exactly one project', () => {
    const outside = testFiles(testRoot).filter((file) => {
      const folder = file.split(/[\\/]/)[0]!;
      return Number(unitFolders.includes(folder)) + Number(siteFolders.includes(folder)) !== 1;
    });
    expect(outside).toEqual([]);
    expect(unitFolders.filter((folder) => siteFolders.includes(folder))).toEqual([]);
  });
});
