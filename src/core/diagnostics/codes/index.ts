// The message catalogue: every permanent code the pipeline can report.
// It is data: the CLI, the site's message reference page and the tests all read it.
//
// Each area's entries are declared `as const`, so the codes are literal types
// and `Code` is their union: reporting a code that is not in the catalogue is
// a type error, found by `tsc` before any test runs.
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

export const catalogue = [
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
] as const satisfies readonly CodeInfo[];

/** A permanent message code, for example `front-matter/unknown-key`: only codes of the catalogue type-check. */
export type Code = (typeof catalogue)[number]['code'];

const byCode = new Map<string, CodeInfo>(catalogue.map((info) => [info.code, info]));

/** Whether a text read from data (a cache file, a worker's answer) is a code of the catalogue. */
export function isCode(value: string): value is Code {
  return byCode.has(value);
}

/**
 * The catalogue entry of a code. Code in `src/` can only pass a `Code`; the
 * check at run time is the safety net for codes that come from data.
 */
export function codeInfo(code: string): CodeInfo {
  const info = byCode.get(code);
  if (!info) throw new Error(`Unknown diagnostic code "${code}": add it to src/core/diagnostics/codes/.`);
  return info;
}
