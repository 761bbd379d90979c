// How a status tag looks: its words and its tone (the colour only repeats what
// the words say). One home for StatusTag.astro and the redline renderer
// (diff/redline-html.ts), which the browser also runs.
const tones: Record<string, string> = {
  adopted: 'good',
  current: 'good',
  met: 'good',
  'on-schedule': 'good',
  'no-change': 'good',
  draft: 'notice',
  partial: 'warning',
  'due-soon': 'warning',
  open: 'notice',
  missing: 'bad',
  overdue: 'bad',
  retired: 'neutral',
  superseded: 'neutral',
  grandfathered: 'neutral',
  error: 'bad',
  warning: 'warning',
  info: 'neutral',
};

/** `['tag', 'tag--good']` for a known status; anything else is shown in the neutral style. */
export function statusTagClasses(status: string): string[] {
  return ['tag', `tag--${tones[status] ?? 'neutral'}`];
}

/** The words of the tag: the label when given, else the status with its hyphens as spaces. */
export function statusTagWords(status: string, label?: string): string {
  return label ?? status.replaceAll('-', ' ');
}
