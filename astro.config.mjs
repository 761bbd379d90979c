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
  // Four pages in progress at a time: one renders while the others are written to disk
  // (pages share no state, so the output is the same byte for byte).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  integrations: [policyPipeline(), mdx()],
});
