// Loads the committed sample data as a SampleContext, so benchmarks and tests can call
// generateAssets(20000, 1, loadSampleContext()) with nothing but the repository.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { AreaCollection, Category } from '../../src/domain/types';
import type { MultiPolygon, Polygon } from 'geojson';
import type { SampleContext } from './assets';
import type { SampleOrganisation } from './organisations';
import { parsePostcodesCsv } from './files';

/** The repository's data/ folder. */
export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');

function readJson<T>(dir: string, file: string): T {
  const path = join(dir, file);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (e) {
    throw new Error(`Cannot read ${path}: ${(e as Error).message}. Run \`npm run data\` to write it.`);
  }
}

export function loadSampleContext(dir: string = DATA_DIR): SampleContext {
  const wards = readJson<AreaCollection>(dir, 'areas/wards.geojson');
  const borough = readJson<{ geometry: Polygon | MultiPolygon }>(dir, 'borough.geojson');
  return {
    postcodes: parsePostcodesCsv(readFileSync(join(dir, 'postcodes.csv'), 'utf8')),
    wards: wards.features.map((f) => ({ code: f.properties.code, name: f.properties.name })),
    categories: readJson<Category[]>(dir, 'categories.json'),
    orgs: readJson<SampleOrganisation[]>(dir, 'organisations.json'),
    inside: (lng, lat) => booleanPointInPolygon([lng, lat], borough.geometry),
  };
}
