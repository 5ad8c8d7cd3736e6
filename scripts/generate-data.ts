// `npm run data`: writes the sample data in data/. Real geography (wards, LSOAs, borough outline,
// postcodes) is cut down from ../shared/data/real when that folder exists (override with
// REAL_DATA=/path); otherwise the committed copies in data/ are reused. Categories are the
// taxonomy the migrations ship (api.categories() of a freshly migrated database: one source of
// truth); organisations, the 1,500 synthetic community listings and the public facilities (GP practices,
// libraries, schools… as partners' datasets) are regenerated every time from a fixed
// seed, so the output only changes when this code does.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLITE_EXTENSIONS } from '../src/backend/local/extensions';
import { applyMigrations } from '../src/backend/local/migrate';
import type { Category } from '../src/domain/types';
import { readMigrations } from './localDatabase';
import { buildOrganisations } from './sample/organisations';
import { generateAssets, generateFacilities } from './sample/assets';
import { DATA_DIR, loadSampleContext } from './sample/context';
import { buildGeography, REAL_FILES } from './sample/geography';
import { featureCollectionJson, linesJson, postcodesCsv } from './sample/files';

const SEED = 20261101;
const ASSET_COUNT = 1500;
const realDir = process.env.REAL_DATA ?? join(DATA_DIR, '..', '..', 'shared', 'data', 'real');

function write(file: string, text: string): void {
  const path = join(DATA_DIR, file);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote data/${file} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB)`);
}

if (Object.values(REAL_FILES).every((f) => existsSync(join(realDir, f)))) {
  const geo = buildGeography(realDir);
  write('areas/wards.geojson', featureCollectionJson(geo.wards.features));
  write('areas/lsoas.geojson', featureCollectionJson(geo.lsoas.features));
  write('borough.geojson', `${JSON.stringify(geo.borough)}\n`);
  write('postcodes.csv', postcodesCsv(geo.postcodes));
} else {
  console.log(`No real data in ${realDir}: keeping the committed areas, borough outline and postcodes.`);
}
write('categories.json', `${JSON.stringify(await migratedCategories(), null, 2)}\n`);
write('organisations.json', `${JSON.stringify(buildOrganisations(SEED), null, 2)}\n`);
// Read back what was just written, exactly as a benchmark would.
const ctx = loadSampleContext();
const community = generateAssets(ASSET_COUNT, SEED, ctx);
write('assets.json', linesJson([...community, ...generateFacilities(SEED, ctx, community)]));

async function migratedCategories(): Promise<Category[]> {
  const db = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
  try {
    await applyMigrations(db, readMigrations());
    return (await db.query<{ c: Category[] }>('select api.categories() as c')).rows[0].c;
  } finally {
    await db.close();
  }
}
