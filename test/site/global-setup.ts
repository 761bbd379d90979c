// Vitest global setup: one temporary folder per test run, shared by every test
// file, in which `builtSite()` builds each site at most once (on first use, so
// a run that needs no site builds none).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    siteCache: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cache = await mkdtemp(join(tmpdir(), 'policy-site-cache-'));
  project.provide('siteCache', cache);
  return () => rm(cache, { recursive: true, force: true });
}
