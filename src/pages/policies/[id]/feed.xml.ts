// The Atom feed of one policy: one entry per version, with its change summary.
import { siteModel } from '../../../components/model.ts';
import { policyFeed } from '../../../core/publish/feed/entries.ts';
import type { PolicyModel } from '../../../core/publish/site-model.ts';

export function getStaticPaths() {
  return siteModel().policies.map((policy) => ({ params: { id: policy.id }, props: { policy } }));
}

export function GET({ props }: { props: { policy: PolicyModel } }): Response {
  const model = siteModel();
  if (!model.site) return new Response('The site settings are missing.', { status: 500 });
  return new Response(policyFeed(props.policy, model.site, model.today), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
