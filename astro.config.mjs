// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import policyPipeline from './src/integration/policy-pipeline.ts';

export default defineConfig({
  // Set SITE_URL and BASE_PATH when deploying under a sub-path (GitHub Pages).
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  // One cached stylesheet for every page, never inlined per page (keeps each page small).
  // Four pages at a time: a page waits on its file being written, and with one at a time a
  // third of the rendering time was spent waiting (11.3 → 9.4 s for the 4,400 pages of the
  // 50 × 20 benchmark). Astro 7 fails the build on an error in any of them (Promise.all;
  // withastro/astro#13538, which lost them, is fixed); its log of the pages it writes may
  // run two pages' lines together.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  integrations: [policyPipeline(), mdx()],
});
