// Turns a compliance report into positioned diagnostics: on the crosswalk
// entry in the front matter, or on the heading of the section that falls short.
import type { Point } from 'unist';
import { diagnostic, type Code, type Diagnostic, type ReportOptions } from '../diagnostics/diagnostic.ts';
import type { PolicyDocument } from '../document/load.ts';
import { flattenSections } from '../document/sections.ts';
import { nearestHint } from '../document/nearest-anchor.ts';
import type { Mandate } from '../schemas/types.ts';
import { closest, listOf } from '../text/english.ts';
import { mappedAnchors } from './evaluate.ts';
import type { ComplianceReport, RequirementResult } from './types.ts';
import { describeList } from './phrases.ts';
import { bindingTags } from './binding.ts';

export interface ComplianceDiagnosticOptions {
  /** The version was adopted before the mandate was enacted: gaps are shown (info), never errors. */
  grandfathered: boolean;
  /** Set for a past version (not the current text): its gaps are reported as warnings, since it cannot change. */
  past?: boolean;
}

type Doc = Pick<PolicyDocument, 'path' | 'frontMatter' | 'sections' | 'locate'>;

export function complianceDiagnostics(
  document: Doc,
  report: ComplianceReport,
  mandate: Mandate,
  options: ComplianceDiagnosticOptions,
): Diagnostic[] {
  const at = (code: Code, message: string, extra: ReportOptions) => diagnostic(code, document.path, message, extra);
  const label = options.past ? ` in version ${report.version}` : '';
  // Bound for publication only: the website meets it; the text has no element to contain.
  if (report.binding === 'publication') return [];
  const crosswalk = document.frontMatter?.mandates?.[mandate.id];
  if (crosswalk === undefined) {
    const hasMandates = document.frontMatter?.mandates !== undefined;
    return [
      at(
        'mandate/missing-crosswalk',
        `${mandate.citation} applies to this policy${label} (it is tagged ${listOf(bindingTags(mandate, document.frontMatter))}), but the front matter has no \`mandates: ${mandate.id}:\` crosswalk.`,
        {
          place: hasMandates ? document.locate(['mandates'], 'key') : { line: 1, column: 1 },
          hint: `Add \`mandates:\` with \`${mandate.id}:\` and, for each requirement (${listOf(
            mandate.requirements.filter((r) => r.scope === 'policy').map((r) => r.id),
            'and',
          )}), the anchor of the section that meets it.`,
          ...(options.grandfathered || options.past ? { severity: 'warning' as const } : {}),
        },
      ),
    ];
  }
  const found: Diagnostic[] = [...unknownRequirements(document, mandate, crosswalk)];
  const sections = flattenSections(document.sections);
  const anchors = sections.map((section) => section.anchor);
  for (const result of report.requirements) {
    const mapped = mappedAnchors(document, mandate.id, result.id);
    for (const anchor of result.unknownAnchors) {
      const index = mapped.indexOf(anchor);
      const path = ['mandates', mandate.id, result.id, ...(Array.isArray(crosswalk[result.id]) ? [index] : [])];
      found.push(
        at(
          'mandate/unknown-anchor',
          `${mandate.citation} ${result.clause} ${result.title} is ${result.status}${label}: mapped to \`#${anchor}\`, which is not a section of this policy.`,
          {
            place: document.locate(path, 'value'),
            hint: nearestHint(anchor, anchors),
            ...(options.past ? { severity: 'warning' as const } : {}),
          },
        ),
      );
    }
    for (const anchor of result.emptyAnchors) {
      const section = sections.find((candidate) => candidate.anchor === anchor)!;
      found.push(
        at(
          'mandate/empty-section',
          `${mandate.citation} ${result.clause} ${result.title} is mapped to the heading "${section.title}", which has no text under it${label}, so it does not count.`,
          {
            place: section.position.start,
            hint: 'Write the policy text under the heading, or map the requirement to the section that has it.',
          },
        ),
      );
    }
    // Mapped only to sections that do not exist: the unknown-anchor error above already says so, on the same line.
    const onlyUnknown = result.unknownAnchors.length > 0 && result.unknownAnchors.length === mapped.length;
    found.push(...reviewDiagnostics(document, report, mandate, result, options));
    if (result.status !== 'met' && !onlyUnknown && !result.accepted) {
      found.push(gapDiagnostic(document, report, mandate, result, options));
    }
  }
  return found;
}

function gapDiagnostic(
  document: Doc,
  report: ComplianceReport,
  mandate: Mandate,
  result: RequirementResult,
  options: ComplianceDiagnosticOptions,
): Diagnostic {
  const prefix = `${result.clause} ${result.title}: `;
  const why = result.reasons
    .map((reason) => (reason.startsWith(prefix) ? reason.slice(prefix.length) : reason))
    .map((reason, index) => (index === 0 ? reason : reason.charAt(0).toUpperCase() + reason.slice(1)));
  const name = `${mandate.citation} ${result.clause} ${result.title}`;
  const subject = options.past
    ? `${name} is ${result.status} in version ${report.version}`
    : `${name} is ${result.status}`;
  const message = `${subject}: ${why.join(' ').replace(/\.$/, '')}.`;
  const hint =
    result.status === 'missing'
      ? `Write a section on ${result.title}${result.missing.length > 0 ? ` that covers ${describeList(result.missing, 'and')}` : ''}, and map it in the crosswalk under \`mandates: ${mandate.id}: ${result.id}:\`.`
      : `Add to the policy: ${describeList(result.missing, 'and')}.`;
  const file = document.path;
  const place = gapPlace(document, mandate, result);
  if (options.grandfathered) {
    const adopted = document.frontMatter?.adopted?.date ?? '';
    return diagnostic(
      'mandate/grandfathered-gap',
      file,
      `${subject} (not an error: version ${report.version} was adopted on ${adopted}, before ${mandate.citation} was enacted on ${mandate.enacted}): ${why.join(' ').replace(/\.$/, '')}.`,
      { place, hint },
    );
  }
  const code = result.status === 'missing' ? 'mandate/missing-element' : 'mandate/partial-element';
  return diagnostic(code, file, message, { place, hint, ...(options.past ? { severity: 'warning' as const } : {}) });
}

/**
 * What a staff review changes, next to the automated result: a current review that finds a gap met is accepted
 * (info); one that finds an automatically met element not met fails it; one whose mapped text changed since
 * needs review again (a warning, and the automated result holds).
 */
function reviewDiagnostics(
  document: Doc,
  report: ComplianceReport,
  mandate: Mandate,
  result: RequirementResult,
  options: ComplianceDiagnosticOptions,
): Diagnostic[] {
  const review = result.review;
  if (!review) return [];
  const name = `${mandate.citation} ${result.clause} ${result.title}`;
  const who = `council staff (${review.by}, ${review.date})`;
  const note = review.note ? ` Note: ${review.note}` : '';
  const place = gapPlace(document, mandate, result);
  const label = options.past ? ` in version ${report.version}` : '';
  if (!review.current) {
    return [
      diagnostic(
        'mandate/review-outdated',
        document.path,
        `${name}${label}: the staff review by ${who} needs review again: the mapped text has changed since. The automated result (${result.status}) applies until then.`,
        {
          place,
          hint: `Ask council staff to review the new text and record \`textHash: ${result.textHash}\` in \`policy/reviews/${mandate.id}.yaml\`.`,
        },
      ),
    ];
  }
  if (review.determination === 'met' && result.status !== 'met') {
    return [
      diagnostic(
        'mandate/review-accepted',
        document.path,
        `${name} is ${result.status} by automated reading${label}, and accepted as met by ${who}.${note}`,
        { place },
      ),
    ];
  }
  if (review.determination === 'not-met' && result.status === 'met' && !options.grandfathered) {
    return [
      diagnostic(
        'mandate/review-not-met',
        document.path,
        `${name} is ${result.status} by automated reading${label}, but ${who} determined that it is not met.${note}`,
        {
          place,
          hint: 'Change the text so that it meets the element, then ask council staff for a new review.',
          ...(options.past ? { severity: 'warning' as const } : {}),
        },
      ),
    ];
  }
  return [];
}

/** Partly met: the first section that falls short. Otherwise the crosswalk entry, or the mandate's key. */
function gapPlace(document: Doc, mandate: Mandate, result: RequirementResult): Point {
  if (result.status === 'partial' && result.anchors.length > 0) {
    const section = flattenSections(document.sections).find((candidate) => candidate.anchor === result.anchors[0]);
    if (section) return section.position.start;
  }
  const mapped = document.frontMatter?.mandates?.[mandate.id]?.[result.id] !== undefined;
  return mapped
    ? document.locate(['mandates', mandate.id, result.id], 'value')
    : document.locate(['mandates', mandate.id], 'key');
}

function unknownRequirements(document: Doc, mandate: Mandate, crosswalk: Record<string, unknown>): Diagnostic[] {
  const known = mandate.requirements.filter((requirement) => requirement.scope === 'policy').map((r) => r.id);
  const siteLevel = new Set(mandate.requirements.filter((r) => r.scope === 'site').map((r) => r.id));
  return Object.keys(crosswalk)
    .filter((key) => !known.includes(key))
    .map((key) => {
      const suggestion = closest(key, known);
      return diagnostic(
        'mandate/unknown-requirement',
        document.path,
        siteLevel.has(key)
          ? `\`${key}\` is a site-level requirement of ${mandate.citation}: it is met by \`policy/site.yaml\`, not by a section of a policy.`
          : `Unexpected requirement \`${key}\` in the ${mandate.citation} crosswalk, expected one of ${listOf(known)}.`,
        {
          place: document.locate(['mandates', mandate.id, key], 'key'),
          hint: siteLevel.has(key)
            ? 'Remove this line.'
            : suggestion
              ? `Did you mean \`${suggestion}\`?`
              : 'Use a requirement id from the mandate file.',
        },
      );
    });
}
