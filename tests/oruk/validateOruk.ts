// Checks JSON against the Open Referral UK (HSDS 3.0 UK profile) schemas the ORUK validator uses
// (tests/fixtures/oruk/schemas). Shared by the SQL tests and the HTTP tests.
//
// The schemas are plain JSON Schema with Frictionless Data annotations (name, path,
// datapackage_metadata...); those are declared as annotations so Ajv's strict mode still fails on
// any real typo. Formats (uuid, uri, email, date-time) are checked. The paged list schemas wrap
// their envelope in a form no validator reads (`allOf: [{Page: ...}]`), so a list page is checked
// here as the OpenAPI document's `Page` (every field required) plus `contents`, each item against
// the list's item schema.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const SCHEMAS = fileURLToPath(new URL('../fixtures/oruk/schemas/', import.meta.url));

type Json = Record<string, unknown>;
const read = (file: string): Json => JSON.parse(readFileSync(SCHEMAS + file, 'utf8')) as Json;

/** The record kinds, and a page of each list. */
export type OrukKind =
  | 'api_details'
  | 'service'
  | 'service_list_page'
  | 'service_at_location'
  | 'service_at_location_list_page'
  | 'organization'
  | 'organization_list_page'
  | 'taxonomy'
  | 'taxonomy_list_page'
  | 'taxonomy_term'
  | 'taxonomy_term_list_page';

const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
addFormats(ajv);
ajv.addVocabulary(['name', 'path', 'datapackage_metadata', 'tabular_required', 'constraints', 'example', 'core', 'datapackage_type']);

/** The item schema inside a list file (`properties.contents.items`), or the file itself when it is one. */
function listItem(file: string): Json {
  const s = read(file);
  const contents = (s.properties as Json | undefined)?.contents as Json | undefined;
  return (contents?.items as Json | undefined) ?? s;
}

function page(item: Json): Json {
  const openApi = read('open_api.json') as { components: { schemas: { Page: Json } } };
  const envelope = openApi.components.schemas.Page;
  const fields = Object.keys(envelope.properties as Json);
  return {
    type: 'object',
    properties: { ...(envelope.properties as Json), contents: { type: 'array', items: item } },
    required: [...fields, 'contents'],
  };
}

const SCHEMA_OF: Record<OrukKind, () => Json> = {
  api_details: () => read('api_details.json'),
  service: () => read('service.json'),
  service_list_page: () => page(listItem('service_list.json')),
  service_at_location: () => read('service_at_location.json'),
  service_at_location_list_page: () => page(listItem('service_at_location_list.json')),
  organization: () => read('organization.json'),
  organization_list_page: () => page(listItem('organization_list.json')),
  taxonomy: () => read('taxonomy.json'),
  taxonomy_list_page: () => page(listItem('taxonomy_list.json')),
  taxonomy_term: () => read('taxonomy_term.json'),
  taxonomy_term_list_page: () => page(listItem('taxonomy_term_list.json')),
};

const compiled = new Map<OrukKind, ValidateFunction>();

/** Error messages ("/contents/0/id must match format \"uuid\""); empty when the JSON conforms. */
export function validateOruk(kind: OrukKind, json: unknown): string[] {
  let validate = compiled.get(kind);
  if (!validate) {
    validate = ajv.compile(SCHEMA_OF[kind]());
    compiled.set(kind, validate);
  }
  if (validate(json)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}
