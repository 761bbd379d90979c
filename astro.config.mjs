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
  // One page at a time: with more, Astro's log of the pages it writes runs lines together
  // and leaves stray "(+5ms)" lines (each page's start and end are printed apart), and
  // withastro/astro#13538 reports build errors being lost. Rendering is not the slow part
  // of a build (the policy pipeline is), so the clean log costs little.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 1 },
  integrations: [policyPipeline(), mdx()],
});
