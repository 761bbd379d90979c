// How alike two passages are, and which pairs are worth comparing at all.
//
// Two measures, both on stemmed words (`mandates/stemming.ts`, so "posts" and
// "post" agree) without the commonest function words:
// - Dice overlap of the word bags: symmetric, high only when both passages
//   are mostly the same words;
// - containment: the share of the smaller passage's word pairs (2-shingles)
//   found in the larger. A section that grew from 23 to 52 words keeps all of
//   its old text: its Dice is about 0.6, its containment 1. Word pairs rather
//   than single words keep a short passage from being "contained" in any long
//   one that happens to use the same words.
// `similarity` takes the better of the two, so that growth and shrinking are
// tolerated and rewording within the same words is too.
//
// Cost: comparing every old passage with every new one is quadratic. Instead,
// `CandidateIndex` files each new passage under its shingles and looks up only
// the new passages that share a shingle with an old one; shingles found in more
// than `MAX_POSTINGS` passages (boilerplate such as "of the") say nothing and
// are skipped. Each old passage is then scored against at most `MAX_CANDIDATES`
// new ones, those sharing the most shingles, so the work is linear in the
// number of shingles.
import { stem } from '../text/stem.ts';

const stopWords = new Set(
  'a an and are as at be by for from has have in is it its of on or that the this to was were will with'.split(' '),
);

/** A passage's words, as compared. */
export interface Profile {
  bag: Map<string, number>;
  words: number;
  shingles: Set<string>;
}

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

// Policies reuse the same few thousand words: stem each once (bounded, like the token table in myers.ts).
const stems = new Map<string, string>();
const MAX_STEMS = 200_000;

function stemOf(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    if (stems.size > MAX_STEMS) stems.clear();
    stemmed = stem(word);
    stems.set(word, stemmed);
  }
  return stemmed;
}

// Profiles of the same text (a block in several pairs of a job) are made once.
const profiles = new Map<string, Profile>();
const MAX_PROFILES = 20_000;

export function profileOf(text: string): Profile {
  let profile = profiles.get(text);
  if (!profile) {
    if (profiles.size > MAX_PROFILES) profiles.clear();
    profile = makeProfile(text);
    profiles.set(text, profile);
  }
  return profile;
}

function makeProfile(text: string): Profile {
  const stems = (text.match(wordPattern) ?? []).map(stemOf).filter((word) => !stopWords.has(word));
  const bag = new Map<string, number>();
  for (const word of stems) bag.set(word, (bag.get(word) ?? 0) + 1);
  const shingles = new Set<string>();
  if (stems.length === 1) shingles.add(stems[0]!);
  for (let index = 0; index + 1 < stems.length; index++) shingles.add(`${stems[index]} ${stems[index + 1]}`);
  return { bag, words: stems.length, shingles };
}

export function dice(a: Profile, b: Profile): number {
  if (a.words + b.words === 0) return 1;
  let common = 0;
  for (const [word, count] of a.bag) common += Math.min(count, b.bag.get(word) ?? 0);
  return (2 * common) / (a.words + b.words);
}

/** The share of the smaller passage's shingles found in the larger one. */
export function containment(a: Profile, b: Profile): number {
  const [small, large] = a.shingles.size <= b.shingles.size ? [a, b] : [b, a];
  if (small.shingles.size === 0) return 0;
  let found = 0;
  for (const shingle of small.shingles) if (large.shingles.has(shingle)) found += 1;
  return found / small.shingles.size;
}

/** 0 (nothing in common) to 1 (the same words, or one passage wholly inside the other). */
export function similarity(a: Profile, b: Profile): number {
  return Math.max(dice(a, b), containment(a, b));
}

const MAX_POSTINGS = 8;
const MAX_CANDIDATES = 12;

/** Finds, for an old passage, the few new passages worth scoring (see the top of the file). */
export class CandidateIndex {
  readonly #postings = new Map<string, number[]>();
  readonly #profiles: readonly Profile[];

  constructor(profiles: readonly Profile[]) {
    this.#profiles = profiles;
    for (const [index, profile] of profiles.entries()) {
      for (const shingle of profile.shingles) {
        const list = this.#postings.get(shingle);
        if (list) list.push(index);
        else this.#postings.set(shingle, [index]);
      }
    }
  }

  /** Indexes of new passages sharing a telling shingle with `profile`, most shared first. */
  candidates(profile: Profile): number[] {
    const shared = new Map<number, number>();
    for (const shingle of profile.shingles) {
      const list = this.#postings.get(shingle);
      if (!list || list.length > MAX_POSTINGS) continue;
      for (const index of list) shared.set(index, (shared.get(index) ?? 0) + 1);
    }
    return [...shared.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, MAX_CANDIDATES)
      .map(([index]) => index);
  }

  profile(index: number): Profile {
    return this.#profiles[index]!;
  }
}

/** A heading without its leading number ("7. Excessive Bandwidth Use" → "excessive bandwidth use"). */
export function headingWords(title: string): string {
  return withoutNumber(title).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The leading number of a heading ("7." in "7. Excessive…", "4" in "4.Services…"), or undefined. */
export function headingNumber(title: string): string | undefined {
  const match = numberPattern.exec(title.trim());
  return match?.[1] ?? match?.[2];
}

// "7. ", "4.", "2.1 ", "10) "; letters and roman numerals only with a dot or bracket ("K. ", "IV) ").
const numberPattern = /^(?:(\d{1,3}(?:\.\d{1,3})*)[.):]?\s*(?=\D)|([A-Z]|[IVXLC]{1,6})[.)]\s+)/;

function withoutNumber(title: string): string {
  const trimmed = title.trim();
  const match = numberPattern.exec(trimmed);
  return match && match[0].length < trimmed.length ? trimmed.slice(match[0].length) : trimmed;
}
