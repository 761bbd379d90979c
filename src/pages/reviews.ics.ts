// The review calendar: one all-day event per policy review that is due.
import { siteModel } from '../components/model.ts';
import { reviewCalendar } from '../core/publish/ics.ts';

export function GET(): Response {
  const model = siteModel();
  const options = model.site ? { today: model.today, baseUrl: model.site.baseUrl } : { today: model.today };
  return new Response(reviewCalendar(model, options), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}
