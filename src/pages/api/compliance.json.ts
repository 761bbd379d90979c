// `/api/compliance.json`: every mandate, its deadlines, and each policy version's compliance, as plain JSON.
import { siteModel } from '../../components/model.ts';
import { complianceJson } from '../../core/publish/api.ts';

export function GET(): Response {
  const model = siteModel();
  return Response.json(complianceJson(model.mandates, model.policies, model.today));
}
