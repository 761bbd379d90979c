// Looks for a requirement's concepts in a set of sections, reading them
// sentence by sentence: a concept counts only when one of its expressions is in
// a body sentence (never a heading) that is a rule for the City or its staff,
// not about the public and not deferred (see `subject.ts`). Every concept found
// is quoted with its sentence, anchor and line.
import type { Section } from '../document/sections.ts';
import type { Checks } from '../schemas/types.ts';
import { findExpression } from './lexicon.ts';
import { readSentences, type ReadSentence } from './reading.ts';
import {
  introducesList,
  isPublicSectionTitle,
  judgeSentence,
  mentionsThePublic,
  type SentenceJudgement,
  type SentenceRole,
} from './subject.ts';

export type Concept = NonNullable<Checks['concepts']>[number];

/** A quoted sentence of the policy. */
export interface Evidence {
  anchor: string;
  /** The line of the policy file where the sentence starts. */
  line: number;
  /** The whole sentence, as written. */
  sentence: string;
  /** The words of the sentence that express the concept. */
  words: string;
}

export interface ConceptResult {
  /** The concept's name from the catalogue: `suspension`. */
  name: string;
  /** A key concept: without one, the requirement is missing, not partial. */
  key: boolean;
  /** Shows the element (a key concept can make it partial) but is not needed for met. */
  optional: boolean;
  found: boolean;
  /** The sentence that meets it. */
  evidence?: Evidence;
  /** What a sentence meeting it would say, in plain words. */
  wanted: string;
  /** When not found: a sentence that has the words but does not count, and why. */
  notCounted?: Evidence & { why: string };
}

/** A sentence of a section, judged. */
export interface SectionSentence {
  sentence: ReadSentence;
  judgement: SentenceJudgement;
  line: number;
}

/** How sentences are placed on lines of the file: given a section and a sentence, its line. */
export type LineFinder = (section: Section, sentence: string) => number;

/** The text under a section that is not itself a heading: a heading with no body has none. */
export function bodyText(section: Section): string {
  return bodyBlocks(section)
    .map((block) => block.text)
    .join('\n\n')
    .trim();
}

interface Block {
  text: string;
  /** Under a heading titled as rules for the public (the section's own, or a sub-heading's). */
  publicSection: boolean;
}

/** The section's paragraphs and list items, headings removed, each knowing which heading it is under. */
function bodyBlocks(section: Section, inheritedPublic = false): Block[] {
  const own = inheritedPublic || (section.kind === 'heading' && isPublicSectionTitle(section.title));
  const headings = new Map<string, boolean>();
  const visit = (parent: Section, parentPublic: boolean) => {
    for (const child of parent.children) {
      if (child.kind !== 'heading') continue;
      const flag = parentPublic || isPublicSectionTitle(child.title);
      headings.set(child.title, flag);
      visit(child, flag);
    }
  };
  visit(section, own);
  let current = own;
  const blocks: Block[] = [];
  for (const block of section.text.split(/\n{2,}/)) {
    const trimmed = block.trim();
    if (trimmed === '') continue;
    const heading = headings.get(trimmed);
    if (heading !== undefined) {
      current = heading;
      continue;
    }
    blocks.push({ text: block, publicSection: current });
  }
  return blocks;
}

// Keyed by section, then by line finder (one per file text): a section is read once however many concepts ask.
const cache = new WeakMap<Section, { lineOf: LineFinder; sentences: SectionSentence[] }>();

/** Every body sentence of the section, judged. */
export function sectionSentences(section: Section, lineOf: LineFinder = defaultLine): SectionSentence[] {
  const cached = cache.get(section);
  if (cached?.lineOf === lineOf) return cached.sentences;
  const result: SectionSentence[] = [];
  // A list takes its role from the sentence that introduces it ("Official accounts never post:" makes its items
  // staff rules, "Comments that contain any of the following will be removed:" rules for the public), across the
  // blank lines that separate its items in plain text, until a sentence that is not an item.
  let list: SentenceRole | undefined;
  let previous: ReadSentence | undefined;
  let previousRole: SentenceRole | undefined;
  // The items of the current list, when its intro is a staff rule only by default ("Content containing any of the
  // following is not allowed."): if an item is itself about the public, the whole list is (see below).
  let undecided: { entry: SectionSentence; own: SentenceJudgement }[] | undefined;
  const settle = () => {
    if (undecided?.some(({ own }) => own.own && own.role === 'public')) {
      for (const { entry } of undecided) {
        if (entry.judgement.role === 'staff') {
          entry.judgement = { role: 'public', why: 'it is an item of a list of rules for the public', own: false };
        }
      }
    }
    undecided = undefined;
  };
  for (const block of bodyBlocks(section)) {
    for (const sentence of readSentences(block.text)) {
      const own = judgeSentence(sentence, { publicSection: block.publicSection, publicList: list === 'public' });
      const item = list !== undefined && isListItem(sentence, previous, own);
      const judgement = item ? itemJudgement(own, list!) : own;
      const entry = { sentence, judgement, line: lineOf(section, sentence.text) };
      result.push(entry);
      if (item) undecided?.push({ entry, own });
      if (!item || introducesList(sentence)) settle();
      if (introducesList(sentence)) {
        // "The following are examples of unacceptable content and comments." introduces rules for the public too.
        const aboutThePublic =
          own.role === 'public' ||
          (own.role === 'statement' && (previousRole === 'public' || mentionsThePublic(sentence)));
        list = aboutThePublic ? 'public' : own.role;
        if (list === 'staff' && own.byDefault) undecided = [];
      } else if (!item) list = undefined;
      previous = sentence;
      previousRole = judgement.role;
    }
  }
  settle();
  cache.set(section, { lineOf, sentences: result });
  return result;
}

/** An item of the current list: marked as one, a fragment, or following the intro or an item ending in ";". */
function isListItem(sentence: ReadSentence, previous: ReadSentence | undefined, own: SentenceJudgement): boolean {
  return sentence.listItem || !own.own || /[;:]\s*$/.test(previous?.text ?? '');
}

/** An item is a rule of the kind its list introduces, unless it defers the matter or moderates the public. */
function itemJudgement(own: SentenceJudgement, list: SentenceRole): SentenceJudgement {
  // An item that is itself about the public ("Rude or discourteous comments directed at individuals;") stays so.
  if (own.role === 'deferred' || (own.own && (own.role === list || own.role === 'public'))) return own;
  if (list === 'public') return { role: 'public', why: 'it is an item of a list of rules for the public', own: false };
  if (list === 'staff' && own.why.startsWith('it is about moderating')) return own;
  return list === 'staff'
    ? { role: 'staff', why: 'it is an item of a list of rules for staff', own: false }
    : { ...own, own: false };
}

export function matchConcepts(
  sections: readonly Section[],
  concepts: readonly Concept[],
  lineOf: LineFinder = defaultLine,
): ConceptResult[] {
  const read = sections.map((section) => ({ section, sentences: sectionSentences(section, lineOf) }));
  return concepts.map((concept) => {
    const base = {
      name: concept.name,
      key: concept.key === true,
      optional: concept.optional === true,
      wanted: wantedOf(concept),
    };
    let notCounted: ConceptResult['notCounted'];
    for (const { section, sentences } of read) {
      for (const { sentence, judgement, line } of sentences) {
        const match = findExpression(sentence, concept.terms);
        if (!match) continue;
        const evidence = { anchor: section.anchor, line, sentence: flat(sentence.text), words: flat(match.words) };
        // "Accounts are not monitored": a negated mention does not meet a concept, unless the concept is itself
        // something staff must not do ("must not post personal attacks").
        const negated = concept.prohibition !== true && isNegated(sentence, match.start, match.end);
        if (judgement.role === 'staff' && !negated) return { ...base, found: true, evidence };
        notCounted ??= { ...evidence, why: judgement.role === 'staff' ? 'it is negated' : judgement.why };
      }
    }
    return { ...base, found: false, ...(notCounted ? { notCounted } : {}) };
  });
}

/** The status rule shared by the crosswalk evaluation and the audit. */
export function conceptStatus(results: readonly ConceptResult[]): 'met' | 'partial' | 'missing' {
  if (results.length > 0 && results.every((result) => result.found || result.optional)) return 'met';
  const keys = results.filter((result) => result.key);
  const counting = keys.length > 0 ? keys : results;
  return counting.some((result) => result.found) ? 'partial' : 'missing';
}

export function wordsIn(sections: readonly Section[]): number {
  return sections.reduce(
    (total, section) => total + (bodyText(section).match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0),
    0,
  );
}

const negators = new Set(['not', 'never', "n't", 'no', 'nor']);

/** True when one of the six words before the match, or a word inside it, negates it. */
function isNegated(sentence: ReadSentence, start: number, end: number): boolean {
  const first = sentence.words.findIndex((word) => word.start >= start);
  const last = sentence.words.findIndex((word) => word.end >= end);
  return sentence.words.slice(Math.max(0, first - 6), last + 1).some((word) => negators.has(word.lemma));
}

function wantedOf(concept: Concept): string {
  return concept.sentence ?? `A rule for City staff or accounts that speaks of ${concept.name}.`;
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function defaultLine(section: Section): number {
  return section.position.start.line;
}

/**
 * Finds the line of a sentence in the file's text: the first place at or after
 * the section's start where its first words occur, whatever Markdown stands
 * between them (emphasis, links, line breaks). The text need only be right at
 * the sections' offsets (a past version's body, padded to where it starts).
 */
export function lineFinder(source: string | undefined): LineFinder {
  if (source === undefined) return defaultLine;
  return (section, sentence) => {
    const words = sentence.match(/[\p{L}\p{N}]+/gu)?.slice(0, 6) ?? [];
    const from = section.position.start.offset ?? 0;
    if (words.length === 0) return section.position.start.line;
    const pattern = new RegExp(
      words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\p{L}\\p{N}]+'),
      'gu',
    );
    pattern.lastIndex = from;
    const match = pattern.exec(source);
    if (!match) return section.position.start.line;
    // Counted from the section's own line, so a text that only has the body at its offsets works too.
    let line = section.position.start.line;
    for (let index = from; index < match.index; index++) if (source[index] === '\n') line++;
    return line;
  };
}
