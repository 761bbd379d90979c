// `/api/policies/<id>/versions.json`: every version of one policy, with the SHA-256 of each text.
import { siteModel } from '../../../../components/model.ts';
import { versionsJson } from '../../../../core/publish/api.ts';
import type { PolicyModel } from '../../../../core/publish/site-model.ts';

export function getStaticPaths() {
  return siteModel().policies.map((policy) => ({ params: { id: policy.id }, props: { policy } }));
}

export function GET({ props }: { props: { policy: PolicyModel } }): Response {
  return Response.json(versionsJson(props.policy, siteModel().site));
}
