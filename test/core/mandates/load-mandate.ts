// Shared by the mandate tests: the real R-24-89 catalogue and fixture loading.
import { readFileSync } from 'node:fs';
import { loadMandates } from '../../../src/core/mandates/index.ts';
import { loadPolicy, type PolicyDocument } from '../../../src/core/document/load.ts';
import { diskFiles } from '../../../src/io/fs-files.ts';
import type { Mandate } from '../../../src/core/schemas/types.ts';
import { fixturePath } from '../../helpers/fixtures.ts';
import { PROJECT_ROOT } from '../../helpers/run-cli.ts';

export async function r2489(): Promise<Mandate> {
  const catalogue = await loadMandates(diskFiles(PROJECT_ROOT), { render: false });
  const mandate = catalogue.mandates.find((candidate) => candidate.id === 'r-24-89');
  if (!mandate) throw new Error('policy/mandates/r-24-89.yaml did not load');
  return mandate;
}

/** A fixture policy from `test/fixtures/mandates/…`, loaded as `policy/<name>.md`. */
export function fixturePolicy(...parts: string[]): PolicyDocument {
  const file = fixturePath('mandates', ...parts);
  const name = parts.at(-1)!;
  return loadPolicy(`policy/${name}`, readFileSync(file));
}
