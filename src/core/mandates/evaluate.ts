// Evaluates one policy document against one mandate: each requirement becomes
// `met`, `partial` or `missing`, with reasons a council staffer can read.
// Pure and deterministic: the same text, mandate and site settings always give
// the same report.
import type { PolicyDocument } from '../document/load.ts';
import { flattenSections, type Section } from '../document/sections.ts';
import type { Mandate, Requirement, SiteConfig } from '../schemas/types.ts';
import { bodyText, matchConcepts, wordsIn, type ConceptResult } from './match.ts';
import { evaluateSiteRequirement } from './site.ts';
import { checkField, type FieldResult } from './fields.ts';
import type { ComplianceReport, EvaluationContext, RequirementResult, RequirementStatus } from './types.ts';
import { anchorList, describeList, phrase } from './phrases.ts';
import { absoluteUrl, policyPath } from '../routes.ts';

export function evaluateCompliance(
  document: Pick<PolicyDocument, 'frontMatter' | 'sections'>,
  mandate: Mandate,
  site: SiteConfig | undefined,
  context: EvaluationContext = {},
): ComplianceReport {
  const policyId = document.frontMatter?.id ?? '';
  const pageUrl = context.pageUrl ?? (site ? absoluteUrl(site.baseUrl, policyPath(policyId)) : undefined);
  const requirements = mandate.requirements.map((requirement) =>
    requirement.scope === 'site'
      ? evaluateSiteRequirement(requirement, site, pageUrl)
      : evaluatePolicyRequirement(document, mandate, requirement),
  );
  const count = (status: RequirementStatus) => requirements.filter((result) => result.status === status).length;
  return {
    mandateId: mandate.id,
    citation: mandate.citation,
    policyId,
    version: document.frontMatter?.version ?? '',
    summary: { met: count('met'), partial: count('partial'), missing: count('missing'), total: requirements.length },
    compliant: requirements.every((result) => result.status === 'met'),
    requirements,
  };
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
  document: Pick<PolicyDocument, 'frontMatter' | 'sections'>,
  mandate: Mandate,
  requirement: Requirement,
): RequirementResult {
  const byAnchor = new Map(flattenSections(document.sections).map((section) => [section.anchor, section]));
  const mapped = mappedAnchors(document, mandate.id, requirement.id);
  const unknownAnchors = mapped.filter((anchor) => !byAnchor.has(anchor));
  const existing = mapped.filter((anchor) => byAnchor.has(anchor)).map((anchor) => byAnchor.get(anchor)!);
  const emptyAnchors = existing.filter((section) => bodyText(section) === '').map((section) => section.anchor);
  const counted = outermost(existing.filter((section) => bodyText(section) !== ''));

  const concepts = matchConcepts(counted, requirement.checks.concepts ?? []);
  const fields = (requirement.checks.fields ?? []).map((field) => checkField(document.frontMatter, field));
  const words = wordsIn(counted);
  const minWords = requirement.checks.minWords;
  const tooShort = counted.length > 0 && minWords !== undefined && words < minWords;

  const substance = concepts.filter((concept) => concept.found).length + fields.filter((field) => field.ok).length;
  const allPass =
    counted.length > 0 &&
    !tooShort &&
    concepts.every((concept) => concept.found) &&
    fields.every((field) => field.ok) &&
    unknownAnchors.length === 0;
  const status: RequirementStatus = allPass ? 'met' : substance === 0 ? 'missing' : 'partial';

  const missing = [
    ...concepts.filter((concept) => !concept.found).map((concept) => concept.name),
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
  const absent = concepts.filter((concept) => !concept.found);
  if (counted.length > 0 && absent.length > 0) {
    const verb = counted.length === 1 ? 'does' : 'do';
    reasons.push(
      `${prefix}: mapped to ${where}, which ${verb} not mention ${describeList(absent.map((c) => c.name))}.`,
    );
  }
  for (const concept of absent) {
    if (!concept.publicOnly) continue;
    reasons.push(
      `${prefix}: #${concept.publicOnly.anchor} mentions ${concept.name} only in a rule about what the public posts ("${phrase(concept.publicOnly.sentence)}"), which does not bind City staff.`,
    );
  }
  if (findings.minWords !== undefined && concepts.some((concept) => concept.found)) {
    reasons.push(
      `${prefix}: ${where} ${counted.length === 1 ? 'has' : 'have'} ${findings.words} words; a real rule needs at least ${findings.minWords}.`,
    );
  }
  for (const field of fields) if (!field.ok) reasons.push(`${prefix}: ${field.reason}`);
  if (reasons.length === 0) {
    const found = concepts.map((concept) => concept.name);
    const fieldText = fields.map((field) => field.reason).join(' ');
    reasons.push(
      `${prefix}: met by ${where}${found.length > 0 ? `, which covers ${describeList(found, 'and')}` : ''}.${fieldText ? ` ${fieldText}` : ''}`,
    );
  }
  return reasons;
}
