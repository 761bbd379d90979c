// Mandates: requirements as data (docs/architecture.md). The catalogue, the evaluation of
// a policy against it, the diagnostics and gates, the delivery deadline, and
// the audit of an untagged policy.
export { loadMandates, type MandateCatalogue, type MandateText } from './catalogue.ts';
export { evaluateCompliance, mappedAnchors } from './evaluate.ts';
export type { ComplianceReport, EvaluationContext, RequirementResult, RequirementStatus } from './types.ts';
export type { ConceptResult } from './match.ts';
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
export { auditPolicy, type AuditReport, type AuditRequirement, type AuditMatch } from './audit.ts';
export { stem, tokenize, findTerms } from './stemming.ts';
export { isAboutThePublic, sentencesOf } from './subject.ts';
export { validateMandate, mandateSchema } from './schema.ts';
export { complianceView, type ComplianceView, type MandateComplianceView, type VersionComplianceView } from './view.ts';
export { complianceMarkdown, complianceText } from './format.ts';
export { auditText } from './audit-format.ts';
