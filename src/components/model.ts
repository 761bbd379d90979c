// The SiteModel reaches pages through the Node global registry, not through a
// generated JavaScript module: the integration builds the model once in
// `astro:config:setup`, and pages prerender in the same Node process (both in
// `astro build` and `astro dev`). A synthetic repository makes a model of many
// megabytes, which Vite would otherwise parse and transform as source code.
import type { SiteModel } from '../core/publish/site-model.ts';

const KEY = Symbol.for('policy-as-code.site-model');

type WithModel = { [KEY]?: SiteModel };

/** Called by the integration once the pipeline has run. */
export function publishSiteModel(model: SiteModel): void {
  (globalThis as WithModel)[KEY] = model;
}

/** The model, for pages and components. */
export function siteModel(): SiteModel {
  const model = (globalThis as WithModel)[KEY];
  if (!model) {
    throw new Error(
      'The policy site model is missing: the `policy-pipeline` integration must be listed in astro.config.mjs.',
    );
  }
  return model;
}
