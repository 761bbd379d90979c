// The site-wide Atom feed: one entry per version of every policy.
import { siteModel } from '../components/model.ts';
import { siteFeed } from '../core/publish/feed/entries.ts';

export function GET(): Response {
  const model = siteModel();
  if (!model.site) return new Response('The site settings are missing.', { status: 500 });
  return new Response(siteFeed(model.policies, model.site, model.today), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
