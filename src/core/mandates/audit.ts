// Audits a policy nobody has tagged (another city's Markdown policy, say):
// for each requirement, ranks the sections that best match it, says why, and
// says what is missing. Uses the same concept matching as the crosswalk
// evaluation, so rules about what the public posts never count as staff rules
// and a heading with no text never counts.
import { DiagnosticSink, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatOf, parseMarkdown } from '../document/parse.ts';
import { buildSections, flattenSections, type Section } from '../document/sections.ts';
import type { Mandate, Requirement } from '../schemas/types.ts';
import { bodyText, matchConcepts, wordsIn, type ConceptResult } from './match.ts';
import { findTerms, tokenize } from './stemming.ts';
import type { RequirementStatus } from './types.ts';
import { describeList, phrase } from './phrases.ts';

export interface AuditMatch {
  anchor: string;
  /** The heading text, or a clause's citation and opening words. */
  title: string;
  line: number;
  /** 0 to 100: the share of the requirement's concepts the section covers, plus 10 when its title names the element. */
  score: number;
  /** The concepts found, with the words as written. */
  found: { concept: string; words: string }[];
  /** Why it matched, in one sentence. */
  why: string;
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
  /** Concepts no section covers (as staff rules), and front matter the file lacks. */
  missing: string[];
  /** Sentences that mention a concept but are rules about the public, so did not count. */
  ignored: string[];
  note?: string;
}

export interface AuditReport {
  path: string;
  mandateId: string;
  citation: string;
  /** Headings with no text under them: they never count. */
  emptyHeadings: string[];
  requirements: AuditRequirement[];
  diagnostics: Diagnostic[];
}

const MAX_MATCHES = 3;

export function auditPolicy(path: string, text: string, mandate: Mandate): AuditReport {
  const sink = new DiagnosticSink(path);
  const tree = parseMarkdown(text, formatOf(path) ?? 'md', sink);
  const sections = tree ? flattenSections(buildSections(tree, sink)) : [];
  // A heading that only groups sub-headings (a title over the whole text, say) would always rank first, so the
  // candidates are the innermost headings and the clauses.
  const withText = sections.filter(
    (section) => bodyText(section) !== '' && !section.children.some((child) => child.kind === 'heading'),
  );
  const emptyHeadings = sections
    .filter((section) => section.kind === 'heading' && bodyText(section) === '')
    .map((section) => section.title);
  return {
    path,
    mandateId: mandate.id,
    citation: mandate.citation,
    emptyHeadings,
    requirements: mandate.requirements.map((requirement) => auditRequirement(requirement, withText)),
    diagnostics: sink.toDiagnostics(),
  };
}

function auditRequirement(requirement: Requirement, sections: readonly Section[]): AuditRequirement {
  const base = { id: requirement.id, clause: requirement.clause, title: requirement.title, scope: requirement.scope };
  if (requirement.scope === 'site') {
    return {
      ...base,
      status: 'not-checked',
      matches: [],
      missing: [],
      ignored: [],
      note: 'A site-level requirement: it is met by the website that publishes the policy, not by the policy text.',
    };
  }
  const concepts = requirement.checks.concepts ?? [];
  const ranked = sections
    .map((section, order) => ({ order, match: scoreSection(section, requirement) }))
    .filter((entry) => entry.match.found.length > 0)
    .sort((a, b) => b.match.score - a.match.score || a.order - b.order)
    .map((entry) => entry.match);
  const whole = matchConcepts(outermost(sections), concepts);
  // Judged as if a crosswalk mapped every ranked section: together they must cover every concept.
  const matched = outermost(sections.filter((section) => ranked.some((match) => match.anchor === section.anchor)));
  const tooShort = requirement.checks.minWords !== undefined && wordsIn(matched) < requirement.checks.minWords;
  const fields = (requirement.checks.fields ?? []).map(
    (field) => `\`${field.path}\` in the front matter (${field.name})`,
  );
  const covered = matchConcepts(matched, concepts).every((concept) => concept.found);
  const status: RequirementStatus =
    ranked.length === 0 ? 'missing' : covered && !tooShort && fields.length === 0 ? 'met' : 'partial';
  return {
    ...base,
    status,
    matches: ranked.slice(0, MAX_MATCHES),
    missing: [...whole.filter((concept) => !concept.found).map((concept) => concept.name), ...fields],
    ignored: ignoredSentences(whole),
  };
}

function scoreSection(section: Section, requirement: Requirement): AuditMatch {
  const concepts = requirement.checks.concepts ?? [];
  const results = matchConcepts([section], concepts);
  const found = results
    .filter((result) => result.found)
    .map((result) => ({ concept: result.name, words: result.evidence!.words.replace(/\s+/g, ' ') }));
  const titleBonus = namesElement(section, requirement) ? 10 : 0;
  const coverage = concepts.length === 0 ? 0 : Math.round((found.length / concepts.length) * 90);
  const score = found.length === 0 ? 0 : Math.min(100, coverage + titleBonus);
  const title = section.kind === 'heading' ? section.title : `${section.citation} ${section.title}`;
  const mentions = found.map((item) => `${item.concept} ("${item.words}")`);
  const why =
    `Covers ${found.length} of ${concepts.length}: ${describeList(mentions, 'and')}` +
    (titleBonus > 0 ? `; its title names the element` : '') +
    '.';
  return { anchor: section.anchor, title, line: section.position.start.line, score, found, why };
}

/**
 * True when the section's title names the element: a word in common with the
 * element's title (compared on their first six letters, so "Discipline" names
 * "Disciplinary Actions"), or one of its concepts.
 */
function namesElement(section: Section, requirement: Requirement): boolean {
  if (section.kind !== 'heading') return false;
  const key = (word: string) => word.slice(0, 6);
  const titleKeys = new Set(
    tokenize(requirement.title)
      .map((token) => token.stem)
      .filter((word) => word.length >= 4 && !['polic', 'policy'].includes(word))
      .map(key),
  );
  if (tokenize(section.title).some((token) => token.stem.length >= 4 && titleKeys.has(key(token.stem)))) return true;
  return (requirement.checks.concepts ?? []).some((concept) => findTerms(section.title, concept.terms) !== undefined);
}

function ignoredSentences(results: readonly ConceptResult[]): string[] {
  const sentences = results
    .filter((result) => !result.found && result.publicOnly)
    .map(
      (result) =>
        `"${phrase(result.publicOnly!.sentence)}" mentions ${result.name}, but it is a rule about what the public posts.`,
    );
  return [...new Set(sentences)];
}

function outermost(sections: readonly Section[]): Section[] {
  return sections.filter(
    (section) =>
      !sections.some(
        (other) =>
          other !== section &&
          (section.position.start.offset ?? 0) >= (other.position.start.offset ?? 0) &&
          (section.position.end.offset ?? 0) <= (other.position.end.offset ?? 0),
      ),
  );
}
