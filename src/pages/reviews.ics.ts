// The site calendar: every review that is due, every comment period's last day
// and every mandate deadline, as one all-day event each (SiteModel.calendar).
import { siteModel } from '../components/model.ts';
import { writeCalendar } from '../core/publish/ics.ts';

export function GET(): Response {
  const model = siteModel();
  const name = model.site ? `${model.site.organisation.name} policy dates` : 'Policy dates';
  return new Response(writeCalendar(model.calendar, { today: model.today, name }), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}
