// The shapes the mandates engine produces: one requirement's verdict and one
// version's report. Kept apart from the code that computes them so that every
// part of the engine (evaluate, site, gates, view) can name them without
// importing each other.
import type { Requirement } from '../schemas/types.ts';
import type { ConceptResult } from './match.ts';
import type { FieldResult } from './fields.ts';
import type { Binding } from './binding.ts';
import type { ReviewOutcome } from './reviews.ts';

export type RequirementStatus = 'met' | 'partial' | 'missing';

export interface RequirementResult {
  id: string;
  /** `§1.A.6` */
  clause: string;
  title: string;
  scope: Requirement['scope'];
  status: RequirementStatus;
  /** Mapped sections that exist and have text. */
  anchors: string[];
  /** Mapped anchors that are not sections of the policy. */
  unknownAnchors: string[];
  /** Mapped headings with no text under them (they never count). */
  emptyAnchors: string[];
  concepts: ConceptResult[];
  fields: FieldResult[];
  /** What is missing, in a few words each: `suspension`, `a review interval`. */
  missing: string[];
  /** Why, in plain words: "§1.A.6 Disciplinary Actions: mapped to #discipline, which does not mention suspension". */
  reasons: string[];
  /** The fingerprint of the mapped sections' text, which a staff review records (see `reviews.ts`). */
  textHash: string;
  /** Council staff's determination, when one is recorded: shown next to the automated status, never instead. */
  review?: ReviewOutcome;
  /** What the gate holds: met automatically, or by a current staff review (which can also say not met). */
  accepted: boolean;
}

export interface ComplianceReport {
  mandateId: string;
  /** `R-24-89` */
  citation: string;
  policyId: string;
  version: string;
  /** `elements`: the version must contain every policy element; `publication`: it must only be published. */
  binding: Binding;
  /** Counts of the policy elements (the website requirements are the site's, in `MandateModel.website`). */
  summary: { met: number; partial: number; missing: number; total: number };
  /** True when every policy element is accepted: met, or judged met by a current staff review (always true for a
   * policy bound for publication only). */
  compliant: boolean;
  requirements: RequirementResult[];
}
