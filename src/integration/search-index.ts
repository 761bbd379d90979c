// Builds the Pagefind search index after `astro build`. What is searchable is
// marked on the pages with `data-pagefind-body`: each policy's address (the text
// in force, or its newest draft when none is), each newer draft at its version
// address, and past versions, each with a `status` filter ("In force", "Draft",
// "Past version") and its version as metadata, so the search page labels every
// result and searches past versions only when asked. Only policy pages are handed
// to Pagefind (redlines and guides are never read), which keeps a large build fast.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** A policy's address and its version pages: `policies/<id>/index.html`, `policies/<id>/<version>/index.html`. */
export const SEARCHABLE_GLOB = 'policies/*/{index.html,*/index.html}';

export async function writeSearchIndex(outDir: URL): Promise<{ pages: number }> {
  const dir = fileURLToPath(outDir);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dir, glob: SEARCHABLE_GLOB });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
