// The labelled corpus of real policies (test/fixtures/compliance-corpus/): the
// labels are checked against their texts, and the automated reading must not
// fall below the figures published in the corpus README.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  CORPUS_DIR,
  evaluateCorpus,
  heldOutSlugs,
  loadCorpus,
  loadMandate,
  type Tally,
} from '../../../scripts/eval-compliance.ts';

const documents = loadCorpus();
const mandate = loadMandate();
const elements = mandate.requirements.filter((r) => r.scope === 'policy').map((r) => r.id);
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The "Published figures" table of the README: measure → percent (or count, for documents refused). */
function published(): Record<string, number> {
  const readme = readFileSync(join(CORPUS_DIR, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('### Published figures'));
  return Object.fromEntries(
    [...table.matchAll(/^\| ([a-z ]+) \| ([\d.]+) \|$/gm)].map((match) => [match[1]!, Number(match[2])]),
  );
}

const percent = ([hit, of]: [number, number]) => Math.round((hit / of) * 1000) / 10;

describe('the compliance corpus', () => {
  it('has at least 20 documents, each with its source, retrieval date and licence', () => {
    expect(documents.length).toBeGreaterThanOrEqual(20);
    for (const document of documents) {
      const meta = parse(readFileSync(join(CORPUS_DIR, `${document.slug}.yaml`), 'utf8')) as Record<string, unknown>;
      expect(meta, document.slug).toMatchObject({
        source: expect.stringMatching(/^https?:\/\//),
        retrieved: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        licence: expect.any(String),
      });
    }
  });

  it('labels every element of every document, and quotes each justifying sentence word for word', () => {
    for (const document of documents) {
      expect(Object.keys(document.labels).sort(), document.slug).toEqual([...elements].sort());
      for (const [id, { label, sentence }] of Object.entries(document.labels)) {
        expect(['Y', 'P', 'N', 'TRAP'], `${document.slug} ${id}`).toContain(label);
        if (label !== 'N') expect(sentence, `${document.slug} ${id}`).toEqual(expect.any(String));
        if (sentence) expect(flat(document.text), `${document.slug} ${id}`).toContain(flat(sentence));
      }
    }
  });

  it('names its held-out documents, all of them in the corpus', () => {
    const slugs = documents.map((document) => document.slug);
    expect(heldOutSlugs().length).toBeGreaterThanOrEqual(5);
    for (const slug of heldOutSlugs()) expect(slugs).toContain(slug);
  });

  it('is read at least as well as the published figures', () => {
    const result = evaluateCorpus(documents, mandate);
    const total: Tally = result.tallies['all']!.all;
    const figures = published();
    expect(result.refused.length).toBeLessThanOrEqual(figures['documents refused']!);
    expect(percent(total.present)).toBeGreaterThanOrEqual(figures['present found']!);
    expect(percent(total.absent)).toBeGreaterThanOrEqual(figures['absent not claimed']!);
    expect(percent(total.traps)).toBeGreaterThanOrEqual(figures['traps avoided']!);
    // The targets of issue 12.
    expect(figures['present found']).toBeGreaterThanOrEqual(85);
    expect(figures['absent not claimed']).toBeGreaterThanOrEqual(90);
    expect(figures['traps avoided']).toBe(100);
  });
});
