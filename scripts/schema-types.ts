// Generates `src/core/schemas/types.ts` from the JSON Schemas in `schemas/`.
// The schemas are the one source of truth for every shape; the TypeScript
// types are derived from them here and never edited by hand.
// `npm run schema:types` rewrites the file; `--check` fails when it is stale
// (the test suite runs that check).
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { compile } from 'json-schema-to-typescript';

const root = new URL('..', import.meta.url).pathname;
const target = join(root, 'src/core/schemas/types.ts');

export async function generateSchemaTypes(): Promise<string> {
  const names = (await readdir(join(root, 'schemas'))).filter((name) => name.endsWith('.schema.json')).sort();
  const parts = ['// Generated from schemas/*.schema.json by `npm run schema:types`. Do not edit by hand.\n'];
  for (const name of names) {
    const schema = JSON.parse(await readFile(join(root, 'schemas', name), 'utf8'));
    parts.push(
      await compile(schema, schema.title, {
        bannerComment: '',
        additionalProperties: false,
        style: { singleQuote: true, printWidth: 120 },
        unreachableDefinitions: false,
      }),
    );
  }
  return parts.join('\n');
}

const isMain = process.argv[1] && new URL(import.meta.url).pathname === process.argv[1];
if (isMain) {
  const fresh = await generateSchemaTypes();
  if (process.argv.includes('--check')) {
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current !== fresh) {
      console.error('src/core/schemas/types.ts is out of date: run `npm run schema:types`.');
      process.exit(1);
    }
  } else {
    await writeFile(target, fresh);
    console.log('Wrote src/core/schemas/types.ts');
  }
}
