import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPolicy } from '../../../src/core/document/load.ts';
import { diffSideOf, sourceOf } from '../../../src/core/versions/load-revision.ts';
import type { DiffVersion } from '../../../src/core/diff/index.ts';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/diff');

export function fixtureCases(): string[] {
  return readdirSync(FIXTURES).sort();
}

export function versionOf(text: string, version: string): DiffVersion {
  return diffSideOf(
    sourceOf(loadPolicy('policy/sample.mdx', new TextEncoder().encode(text), { render: false })),
    version,
  );
}

export function loadPair(name: string): [DiffVersion, DiffVersion] {
  const read = (file: string) => readFileSync(join(FIXTURES, name, file), 'utf8');
  return [versionOf(read('old.mdx'), '1.0'), versionOf(read('new.mdx'), '1.1')];
}
