// Looks for a requirement's concepts in a set of sections, counting only
// sentences that are rules for staff (see `subject.ts`) and never a heading
// with no text under it.
import type { Section } from '../document/sections.ts';
import type { Checks } from '../schemas/types.ts';
import { findTerms, tokenize, wordCount } from './stemming.ts';
import { sentencesOf } from './subject.ts';

export interface ConceptResult {
  /** The concept's name from the catalogue: `suspension`. */
  name: string;
  found: boolean;
  /** Where it was found: the section's anchor and the words as written. */
  evidence?: { anchor: string; words: string };
  /** When not found: a sentence about the public that mentions it (and so does not count). */
  publicOnly?: { anchor: string; sentence: string };
}

export type Concept = NonNullable<Checks['concepts']>[number];

/** The text under a section that is not itself a heading: a heading with no body has none. */
export function bodyText(section: Section): string {
  const headings = new Set(
    descendants(section)
      .filter((child) => child.kind === 'heading')
      .map((child) => child.title),
  );
  return section.text
    .split(/\n{2,}/)
    .filter((block) => !headings.has(block.trim()))
    .join('\n\n')
    .trim();
}

function descendants(section: Section): Section[] {
  return section.children.flatMap((child) => [child, ...descendants(child)]);
}

interface PreparedSection {
  anchor: string;
  staff: string;
  publicSentences: string[];
}

/** Splits each section's body into the staff rules and the sentences about the public. */
export function prepareSections(sections: readonly Section[]): PreparedSection[] {
  return sections.map((section) => {
    const sentences = sentencesOf(bodyText(section), section.kind === 'heading' ? section.title : '');
    return {
      anchor: section.anchor,
      staff: sentences
        .filter((sentence) => !sentence.aboutThePublic)
        .map((sentence) => sentence.text)
        .join('\n'),
      publicSentences: sentences.filter((sentence) => sentence.aboutThePublic).map((sentence) => sentence.text),
    };
  });
}

export function matchConcepts(sections: readonly Section[], concepts: readonly Concept[]): ConceptResult[] {
  const prepared = prepareSections(sections).map((section) => ({ ...section, tokens: tokenize(section.staff) }));
  return concepts.map((concept) => {
    for (const section of prepared) {
      const match = findTerms(section.staff, concept.terms, section.tokens);
      if (match) return { name: concept.name, found: true, evidence: { anchor: section.anchor, words: match.found } };
    }
    for (const section of prepared) {
      const sentence = section.publicSentences.find((text) => findTerms(text, concept.terms));
      if (sentence) return { name: concept.name, found: false, publicOnly: { anchor: section.anchor, sentence } };
    }
    return { name: concept.name, found: false };
  });
}

export function wordsIn(sections: readonly Section[]): number {
  return sections.reduce((total, section) => total + wordCount(bodyText(section)), 0);
}
