// `/policies/<id>/diff/texts.json.gz`: every version's text of one policy, each
// distinct line once (schemas/version-texts.schema.json), for the comparisons
// worked out in the reader's browser (src/browser/redline-on-demand.ts).
// Compressed, because versions that share most of their words still differ in
// most lines when every paragraph is one line (a tenth of the size on the
// benchmark's policies); the browser unpacks it with DecompressionStream.
import { gzipSync } from 'node:zlib';
import { siteModel } from '../../../../components/model.ts';
import { formatOf } from '../../../../core/document/parse.ts';
import type { PolicyModel } from '../../../../core/publish/site-model.ts';
import { versionTexts } from '../../../../core/publish/version-texts.ts';

export function getStaticPaths() {
  // Every policy, one version or many: a compare address for a policy with one version then says which
  // versions there are, instead of failing to load.
  return siteModel().policies.map((policy) => ({ params: { id: policy.id }, props: { policy } }));
}

export function GET({ props }: { props: { policy: PolicyModel } }): Response {
  const { policy } = props;
  const texts = versionTexts(policy.id, formatOf(policy.path) ?? 'md', policy.versions, policy.sectionHistories);
  return new Response(gzipSync(JSON.stringify(texts)), { headers: { 'Content-Type': 'application/gzip' } });
}
