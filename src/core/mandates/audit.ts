// Audits a policy nobody has tagged (another government's policy, as plain
// text, Markdown or MDX): for each policy element, ranks the sections that best
// meet it, quotes the sentences that do, and says what a sentence meeting each
// missing concept would say. Uses the same reading as the crosswalk evaluation
// (sentences, lemmas, rules for staff only), over every section's own text.
// It never refuses a document for an authoring rule, and uses the file's front
// matter when it has one.
import type { Section } from '../document/sections.ts';
import type { Mandate, Requirement } from '../schemas/types.ts';
import { checkField } from './fields.ts';
import { conceptStatus, lineFinder, matchConcepts, wordsIn, type ConceptResult, type Evidence } from './match.ts';
import { plainSections } from './plain-sections.ts';
import { readSentences } from './reading.ts';
import { findExpression } from './lexicon.ts';
import type { RequirementStatus } from './types.ts';
import { describeList, phrase } from './phrases.ts';

export interface AuditMatch {
  anchor: string;
  /** The heading text. */
  title: string;
  line: number;
  /** 0 to 100: the share of the requirement's concepts the section covers, plus 10 when its title names the element. */
  score: number;
  /** The concepts found, with the words as written. */
  found: { concept: string; words: string }[];
  /** Why it matched, in one sentence. */
  why: string;
}

/** A concept met, with the sentence that meets it. */
export interface AuditEvidence extends Evidence {
  concept: string;
}

export interface AuditRequirement {
  id: string;
  clause: string;
  title: string;
  scope: Requirement['scope'];
  /** Judged as a crosswalk mapping every ranked section would be. */
  status: RequirementStatus | 'not-checked';
  /** Best first; at most three. */
  matches: AuditMatch[];
  /** For each concept met, the sentence that meets it. */
  evidence: AuditEvidence[];
  /** Concepts no sentence meets (as staff rules), and front matter the file lacks. */
  missing: string[];
  /** For each missing concept, what a sentence meeting it would say. */
  wanted: { concept: string; sentence: string }[];
  /** Sentences that have a concept's words but do not count, and why. */
  ignored: string[];
  note?: string;
}

export interface AuditReport {
  path: string;
  mandateId: string;
  citation: string;
  /** The sections found, with the line of each heading. */
  sections: { anchor: string; title: string; line: number }[];
  /** Headings with no text under them: they never count. */
  emptyHeadings: string[];
  requirements: AuditRequirement[];
}

const MAX_MATCHES = 3;

export function auditPolicy(path: string, text: string, mandate: Mandate): AuditReport {
  const { frontMatter, sections } = plainSections(text);
  const lineOf = lineFinder(text);
  const withText = sections.filter((section) => section.text !== '');
  const context = { sections: withText, frontMatter, lineOf };
  return {
    path,
    mandateId: mandate.id,
    citation: mandate.citation,
    sections: sections.map((section) => ({
      anchor: section.anchor,
      title: section.title,
      line: section.position.start.line,
    })),
    emptyHeadings: sections.filter((section) => section.text === '').map((section) => section.title),
    requirements: mandate.requirements.map((requirement) => auditRequirement(requirement, context)),
  };
}

interface AuditContext {
  sections: readonly Section[];
  frontMatter: Record<string, unknown> | undefined;
  lineOf: ReturnType<typeof lineFinder>;
}

function auditRequirement(requirement: Requirement, context: AuditContext): AuditRequirement {
  const base = { id: requirement.id, clause: requirement.clause, title: requirement.title, scope: requirement.scope };
  if (requirement.scope === 'site') {
    return {
      ...base,
      status: 'not-checked',
      matches: [],
      evidence: [],
      missing: [],
      wanted: [],
      ignored: [],
      note: 'A website requirement: it is met by the website that publishes the policy, not by the policy text.',
    };
  }
  const concepts = requirement.checks.concepts ?? [];
  const perSection = context.sections.map((section, order) => ({
    section,
    order,
    results: matchConcepts([section], concepts, context.lineOf),
  }));
  const ranked = perSection
    .filter((entry) => conceptStatus(entry.results) !== 'missing')
    .map((entry) => ({ ...entry, match: scoreSection(entry.section, entry.results, requirement) }))
    .sort((a, b) => b.match.score - a.match.score || a.order - b.order);
  const whole = matchConcepts(context.sections, concepts, context.lineOf);
  const fields = (requirement.checks.fields ?? []).map((field) => checkField(context.frontMatter, field));
  const tooShort =
    requirement.checks.minWords !== undefined &&
    wordsIn(ranked.map((entry) => entry.section)) < requirement.checks.minWords;
  const byConcepts = conceptStatus(whole);
  const status: RequirementStatus =
    byConcepts === 'met' && (tooShort || fields.some((field) => !field.ok)) ? 'partial' : byConcepts;
  const absent = whole.filter((concept) => !concept.found && !concept.optional);
  return {
    ...base,
    status,
    matches: ranked.slice(0, MAX_MATCHES).map((entry) => entry.match),
    evidence: whole.flatMap((concept) => (concept.evidence ? [{ concept: concept.name, ...concept.evidence }] : [])),
    missing: [
      ...absent.map((concept) => concept.name),
      ...fields.filter((field) => !field.ok).map((field) => `\`${field.path}\` in the front matter (${field.name})`),
    ],
    wanted: absent.map((concept) => ({ concept: concept.name, sentence: concept.wanted })),
    ignored: ignoredSentences(whole),
  };
}

function scoreSection(section: Section, results: readonly ConceptResult[], requirement: Requirement): AuditMatch {
  const found = results
    .filter((result) => result.found)
    .map((result) => ({ concept: result.name, words: result.evidence!.words }));
  const titleBonus = namesElement(section, requirement) ? 10 : 0;
  const coverage = results.length === 0 ? 0 : Math.round((found.length / results.length) * 90);
  const score = Math.min(100, coverage + titleBonus);
  const mentions = found.map((item) => `${item.concept} ("${item.words}")`);
  const why =
    `Covers ${found.length} of ${results.length}: ${describeList(mentions, 'and')}` +
    (titleBonus > 0 ? `; its title names the element` : '') +
    '.';
  return { anchor: section.anchor, title: section.title, line: section.position.start.line, score, found, why };
}

/**
 * True when the section's title names the element: a lemma in common with the
 * element's title ("Discipline" names "Disciplinary Actions" through their
 * first six letters), or one of its concepts' expressions.
 */
function namesElement(section: Section, requirement: Requirement): boolean {
  const lemmas = (text: string) =>
    readSentences(text)
      .flatMap((sentence) => sentence.words)
      .map((word) => word.lemma)
      .filter((lemma) => lemma.length >= 4 && lemma !== 'policy');
  const key = (lemma: string) => lemma.slice(0, 6);
  const titleKeys = new Set(lemmas(requirement.title).map(key));
  if (lemmas(section.title).some((lemma) => titleKeys.has(key(lemma)))) return true;
  const title = readSentences(section.title);
  return (requirement.checks.concepts ?? []).some((concept) =>
    title.some((sentence) => findExpression(sentence, concept.terms) !== undefined),
  );
}

function ignoredSentences(results: readonly ConceptResult[]): string[] {
  const sentences = results
    .filter((result) => !result.found && result.notCounted)
    .map(
      (result) =>
        `"${phrase(result.notCounted!.sentence)}" (line ${result.notCounted!.line}) mentions ${result.name}, but does not count: ${result.notCounted!.why}.`,
    );
  return [...new Set(sentences)];
}
