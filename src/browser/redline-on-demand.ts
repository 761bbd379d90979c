// A comparison of two versions that has no page of its own (see
// core/versions/pair-plan.ts), worked out in the reader's browser: the same
// diff core as the site build, fed the same texts (the policy's texts file,
// core/publish/version-texts.ts), rendered by the same renderer as the
// published redlines (components/diff/redline-html.ts). This module is loaded
// only on the compare page, only when its address asks for a pair.
import { redlineChanges, redlineOpening, requirementsNote, toMarkup } from '../components/diff/redline-html.ts';
import { diffVersions, type DiffVersion } from '../core/diff/index.ts';
import { readBody } from '../core/document/body-blocks.ts';
import { historySlugOf } from '../core/publish/section-history.ts';
import { textOf } from '../core/publish/version-texts.ts';
import type { VersionText, VersionTexts } from '../core/schemas/types.ts';
import type { PublishedSection } from '../core/diff/types.ts';

export interface OnDemandRedline {
  from: string;
  to: string;
  /** The redline's summary, for the page's description. */
  summary: string;
  /** The parts above and below the mandate requirements, as the published redline has them. */
  openingHtml: string;
  changesHtml: string;
}

/**
 * The redline of `from` and `to` (either way round: a redline reads from the
 * older version to the newer), or a message saying why there is none.
 */
export function onDemandRedline(texts: VersionTexts, from: string, to: string): OnDemandRedline | { message: string } {
  const order = texts.versions.map((entry) => entry.version);
  for (const version of [from, to]) {
    if (!order.includes(version)) {
      const versions =
        order.length === 1
          ? `It has one version, ${order[0]}, so there is nothing to compare yet.`
          : `Its versions run from ${order[0]} to ${order.at(-1)}.`;
      return { message: `There is no version ${version} of this policy. ${versions}` };
    }
  }
  if (from === to) return { message: 'Choose two different versions to compare.' };
  const [older, newer] = [from, to]
    .map((version) => texts.versions[order.indexOf(version)]!)
    .sort((a, b) => order.indexOf(a.version) - order.indexOf(b.version)) as [VersionText, VersionText];
  const diff = diffVersions(diffSide(texts, older), diffSide(texts, newer), { policy: texts.policy });
  const input = {
    policy: texts.policy,
    diff,
    from: older,
    to: newer,
    historySlug: (section: PublishedSection) =>
      historySlugOf(texts.sectionHistories, section, older.version, newer.version),
  };
  return {
    from: older.version,
    to: newer.version,
    summary: diff.summary,
    openingHtml: toMarkup(redlineOpening(input)),
    changesHtml: toMarkup(redlineChanges(input)),
  };
}

/**
 * The texts file is gzip-compressed (see its page, src/pages/policies/[id]/diff/texts.json.gz.ts). A server may
 * also have unpacked it already (sending it with `Content-Encoding: gzip`), so look at the first two bytes.
 */
async function readTexts(response: Response): Promise<VersionTexts> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const packed = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const text = packed
    ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
    : new TextDecoder().decode(bytes);
  return JSON.parse(text) as VersionTexts;
}

/** A diff side as the site build has it: the body, its sections (offsets into the body) and its readable blocks. */
function diffSide(texts: VersionTexts, entry: VersionText): DiffVersion {
  const text = textOf(texts, entry);
  return { version: entry.version, text, bodyStart: 0, ...readBody(text, texts.format) };
}

/**
 * The compare page's enhancement: when its address names two versions
 * (`?from=1.0&to=1.3`), fetch the texts file, work out the redline and show
 * it in place of the list of published comparisons, as a redline page shows
 * it. The page's status line says what is happening, and why when it fails.
 */
export async function showRequestedComparison(page: Document): Promise<void> {
  const root = page.querySelector<HTMLElement>('[data-compare-page]');
  const status = page.querySelector<HTMLElement>('[data-compare-status]');
  const params = new URLSearchParams(page.location.search);
  const [from, to] = [params.get('from'), params.get('to')];
  if (!root || !status || !from || !to) return;
  const say = (text: string) => (status.textContent = text);
  say(`Working out the changes from version ${from} to version ${to}…`);
  let texts: VersionTexts;
  try {
    const response = await fetch(root.dataset['texts'] ?? '');
    if (!response.ok) throw new Error(String(response.status));
    texts = await readTexts(response);
  } catch {
    say(
      'The versions could not be loaded, so this comparison cannot be shown. Check your connection and reload the page.',
    );
    return;
  }
  const redline = onDemandRedline(texts, from, to);
  if ('message' in redline) {
    say(redline.message);
    return;
  }
  const heading = page.querySelector<HTMLElement>('[data-compare-heading]');
  const result = page.querySelector<HTMLElement>('[data-redline]');
  if (!heading || !result) return;
  // As a redline page words them (src/pages/policies/[id]/diff/[pair]/index.astro).
  const number = root.dataset['number'] ?? '';
  heading.textContent = `${number}: changes from version ${redline.from} to version ${redline.to}`;
  page.title = page.title.replace(/^[^–]*/, `${number}: changes from version ${redline.from} to ${redline.to} `);
  const crumb = page.querySelector('.breadcrumbs [aria-current="page"]');
  if (crumb) crumb.textContent = `${redline.from} to ${redline.to}`;
  result.innerHTML = [
    redline.openingHtml,
    toMarkup([requirementsNote(root.dataset['compliance'] ?? '')]),
    redline.changesHtml,
  ].join('');
  result.hidden = false;
  for (const list of page.querySelectorAll<HTMLElement>('[data-compare-list]')) list.hidden = true;
  say('');
  heading.focus();
}
