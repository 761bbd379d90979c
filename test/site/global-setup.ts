// Vitest global setup: one temporary folder per test run, shared by every test
// file, in which `builtSite()` builds each site at most once (on first use, so
// a run that needs no site builds none).
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    siteCache: string;
  }
}

/**
 * Builds go inside the project (under node_modules/.cache): Astro writes its
 * prerender chunks next to an outDir inside the working folder, which must see
 * node_modules, but into one shared `.astro/` folder for an outDir elsewhere,
 * where two builds running at once overwrite each other's chunks.
 */
export async function siteBuildFolder(): Promise<string> {
  const folder = resolve(import.meta.dirname, '../../node_modules/.cache/policy-site');
  await mkdir(folder, { recursive: true });
  return join(folder, 'run-');
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cache = await mkdtemp(await siteBuildFolder());
  project.provide('siteCache', cache);
  return () => rm(cache, { recursive: true, force: true });
}
