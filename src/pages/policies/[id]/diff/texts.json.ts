// `/policies/<id>/diff/texts.json`: every version's text of one policy, each
// distinct line once (schemas/version-texts.schema.json), for the comparisons
// worked out in the reader's browser (src/browser/redline-on-demand.ts).
import { siteModel } from '../../../../components/model.ts';
import { formatOf } from '../../../../core/document/parse.ts';
import type { PolicyModel } from '../../../../core/publish/site-model.ts';
import { versionTexts } from '../../../../core/publish/version-texts.ts';

export function getStaticPaths() {
  return siteModel()
    .policies.filter((policy) => policy.versions.length > 1)
    .map((policy) => ({ params: { id: policy.id }, props: { policy } }));
}

export function GET({ props }: { props: { policy: PolicyModel } }): Response {
  const { policy } = props;
  return new Response(
    JSON.stringify(versionTexts(policy.id, formatOf(policy.path) ?? 'md', policy.versions, policy.sectionHistories)),
    { headers: { 'Content-Type': 'application/json' } },
  );
}
