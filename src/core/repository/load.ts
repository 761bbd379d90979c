// Loads everything a policy repository holds in its working tree: the site
// settings and every policy document, with their diagnostics.
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { PolicyFiles, RefusedFile } from '../ports.ts';
import { POLICY_DIR } from './files.ts';
import { loadPolicy, type PolicyDocument } from '../document/load.ts';
import { readSiteConfig, SITE_CONFIG_PATH } from './site-config.ts';
import type { SiteConfig } from '../schemas/types.ts';

export interface Repository {
  site: SiteConfig | undefined;
  documents: PolicyDocument[];
  diagnostics: Diagnostic[];
}

export async function loadRepository(files: PolicyFiles, options: { render?: boolean } = {}): Promise<Repository> {
  const refused = (await files.refused?.()) ?? [];
  const refusedDiagnostics = refused.map(refusedFile);
  // A `site.yaml` that is a link is never read: its target's text must not appear in any message.
  const siteRefused = refused.some((file) => file.path === SITE_CONFIG_PATH || file.path === POLICY_DIR);
  const site = siteRefused
    ? { config: undefined, diagnostics: [] }
    : readSiteConfig(await files.read(SITE_CONFIG_PATH));
  const diagnostics: Diagnostic[] = [...refusedDiagnostics, ...site.diagnostics];
  const paths = await files.listPolicies();
  if (paths.length === 0 && refused.length === 0) {
    diagnostics.push(
      diagnostic('file/no-policies', 'policy/', 'No policy files (`.md` or `.mdx`) were found in `policy/`.', {
        hint: 'Add a policy file, or point the tool at the right folder with `--root`.',
      }),
    );
  }
  const documents: PolicyDocument[] = [];
  for (const path of paths) {
    const bytes = await files.read(path);
    if (bytes === undefined) {
      diagnostics.push(diagnostic('file/unreadable', path, 'The file could not be read.'));
      continue;
    }
    const document = loadPolicy(path, bytes, { ...options, imageOrigins: siteImageOrigins(site.config) });
    documents.push(document);
    diagnostics.push(...document.diagnostics);
  }
  diagnostics.push(...duplicateIds(documents));
  return { site: site.config, documents, diagnostics };
}

function duplicateIds(documents: readonly PolicyDocument[]): Diagnostic[] {
  const first = new Map<string, PolicyDocument>();
  const found: Diagnostic[] = [];
  for (const document of documents) {
    const id = document.frontMatter?.id;
    if (!id) continue;
    const earlier = first.get(id);
    if (earlier) {
      found.push(
        diagnostic(
          'front-matter/duplicate-id',
          document.path,
          `The id \`${id}\` is already used by \`${earlier.path}\`.`,
          {
            place: document.locate(['id'], 'value'),
            related: [{ file: earlier.path, place: earlier.locate(['id'], 'value'), message: 'first used' }],
            hint: 'Every policy needs its own id: rename one of the two.',
          },
        ),
      );
    } else {
      first.set(id, document);
    }
  }
  return found;
}

/** Where policy images may come from: the site's own origin and the ones `site.yaml` allows. */
export function siteImageOrigins(site: SiteConfig | undefined): string[] {
  if (!site) return [];
  let own: string[] = [];
  try {
    own = [new URL(site.baseUrl).origin];
  } catch {
    // An invalid `baseUrl` is reported with the site settings.
  }
  return [...own, ...(site.images?.allowedOrigins ?? [])];
}

/** The message for a `policy/` entry that is never read (see `PolicyFiles.refused`). */
function refusedFile(file: RefusedFile): Diagnostic {
  switch (file.why) {
    case 'symlink':
      return diagnostic(
        'file/symlink',
        file.path,
        `\`${file.path}\` is a link to another file; links are never read.`,
        {
          hint: 'Put the file itself in `policy/` (a link can point outside the repository, where the check must not read).',
        },
      );
    case 'not-a-file':
      return diagnostic('file/not-a-file', file.path, `\`${file.path}\` is a folder or a device, not a file.`, {
        hint: 'Rename the folder, or move the policy file out of it into `policy/`.',
      });
    case 'upper-case-extension': {
      const fixed = file.path.replace(/\.[^.]+$/, (extension) => extension.toLowerCase());
      return diagnostic(
        'file/upper-case-extension',
        file.path,
        `\`${file.path}\` is not read: the file name must end in lower case.`,
        { hint: `Rename it to \`${fixed}\`.` },
      );
    }
  }
}
