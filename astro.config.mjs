// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import policyPipeline from './src/integration/policy-pipeline.ts';

export default defineConfig({
  // Set SITE_URL and BASE_PATH when deploying under a sub-path (GitHub Pages).
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [policyPipeline(), mdx()],
});
