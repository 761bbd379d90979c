// Compare any two versions: the progressive enhancement of the versions page's
// form. Without JavaScript the form goes to the list of every published
// redline; with it, submitting goes straight to the chosen redline, or, for a
// pair that has no page of its own, to the compare page that works it out in
// the browser (redline-on-demand.ts). This module is imported on demand, on
// the form's first submit.
//
// The form carries what it needs as data attributes, so this script knows no
// URLs of its own:
// - `data-diff-base`: the redlines' folder, e.g. `/policies/ai-1-19/diff/`;
// - `data-pairs`: the published pairs, space-separated, e.g. `1.0..1.1 1.0..2.0`;
// - the `<option>`s of both selects are in version order, oldest first.

import { compareQuery, pairSlug } from '../core/routes.ts';

/** Where the chosen pair's redline is: its page, or the compare page that works it out; or why there is none. */
export function compareTarget(
  form: { base: string; pairs: readonly string[]; order: readonly string[] },
  from: string,
  to: string,
): { href: string } | { message: string } {
  if (from === to) return { message: 'Choose two different versions to compare.' };
  // A redline always reads from the older version to the newer one.
  const [older, newer] = form.order.indexOf(from) < form.order.indexOf(to) ? [from, to] : [to, from];
  const pair = pairSlug(older, newer);
  if (!form.pairs.includes(pair)) return { href: `${form.base}${compareQuery(older, newer)}` };
  return { href: `${form.base}${pair}/` };
}

/**
 * Called by the versions page's small loader on the form's first submit (the
 * loader has already stopped the browser's own submit): go to the redline, or
 * say in the form's status line why there is none.
 */
export function submitCompare(form: HTMLFormElement): void {
  const [from, to] = Array.from(form.querySelectorAll('select'));
  if (!from || !to) return;
  const target = compareTarget(
    {
      base: form.dataset['diffBase'] ?? '',
      pairs: (form.dataset['pairs'] ?? '').split(' ').filter(Boolean),
      order: Array.from(from.options, (option) => option.value),
    },
    from.value,
    to.value,
  );
  const status = form.querySelector<HTMLElement>('[data-compare-status]');
  if ('href' in target) window.location.assign(target.href);
  else if (status) status.textContent = target.message;
}
