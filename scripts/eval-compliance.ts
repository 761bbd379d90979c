// `npm run eval:compliance`: runs `policy audit` over the labelled corpus of
// real policies in test/fixtures/compliance-corpus/ and prints, per policy
// element and in total, how often the automated reading agrees with the
// labels a person gave by reading:
// - present found: a Y (clearly present) label that the audit finds met or partial;
// - partly present found: the same for P labels (shown, not a target);
// - absent not claimed: an N label that the audit reports missing;
// - traps avoided: a TRAP label (the words are there but concern the public) reported missing;
// - documents refused: documents the audit could not read.
// Held-out documents (listed in the corpus README) were never looked at while the lexicons were tuned; they are
// reported apart so that overfitting shows.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { auditPolicy } from '../src/core/mandates/audit.ts';
import { validateMandate } from '../src/core/mandates/schema.ts';
import type { Mandate } from '../src/core/schemas/types.ts';

const root = new URL('..', import.meta.url).pathname;
export const CORPUS_DIR = join(root, 'test/fixtures/compliance-corpus');

export type Label = 'Y' | 'P' | 'N' | 'TRAP';

export interface CorpusDocument {
  slug: string;
  text: string;
  labels: Record<string, { label: Label; sentence: string | null }>;
  heldOut: boolean;
}

export interface Tally {
  present: [found: number, of: number];
  partly: [found: number, of: number];
  absent: [notClaimed: number, of: number];
  traps: [avoided: number, of: number];
}

export interface CorpusResult {
  documents: number;
  refused: string[];
  /** By requirement id, then `all`; each for every document, the tuning set and the held-out set. */
  tallies: Record<string, { all: Tally; tuning: Tally; heldOut: Tally }>;
  /** Labels the audit disagrees with: `slug requirement label → status`. */
  disagreements: string[];
}

/** The held-out slugs, from the corpus README's "Held out:" line. */
export function heldOutSlugs(dir = CORPUS_DIR): string[] {
  const readme = readFileSync(join(dir, 'README.md'), 'utf8');
  const line = /^Held out: (.+)$/m.exec(readme);
  return line ? line[1]!.split(/,\s*/).map((slug) => slug.replace(/`/g, '').trim()) : [];
}

export function loadCorpus(dir = CORPUS_DIR): CorpusDocument[] {
  const heldOut = new Set(heldOutSlugs(dir));
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const slug = name.replace(/\.yaml$/, '');
      const meta = parse(readFileSync(join(dir, name), 'utf8')) as { labels: CorpusDocument['labels'] };
      return {
        slug,
        text: readFileSync(join(dir, `${slug}.txt`), 'utf8'),
        labels: meta.labels,
        heldOut: heldOut.has(slug),
      };
    });
}

export function loadMandate(): Mandate {
  const value: unknown = parse(readFileSync(join(root, 'policy/mandates/r-24-89.yaml'), 'utf8'));
  if (!validateMandate(value)) throw new Error('policy/mandates/r-24-89.yaml does not match its schema.');
  return value;
}

const empty = (): Tally => ({ present: [0, 0], partly: [0, 0], absent: [0, 0], traps: [0, 0] });

export function evaluateCorpus(documents: readonly CorpusDocument[], mandate: Mandate): CorpusResult {
  const ids = mandate.requirements.filter((r) => r.scope === 'policy').map((r) => r.id);
  const tallies: CorpusResult['tallies'] = {};
  for (const id of [...ids, 'all']) tallies[id] = { all: empty(), tuning: empty(), heldOut: empty() };
  const refused: string[] = [];
  const disagreements: string[] = [];
  for (const document of documents) {
    let statuses: Map<string, string>;
    try {
      const report = auditPolicy(`${document.slug}.txt`, document.text, mandate);
      statuses = new Map(report.requirements.map((r) => [r.id, r.status]));
    } catch {
      refused.push(document.slug);
      continue;
    }
    for (const id of ids) {
      const label = document.labels[id]?.label;
      const status = statuses.get(id);
      if (label === undefined || status === undefined) continue;
      const claimed = status !== 'missing';
      const agrees = label === 'Y' || label === 'P' ? claimed : !claimed;
      if (!agrees)
        disagreements.push(`${document.slug} ${id} ${label} → ${status}${document.heldOut ? ' (held out)' : ''}`);
      for (const key of [id, 'all']) {
        for (const set of ['all', document.heldOut ? 'heldOut' : 'tuning'] as const) {
          const tally = tallies[key]![set];
          const field = label === 'Y' ? 'present' : label === 'P' ? 'partly' : label === 'N' ? 'absent' : 'traps';
          tally[field][1] += 1;
          if (agrees) tally[field][0] += 1;
        }
      }
    }
  }
  return { documents: documents.length, refused, tallies, disagreements };
}

export function percent([hit, of]: [number, number]): string {
  return of === 0 ? '-' : `${Math.round((hit / of) * 1000) / 10}%`;
}

export function formatResult(result: CorpusResult): string {
  const cell = (pair: [number, number]) => `${pair[0]}/${pair[1]} ${percent(pair)}`.padEnd(20);
  const lines = [
    `Compliance reading on ${result.documents} labelled documents; ${result.refused.length} refused${result.refused.length ? ` (${result.refused.join(', ')})` : ''}.`,
    '',
    `${'element'.padEnd(26)}${'present found'.padEnd(20)}${'partly found'.padEnd(20)}${'absent not claimed'.padEnd(20)}traps avoided`,
  ];
  for (const [id, tally] of Object.entries(result.tallies)) {
    const t = tally.all;
    lines.push(`${id.padEnd(26)}${cell(t.present)}${cell(t.partly)}${cell(t.absent)}${cell(t.traps)}`);
  }
  for (const set of ['tuning', 'heldOut'] as const) {
    const t = result.tallies['all']![set];
    lines.push(
      `${(set === 'tuning' ? 'total, tuning set' : 'total, held out').padEnd(26)}${cell(t.present)}${cell(t.partly)}${cell(t.absent)}${cell(t.traps)}`,
    );
  }
  return lines.map((line) => line.trimEnd()).join('\n');
}

const isMain = process.argv[1] && new URL(import.meta.url).pathname === process.argv[1];
if (isMain) {
  const result = evaluateCorpus(loadCorpus(), loadMandate());
  process.stdout.write(`${formatResult(result)}\n`);
  // Only the tuning set's disagreements: looking at the held-out ones would tune on them.
  if (process.argv.includes('--disagreements'))
    process.stdout.write(`\n${result.disagreements.filter((line) => !line.endsWith('(held out)')).join('\n')}\n`);
}
