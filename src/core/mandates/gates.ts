// The version rules for mandates (docs/architecture.md, "Mandate gates"):
// - a version adopted before the mandate was enacted is grandfathered: its gaps
//   are shown (info), never errors;
// - every other version the mandate binds, draft or adopted, must meet every
//   requirement: `partial` or `missing` is an error;
// - a new version may not lower compliance against its predecessor (error).
//
// Errors apply to the current text (the last entry). A past version can no
// longer be changed, so its gaps and drops are reported as warnings: they were
// errors when that version was current, and only show again here when the
// mandate file itself changes.
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/diagnostic.ts';
import type { PolicyDocument } from '../document/load.ts';
import type { Mandate, PolicyFrontMatter } from '../schemas/types.ts';
import type { ComplianceReport, RequirementStatus } from './types.ts';
import { complianceDiagnostics } from './diagnostics.ts';

export { bindsPolicy } from './binding.ts';

export interface VersionCompliance {
  version: string;
  document: Pick<PolicyDocument, 'path' | 'frontMatter' | 'sections' | 'locate'>;
  report: ComplianceReport;
}

/** True when this version was adopted before the mandate was enacted. */
export function isGrandfathered(
  frontMatter: Pick<PolicyFrontMatter, 'status' | 'adopted'> | undefined,
  mandate: Pick<Mandate, 'enacted'>,
): boolean {
  const adopted = frontMatter?.adopted?.date;
  return frontMatter?.status !== 'draft' && adopted !== undefined && adopted < mandate.enacted;
}

const rank: Record<RequirementStatus, number> = { missing: 0, partial: 1, met: 2 };

/** Diagnostics for an ordered list of versions (oldest first; the last is the current text). */
export function complianceGates(versions: readonly VersionCompliance[], mandate: Mandate): Diagnostic[] {
  const found: Diagnostic[] = [];
  versions.forEach((entry, index) => {
    const past = index < versions.length - 1;
    const grandfathered = isGrandfathered(entry.document.frontMatter, mandate);
    // A past grandfathered version's gaps are in its compliance report; repeating them on every check adds nothing.
    if (!(past && grandfathered)) {
      found.push(...complianceDiagnostics(entry.document, entry.report, mandate, { grandfathered, past }));
    }
    const previous = versions[index - 1];
    if (previous) found.push(...lowered(previous, entry, mandate, past));
  });
  return found;
}

function lowered(
  previous: VersionCompliance,
  current: VersionCompliance,
  mandate: Mandate,
  past: boolean,
): Diagnostic[] {
  const before = new Map(previous.report.requirements.map((result) => [result.id, result.status]));
  return current.report.requirements.flatMap((result) => {
    const was = before.get(result.id);
    if (was === undefined || rank[result.status] >= rank[was]) return [];
    const mapped = current.document.frontMatter?.mandates?.[mandate.id]?.[result.id] !== undefined;
    return [
      diagnostic(
        'mandate/lowered-compliance',
        current.document.path,
        `Version ${current.version} lowers compliance with ${mandate.citation} ${result.clause} ${result.title}: it was ${was} in version ${previous.version} and is ${result.status} in version ${current.version}.`,
        {
          place: current.document.locate(mapped ? ['mandates', mandate.id, result.id] : ['mandates'], 'key'),
          hint: `Restore what version ${previous.version} had for ${result.title}, or improve on it.`,
          ...(past ? { severity: 'warning' as const } : {}),
        },
      ),
    ];
  });
}
