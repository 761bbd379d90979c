// Builds the Pagefind search index after `astro build`. Only current policy
// texts are searchable: they are the only pages with `data-pagefind-body`, and
// only their files are handed to Pagefind (historical versions, redlines and
// guides are never read), which also keeps a large build fast.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Current policy pages: `policies/<id>/index.html`, not `policies/<id>/<version>/…`. */
export const SEARCHABLE_GLOB = 'policies/*/index.html';

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
