// Placeholder until the SQL helper's tests/oruk/validateOruk.ts is merged: checks a body against
// one of the ORUK UK-profile schemas in tests/fixtures/oruk/schemas.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';

const dir = join(import.meta.dirname, '..', 'fixtures', 'oruk', 'schemas');
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();

export function expectValidOruk(schema: string, body: unknown): void {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(JSON.parse(readFileSync(join(dir, `${schema}.json`), 'utf8')));
    compiled.set(schema, validate);
  }
  const ok = validate(body);
  expect(ok ? [] : ajv.errorsText(validate.errors, { separator: '\n' }).split('\n').slice(0, 20), `${schema}.json`).toEqual([]);
}
