// The message catalogue: every permanent code the pipeline can report.
// It is data: the CLI, the site's message reference page and the tests all read it.
import type { CodeInfo, Severity } from './types.ts';
import { fileCodes } from './file.ts';
import { frontMatterCodes } from './front-matter.ts';
import { siteConfigCodes } from './site-config.ts';
import { mdxCodes } from './mdx.ts';
import { sectionCodes } from './sections.ts';
import { linkCodes } from './links.ts';
import { mandateCodes } from './mandate.ts';
import { reviewCodes } from './review.ts';
import { lifecycleCodes } from './lifecycle.ts';
import { commentCodes } from './comment.ts';
import { historyCodes } from './history.ts';
import { versionCodes } from './version.ts';
import { diffCodes } from './diff.ts';

export type { CodeInfo, Severity };

export const catalogue: readonly CodeInfo[] = [
  ...fileCodes,
  ...frontMatterCodes,
  ...siteConfigCodes,
  ...mdxCodes,
  ...sectionCodes,
  ...linkCodes,
  ...mandateCodes,
  ...reviewCodes,
  ...lifecycleCodes,
  ...commentCodes,
  ...historyCodes,
  ...versionCodes,
  ...diffCodes,
];

const byCode = new Map(catalogue.map((info) => [info.code, info]));

export function codeInfo(code: string): CodeInfo {
  const info = byCode.get(code);
  if (!info) throw new Error(`Unknown diagnostic code "${code}": add it to src/core/diagnostics/codes/.`);
  return info;
}
