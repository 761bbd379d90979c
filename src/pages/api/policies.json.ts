// `/api/policies.json`: every policy, as plain JSON.
import { siteModel } from '../../components/model.ts';
import { policiesJson } from '../../core/publish/api.ts';

export function GET(): Response {
  const model = siteModel();
  return Response.json(policiesJson(model.policies, model.site, model.today));
}
