// Staff reviews of a verdict: council staff read a version's mapped sections
// and record whether they meet an element (`policy/reviews/<mandate>.yaml`).
// A review is shown next to the automated result and never replaces it. The
// gate accepts it only while the mapped text is the text that was reviewed:
// each review stores a fingerprint of that text (`textHash`), and a later
// change to it marks the review "needs review again".
import type { Section } from '../document/sections.ts';
import type { Review } from '../schemas/types.ts';
import { bodyText } from './match.ts';

export const REVIEW_DIR = 'policy/reviews';

/** A review as a requirement's result carries it. */
export interface ReviewOutcome {
  determination: Review['determination'];
  by: string;
  date: string;
  note?: string;
  /** False when the mapped text changed since the review: it needs review again and the gate ignores it. */
  current: boolean;
}

/**
 * The fingerprint of the text of the mapped sections: 64-bit FNV-1a over the
 * body text with its whitespace normalised, as 16 hex digits. It only detects
 * change (it is not a security measure); reformatting lines does not change it.
 */
export function textHash(sections: readonly Section[]): string {
  const text = sections.map((section) => bodyText(section).replace(/\s+/g, ' ').trim()).join('\n');
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

export function reviewOutcome(
  reviews: readonly Review[],
  target: { policy: string; version: string; requirement: string; textHash: string },
): ReviewOutcome | undefined {
  // The latest review of this element and version counts.
  const review = reviews
    .filter(
      (entry) =>
        entry.policy === target.policy && entry.version === target.version && entry.requirement === target.requirement,
    )
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(-1);
  if (!review) return undefined;
  return {
    determination: review.determination,
    by: review.by,
    date: review.date,
    ...(review.note ? { note: review.note } : {}),
    current: review.textHash === target.textHash,
  };
}

/** "Staff review (J. Doe, Council Services, 2026-11-20): met. Note: …", and whether it needs review again. */
export function reviewLine(review: ReviewOutcome): string {
  const determination = review.determination === 'met' ? 'met' : 'not met';
  const state = review.current
    ? ''
    : ' It needs review again: the mapped text has changed since, so the automated result applies.';
  return `Staff review (${review.by}, ${review.date}): ${determination}.${review.note ? ` Note: ${review.note}` : ''}${state}`;
}
