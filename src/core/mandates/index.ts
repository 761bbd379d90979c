// Mandates: requirements as data (docs/architecture.md). The catalogue, the evaluation of
// a policy against it, the diagnostics and gates, the delivery deadline, and
// the audit of an untagged policy.
export { loadMandates, type MandateCatalogue, type MandateText } from './catalogue.ts';
export { evaluateCompliance, mappedAnchors, type EvaluatedDocument } from './evaluate.ts';
export type { ComplianceReport, RequirementResult, RequirementStatus } from './types.ts';
export type { ConceptResult, Evidence } from './match.ts';
export { evaluateWebsite, websiteDiagnostics } from './site.ts';
export { bindingOf, type Binding } from './binding.ts';
export type { FieldResult } from './fields.ts';
export { complianceDiagnostics, type ComplianceDiagnosticOptions } from './diagnostics.ts';
export { bindsPolicy, complianceGates, isGrandfathered, type VersionCompliance } from './gates.ts';
export { deliveryStatus, type DeliveryStatus } from './delivery.ts';
export {
  checkCompliance,
  mandatesFor,
  type CheckComplianceOptions,
  type MandateModel,
  type PastVersion,
  type PolicyCompliance,
  type VersionComplianceModel,
} from './check.ts';
export { auditPolicy, type AuditReport, type AuditRequirement, type AuditMatch, type AuditEvidence } from './audit.ts';
export { readSentences, type ReadSentence, type Word } from './reading.ts';
export { compileExpression, findExpression } from './lexicon.ts';
export { judgeSentence, type SentenceJudgement, type SentenceRole } from './subject.ts';
export { plainSections } from './plain-sections.ts';
export { validateMandate, mandateSchema } from './schema.ts';
export {
  complianceView,
  websiteView,
  type WebsiteRequirementsView,
  type ComplianceView,
  type MandateComplianceView,
  type QuoteView,
  type RequirementEvidenceView,
  type VersionComplianceView,
} from './view.ts';
export { complianceMarkdown, complianceText } from './format.ts';
export { auditMarkdown, auditText } from './audit-format.ts';
