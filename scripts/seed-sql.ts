// Writes supabase/demo/seed.sql from the sample data in data/: the persona users and their
// rights, organisations, areas and listings. Demo only: local mode, the tests and the benchmarks
// run it; a real project never does (categories, which every project needs, are a migration).
// Plain INSERTs from jsonb_to_recordset (no COPY), so PGlite and psql run the same file.
//
//   npx tsx scripts/seed-sql.ts            # writes supabase/demo/seed.sql
//
// `seedSql(data)` is exported so tests and benchmarks can seed generated data (e.g. 20k assets).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { AreaFeature, AssetInput, AssetStatus, Category, Organisation } from '../src/domain/types';
import { PERSONAS, SAMPLE_ORG_A, SAMPLE_ORG_B } from '../src/backend/personas';
import { normalisePostcode } from '../src/domain/postcodes';

export type SeedAsset = Omit<AssetInput, 'version' | 'org_id'> & {
  id: string;
  /** null for a listing imported from a partner dataset without an organisation. */
  org_id: string | null;
  status: AssetStatus;
  last_verified_at: string | null;
  external_id: string | null;
  source: string | null;
  created_at: string;
  ward?: string | null;
};

export type SeedOrganisation = Pick<Organisation, 'id' | 'name' | 'description' | 'email' | 'website' | 'phone' | 'status' | 'auto_publish'>;

export interface SeedData {
  categories: Category[];
  organisations: SeedOrganisation[];
  assets: SeedAsset[];
  /** Wards first, then LSOAs (an LSOA's parent_code names its ward). */
  areas: AreaFeature[];
  /** Postcode centroids for the ORUK API's postcode filter (app.postcode_points). */
  postcodes?: SeedPostcode[];
}

export interface SeedPostcode {
  postcode: string;
  lat: number;
  lng: number;
}

/** data/postcodes.csv (`postcode,lat,lng,ward_code`, no quoting) as rows, in the one spelling the database keeps ("WA12 0HX"). */
export function readPostcodes(file: string): SeedPostcode[] {
  const [, ...lines] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  return lines.flatMap((line) => {
    const [raw, lat, lng] = line.split(',');
    const postcode = normalisePostcode(raw);
    return postcode ? [{ postcode, lat: Number(lat), lng: Number(lng) }] : [];
  });
}

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = join(here, '..');

export function readSeedData(dataDir = join(repoRoot, 'data')): SeedData {
  const read = <T>(file: string): T => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;
  return {
    categories: read<Category[]>('categories.json'),
    organisations: read<SeedOrganisation[]>('organisations.json'),
    assets: read<SeedAsset[]>('assets.json'),
    areas: [...read<{ features: AreaFeature[] }>('areas/wards.geojson').features, ...read<{ features: AreaFeature[] }>('areas/lsoas.geojson').features],
    postcodes: readPostcodes(join(dataDir, 'postcodes.csv')),
  };
}

const ROWS_PER_STATEMENT = 500;

/** A JSON literal in dollar quotes; the tag is chosen so the text cannot close it early. */
function jsonLiteral(value: unknown): string {
  const text = JSON.stringify(value);
  let tag = 'seed';
  while (text.includes(`$${tag}$`)) tag += '_';
  return `$${tag}$${text}$${tag}$::jsonb`;
}

function insertRows(table: string, columns: [name: string, type: string][], rows: object[], tail = ''): string {
  const out: string[] = [];
  const names = columns.map(([n]) => n).join(', ');
  const record = columns.map(([n, t]) => `${n} ${t}`).join(', ');
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    out.push(`insert into ${table} (${names})\nselect ${names}\nfrom jsonb_to_recordset(${jsonLiteral(chunk)}) as r (${record})${tail ? `\n${tail}` : ''};`);
  }
  return out.join('\n\n');
}

/**
 * The postcode centroids the ORUK API's postcode filter reads (app.postcode_points), as SQL that
 * adds new postcodes and moves known ones, so it can be run again on a live project.
 */
export function postcodePointsSql(postcodes: SeedPostcode[]): string {
  return insertRows(
    'app.postcode_points',
    [
      ['postcode', 'text'],
      ['lat', 'double precision'],
      ['lng', 'double precision'],
    ],
    postcodes,
    'on conflict (postcode) do update set lat = excluded.lat, lng = excluded.lng',
  );
}

type Ring = number[][];
/** Ward name for each asset, found with Turf, so the database need not run point-in-polygon 1,500 times. */
export function wardsFor(assets: { lat: number; lng: number }[], areas: AreaFeature[]): (string | null)[] {
  const wards = areas
    .filter((a) => a.properties.kind === 'ward')
    .map((w) => {
      const polys = (w.geometry.type === 'Polygon' ? [w.geometry.coordinates] : w.geometry.coordinates) as Ring[][];
      let minX = Infinity,
        minY = Infinity,
        maxX = -Infinity,
        maxY = -Infinity;
      for (const poly of polys)
        for (const ring of poly)
          for (const [x, y] of ring) {
            if (x < minX) minX = x;
            if (x > maxX) maxX = x;
            if (y < minY) minY = y;
            if (y > maxY) maxY = y;
          }
      return { w, minX, minY, maxX, maxY };
    });
  return assets.map(({ lat, lng }) => {
    const hit = wards.find((b) => lng >= b.minX && lng <= b.maxX && lat >= b.minY && lat <= b.maxY && booleanPointInPolygon([lng, lat], b.w as never));
    return hit ? hit.w.properties.name : null;
  });
}

export function seedSql(data: SeedData): string {
  const users = PERSONAS.filter((p) => p.user_id);
  const byId = (id: string) => {
    const p = PERSONAS.find((x) => x.id === id);
    if (!p?.user_id) throw new Error(`Persona ${id} is missing from src/backend/personas.ts`);
    return p.user_id;
  };
  const wards = wardsFor(data.assets, data.areas);
  const assets = data.assets.map((a, i) => ({
    ...a,
    ward: a.ward ?? wards[i],
    private_address: a.private_address ?? false,
    // Restoring an archived sample returns it to the map, as if it had been published.
    previous_status: a.status === 'archived' ? 'published' : null,
    updated_at: a.last_verified_at ?? a.created_at,
  }));
  const reviews = data.assets
    .filter((a) => a.status === 'rejected')
    .map((a) => ({ asset_id: a.id, review_note: 'Sample note: please add opening hours and a way to contact you.' }));

  return [
    `-- Demo data for Common Ground, written by scripts/seed-sql.ts from data/. Do not edit by hand.
-- SYNTHETIC people, organisations and listings (every name starts "Sample: "); real open
-- boundaries. Never run this on a real project: it makes the sample people staff and owners.
-- Runs as the database owner (a trusted backend role), so the state machines do not apply.`,

    `-- Persona users (src/backend/personas.ts). Locally this is the shim's auth.users; on a
-- Supabase project these rows let the sample memberships refer to real user ids.
insert into auth.users (id, email)
select id, email from jsonb_to_recordset(${jsonLiteral(users.map((p) => ({ id: p.user_id, email: p.email })))}) as r (id uuid, email text)
on conflict (id) do nothing;`,

    `insert into app.staff (user_id, role) values
  ('${byId('moderator')}', 'moderator'),
  ('${byId('planner')}', 'planner')
on conflict (user_id) do update set role = excluded.role;`,

    insertRows(
      'app.organisations',
      [
        ['id', 'uuid'],
        ['name', 'text'],
        ['description', 'text'],
        ['email', 'text'],
        ['website', 'text'],
        ['phone', 'text'],
        ['status', 'text'],
        ['auto_publish', 'boolean'],
      ],
      data.organisations,
      'on conflict (id) do nothing',
    ),

    `insert into app.memberships (org_id, user_id, role) values
  ('${SAMPLE_ORG_A}', '${byId('editor-a')}', 'owner'),
  ('${SAMPLE_ORG_B}', '${byId('editor-b')}', 'owner')
on conflict (org_id, user_id) do nothing;`,

    insertRows(
      'app.areas',
      [
        ['kind', 'text'],
        ['code', 'text'],
        ['name', 'text'],
        ['parent_code', 'text'],
        ['population', 'integer'],
        ['imd_decile', 'smallint'],
        ['imd_rank', 'integer'],
        ['geometry', 'jsonb'],
      ],
      // The age bands stay in the shipped files: the neighbourhood pages read them there, and nothing reads them from app.areas.
      data.areas.map(({ properties: { age_0_15: _young, age_16_59: _adults, age_60_plus: _older, ...columns }, geometry }) => ({ ...columns, geometry })),
      'on conflict (kind, code) do nothing',
    ),

    postcodePointsSql(data.postcodes ?? []),

    `-- Seeding is not an edit anyone made: keep the audit trail for real changes.
alter table app.assets disable trigger assets_90_audit;`,

    insertRows(
      'app.assets',
      [
        ['id', 'uuid'],
        ['org_id', 'uuid'],
        ['kind', 'text'],
        ['name', 'text'],
        ['description', 'text'],
        ['categories', 'text[]'],
        ['lat', 'double precision'],
        ['lng', 'double precision'],
        ['address', 'text'],
        ['postcode', 'text'],
        ['phone', 'text'],
        ['email', 'text'],
        ['website', 'text'],
        ['opening_hours', 'text'],
        ['free', 'boolean'],
        ['cost', 'text'],
        ['age_groups', 'text[]'],
        ['accessibility', 'text[]'],
        ['languages', 'text[]'],
        ['private_address', 'boolean'],
        ['ward', 'text'],
        ['status', 'text'],
        ['previous_status', 'text'],
        ['last_verified_at', 'timestamptz'],
        ['external_id', 'text'],
        ['source', 'text'],
        ['created_at', 'timestamptz'],
        ['updated_at', 'timestamptz'],
      ],
      assets,
      'on conflict (id) do nothing',
    ),

    `alter table app.assets enable trigger assets_90_audit;`,

    insertRows(
      'app.asset_reviews',
      [
        ['asset_id', 'uuid'],
        ['review_note', 'text'],
      ],
      reviews,
      'on conflict (asset_id) do nothing',
    ),
    '',
  ].join('\n\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = join(repoRoot, 'supabase', 'demo', 'seed.sql');
  const data = readSeedData();
  writeFileSync(out, seedSql(data));
  console.log(`Wrote ${out}: ${data.assets.length} assets, ${data.organisations.length} organisations, ${data.areas.length} areas`);
}
