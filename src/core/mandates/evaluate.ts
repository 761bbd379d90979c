// Evaluates one policy document against one mandate: each requirement becomes
// `met`, `partial` or `missing`, with reasons a council staffer can read.
// Pure and deterministic: the same text, mandate and site settings always give
// the same report.
import type { PolicyDocument } from '../document/load.ts';
import { flattenSections, type Section } from '../document/sections.ts';
import type { Mandate, Requirement, Review } from '../schemas/types.ts';
import { reviewOutcome, textHash } from './reviews.ts';
import {
  bodyText,
  conceptStatus,
  lineFinder,
  matchConcepts,
  wordsIn,
  type ConceptResult,
  type LineFinder,
} from './match.ts';
import { bindingOf } from './binding.ts';
import { checkField, type FieldResult } from './fields.ts';
import type { ComplianceReport, RequirementResult, RequirementStatus } from './types.ts';
import { anchorList, describeList, phrase } from './phrases.ts';

/** What a version is evaluated from: its front matter, sections and, when known, its text (for quoted lines). */
export type EvaluatedDocument = Pick<PolicyDocument, 'frontMatter' | 'sections'> & { text?: string | undefined };

/**
 * Evaluates the policy elements (the `policy` requirements) of a version. The
 * website requirements (`site` scope) belong to the site, not to a version's
 * text: see `evaluateWebsite`. A policy the mandate binds for publication only
 * has no elements to meet.
 */
export function evaluateCompliance(
  document: EvaluatedDocument,
  mandate: Mandate,
  reviews: readonly Review[] = [],
): ComplianceReport {
  const policyId = document.frontMatter?.id ?? '';
  const binding = bindingOf(mandate, document.frontMatter);
  const lineOf = lineFinder(document.text);
  const requirements =
    binding === 'publication'
      ? []
      : mandate.requirements
          .filter((requirement) => requirement.scope === 'policy')
          .map((requirement) => evaluatePolicyRequirement(document, mandate, requirement, lineOf))
          .map((result) => withReview(result, reviews, policyId, document.frontMatter?.version ?? ''));
  const count = (status: RequirementStatus) => requirements.filter((result) => result.status === status).length;
  return {
    mandateId: mandate.id,
    citation: mandate.citation,
    policyId,
    version: document.frontMatter?.version ?? '',
    binding,
    summary: { met: count('met'), partial: count('partial'), missing: count('missing'), total: requirements.length },
    compliant: requirements.every((result) => result.accepted),
    requirements,
  };
}

function withReview(
  result: RequirementResult,
  reviews: readonly Review[],
  policy: string,
  version: string,
): RequirementResult {
  const review = reviewOutcome(reviews, { policy, version, requirement: result.id, textHash: result.textHash });
  if (!review) return result;
  return { ...result, review, accepted: review.current ? review.determination === 'met' : result.status === 'met' };
}

/** The anchors a policy's crosswalk gives for a requirement (empty when unmapped). */
export function mappedAnchors(
  document: Pick<PolicyDocument, 'frontMatter'>,
  mandateId: string,
  requirementId: string,
): string[] {
  const entry = document.frontMatter?.mandates?.[mandateId]?.[requirementId];
  if (entry === undefined) return [];
  return (typeof entry === 'string' ? [entry] : entry).map((anchor) => anchor.replace(/^#/, ''));
}

function evaluatePolicyRequirement(
  document: EvaluatedDocument,
  mandate: Mandate,
  requirement: Requirement,
  lineOf: LineFinder,
): RequirementResult {
  const byAnchor = new Map(flattenSections(document.sections).map((section) => [section.anchor, section]));
  const mapped = mappedAnchors(document, mandate.id, requirement.id);
  const unknownAnchors = mapped.filter((anchor) => !byAnchor.has(anchor));
  const existing = mapped.filter((anchor) => byAnchor.has(anchor)).map((anchor) => byAnchor.get(anchor)!);
  const emptyAnchors = existing.filter((section) => bodyText(section) === '').map((section) => section.anchor);
  const counted = outermost(existing.filter((section) => bodyText(section) !== ''));

  const concepts = matchConcepts(counted, requirement.checks.concepts ?? [], lineOf);
  const fields = (requirement.checks.fields ?? []).map((field) => checkField(document.frontMatter, field));
  const words = wordsIn(counted);
  const minWords = requirement.checks.minWords;
  const tooShort = counted.length > 0 && minWords !== undefined && words < minWords;

  const allPass =
    counted.length > 0 &&
    !tooShort &&
    concepts.every((concept) => concept.found || concept.optional) &&
    fields.every((field) => field.ok) &&
    unknownAnchors.length === 0;
  // Partial needs a key concept (or, without concepts, a front matter field): a side word alone shows nothing.
  const partly = concepts.length > 0 ? conceptStatus(concepts) !== 'missing' : fields.some((field) => field.ok);
  const status: RequirementStatus = allPass ? 'met' : partly ? 'partial' : 'missing';

  const missing = [
    ...concepts.filter((concept) => !concept.found && !concept.optional).map((concept) => concept.name),
    ...fields.filter((field) => !field.ok).map((field) => field.name),
    ...(tooShort ? [`at least ${minWords} words of text`] : []),
  ];
  const prefix = `${requirement.clause} ${requirement.title}`;
  const reasons = explain(prefix, {
    mapped,
    unknownAnchors,
    emptyAnchors,
    counted,
    concepts,
    fields,
    words,
    minWords: tooShort ? minWords : undefined,
  });
  return {
    id: requirement.id,
    clause: requirement.clause,
    title: requirement.title,
    scope: requirement.scope,
    status,
    anchors: counted.map((section) => section.anchor),
    unknownAnchors,
    emptyAnchors,
    concepts,
    fields,
    missing,
    reasons,
    textHash: textHash(counted),
    accepted: status === 'met',
  };
}

/** Drops mapped sections nested in another mapped section, so no text is counted twice. */
function outermost(sections: Section[]): Section[] {
  const inside = (child: Section, parent: Section) =>
    child !== parent &&
    (child.position.start.offset ?? 0) >= (parent.position.start.offset ?? 0) &&
    (child.position.end.offset ?? 0) <= (parent.position.end.offset ?? 0);
  return sections.filter((section) => !sections.some((other) => inside(section, other)));
}

interface Findings {
  mapped: string[];
  unknownAnchors: string[];
  emptyAnchors: string[];
  counted: Section[];
  concepts: ConceptResult[];
  fields: FieldResult[];
  words: number;
  minWords: number | undefined;
}

function explain(prefix: string, findings: Findings): string[] {
  const reasons: string[] = [];
  const { mapped, counted, concepts, fields } = findings;
  if (mapped.length === 0) reasons.push(`${prefix}: the crosswalk maps no section of the policy to it.`);
  for (const anchor of findings.unknownAnchors) {
    reasons.push(`${prefix}: mapped to #${anchor}, which is not a section of this policy.`);
  }
  for (const anchor of findings.emptyAnchors) {
    reasons.push(`${prefix}: mapped to #${anchor}, a heading with no text under it, which never counts.`);
  }
  const where = anchorList(counted.map((section) => section.anchor));
  const absent = concepts.filter((concept) => !concept.found && !concept.optional);
  if (counted.length > 0 && absent.length > 0) {
    const verb = counted.length === 1 ? 'does' : 'do';
    reasons.push(
      `${prefix}: mapped to ${where}, which ${verb} not mention ${describeList(absent.map((c) => c.name))}.`,
    );
  }
  for (const concept of absent) {
    if (!concept.notCounted) continue;
    reasons.push(
      `${prefix}: #${concept.notCounted.anchor} mentions ${concept.name} in "${phrase(concept.notCounted.sentence)}" (line ${concept.notCounted.line}), which does not count: ${concept.notCounted.why}.`,
    );
  }
  if (findings.minWords !== undefined && concepts.some((concept) => concept.found)) {
    reasons.push(
      `${prefix}: ${where} ${counted.length === 1 ? 'has' : 'have'} ${findings.words} words; a real rule needs at least ${findings.minWords}.`,
    );
  }
  for (const field of fields) if (!field.ok) reasons.push(`${prefix}: ${field.reason}`);
  if (reasons.length === 0) {
    const fieldText = fields.map((field) => field.reason).join(' ');
    const quoted = concepts.length > 0 ? `: each of its concepts is in a rule for staff, quoted as evidence` : '';
    reasons.push(`${prefix}: met by ${where}${quoted}.${fieldText ? ` ${fieldText}` : ''}`);
  }
  return reasons;
}
