// The JSON Schemas are the one source of truth for every shape, and authors
// read their descriptions in the editor: each field must say what it is for.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/run-cli.ts';

type Schema = Record<string, unknown>;

const schemaDir = join(PROJECT_ROOT, 'schemas');
const schemas = readdirSync(schemaDir)
  .filter((name) => name.endsWith('.schema.json'))
  .sort()
  .map((name) => [name, JSON.parse(readFileSync(join(schemaDir, name), 'utf8')) as Schema] as const);

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Visits every sub-schema with its JSON pointer. */
function walk(schema: Schema, pointer: string, visit: (schema: Schema, pointer: string) => void): void {
  visit(schema, pointer);
  for (const keyword of ['properties', '$defs', 'patternProperties']) {
    const children = schema[keyword];
    if (isSchema(children)) {
      for (const [name, child] of Object.entries(children)) {
        if (isSchema(child)) walk(child, `${pointer}/${keyword}/${name}`, visit);
      }
    }
  }
  // `if`/`then` are conditions on fields defined elsewhere, not fields: they are not walked.
  for (const keyword of ['items', 'additionalProperties', 'propertyNames']) {
    const child = schema[keyword];
    if (isSchema(child)) walk(child, `${pointer}/${keyword}`, visit);
  }
  for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
    const list = schema[keyword];
    if (Array.isArray(list))
      list.forEach((child, index) => isSchema(child) && walk(child, `${pointer}/${keyword}/${index}`, visit));
  }
}

/** A property's description, or that of the definition it refers to (editors show that one). */
function descriptionOf(property: Schema, root: Schema): unknown {
  if (property['description'] !== undefined) return property['description'];
  const ref = property['$ref'];
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return undefined;
  let target: unknown = root;
  for (const step of ref.slice(2).split('/')) target = isSchema(target) ? target[step] : undefined;
  return isSchema(target) ? target['description'] : undefined;
}

describe('schemas', () => {
  it('exist: policy and site settings at least', () => {
    expect(schemas.map(([name]) => name)).toEqual(expect.arrayContaining(['policy.schema.json', 'site.schema.json']));
  });

  it.each(schemas)('%s is JSON Schema 2020-12 with a title and a description', (_name, schema) => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof schema['title']).toBe('string');
    expect(typeof schema['description']).toBe('string');
  });

  it.each(schemas)('%s describes every property, at every depth', (_name, schema) => {
    const undescribed: string[] = [];
    walk(schema, '#', (node, pointer) => {
      const properties = node['properties'];
      if (!isSchema(properties)) return;
      for (const [name, property] of Object.entries(properties)) {
        const description = isSchema(property) ? descriptionOf(property, schema) : undefined;
        if (typeof description !== 'string' || description.trim() === '')
          undescribed.push(`${pointer}/properties/${name}`);
      }
    });
    expect(undescribed).toEqual([]);
  });

  it.each(schemas)(
    '%s closes every object: additionalProperties is false, or a map with named keys',
    (_name, schema) => {
      const open: string[] = [];
      walk(schema, '#', (node, pointer) => {
        const isObject = node['type'] === 'object' || isSchema(node['properties']);
        if (!isObject) return;
        const additional = node['additionalProperties'];
        // A map (`mandates: { <mandate-id>: … }`) has no fixed keys; its keys are checked by `propertyNames`.
        const isMap = isSchema(additional) && isSchema(node['propertyNames']) && node['properties'] === undefined;
        if (additional !== false && !isMap) open.push(pointer);
      });
      expect(open).toEqual([]);
    },
  );

  it('src/core/schemas/types.ts is generated from the current schemas', () => {
    // Throws (and fails the test) when the script exits non-zero.
    const output = execFileSync(join(PROJECT_ROOT, 'node_modules/.bin/node'), ['scripts/schema-types.ts', '--check'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(output).toBe('');
  });
});
