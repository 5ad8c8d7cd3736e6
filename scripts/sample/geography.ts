// Cuts the real Wigan open data (the shared real-data folder, see its SOURCES.md) down to what the app
// needs: ward and LSOA areas with population, age bands and deprivation, the borough outline, and postcodes.
// Runs only when those source files are present; the outputs are committed in data/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { AGE_BANDS, type AgeBand, type AreaCollection, type AreaFeature } from '../../src/domain/types';
import type { SamplePostcode } from './assets';

type Ring = number[][];
type Geometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
interface SourceFeature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: Geometry;
}

export interface Geography {
  wards: AreaCollection;
  lsoas: AreaCollection;
  borough: { type: 'Feature'; properties: Record<string, unknown>; geometry: Geometry };
  postcodes: SamplePostcode[];
}

export const REAL_FILES = {
  wards: 'wigan_wards_2023.geojson',
  lsoas: 'wigan_lsoa_2021.geojson',
  /** The same LSOAs' IoD2019 figures by 2011 code, with the population denominators' age bands. */
  lsoaFigures: 'wigan_lsoa_2011_imd2019_population.csv',
  borough: 'wigan_lad_boundary_2023.geojson',
  postcodes: 'wigan_postcodes_codepoint_2014.csv',
} as const;

function readFeatures(dir: string, file: string): SourceFeature[] {
  return (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { features: SourceFeature[] }).features;
}

/** The CSV's mid-2015 population columns behind each age band property. */
const AGE_COLUMNS: Record<AgeBand, string> = {
  age_0_15: 'pop_mid2015_age0_15',
  age_16_59: 'pop_mid2015_age16_59',
  age_60_plus: 'pop_mid2015_age60plus',
};

/**
 * The age bands of each 2021 LSOA, from the 2011-coded IoD2019 CSV. Every Wigan LSOA kept its
 * 2011 code in 2021 (`lsoa11cd_same_code`), which is how the 2021 file already carries the IMD
 * and `pop_mid2015_total`; the bands are joined by that same code, and must add up to that total.
 */
function ageBands(dir: string, lsoaSrc: SourceFeature[]): Map<string, Record<AgeBand, number>> {
  const csv = Papa.parse<Record<string, string>>(readFileSync(join(dir, REAL_FILES.lsoaFigures), 'utf8'), { header: true, skipEmptyLines: true });
  const rows = new Map(csv.data.map((r) => [r.lsoa11cd, r]));
  const out = new Map<string, Record<AgeBand, number>>();
  for (const { properties: p } of lsoaSrc) {
    const code = String(p.lsoa21cd);
    const row = rows.get(code);
    if (p.lsoa11cd_same_code !== true || !row) throw new Error(`LSOA ${code}: no 2011 LSOA with the same code in ${REAL_FILES.lsoaFigures}`);
    const bands = Object.fromEntries(AGE_BANDS.map((b) => [b, Number(row[AGE_COLUMNS[b]])])) as Record<AgeBand, number>;
    const sum = AGE_BANDS.reduce((s, b) => s + bands[b], 0);
    if (AGE_BANDS.some((b) => !Number.isInteger(bands[b])) || Number(row.pop_mid2015_total) !== p.pop_mid2015_total || sum !== p.pop_mid2015_total) {
      throw new Error(
        `LSOA ${code}: the age bands (${AGE_BANDS.map((b) => row[AGE_COLUMNS[b]]).join(', ')}) do not add up to its mid-2015 population ${String(p.pop_mid2015_total)}`,
      );
    }
    out.set(code, bands);
  }
  return out;
}

/** Rounds to `dp` places and drops the repeated vertices rounding creates (rings stay closed). */
export function roundGeometry(g: Geometry, dp: number): Geometry {
  const f = 10 ** dp;
  const ring = (r: Ring): Ring => {
    const out: Ring = [];
    for (const [x, y] of r) {
      const p = [Math.round(x * f) / f, Math.round(y * f) / f];
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    return out.length >= 4 ? out : r.map(([x, y]) => [Math.round(x * f) / f, Math.round(y * f) / f]);
  };
  return g.type === 'Polygon' ? { type: 'Polygon', coordinates: g.coordinates.map(ring) } : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(ring)) };
}

/** Signed shoelace area and area-weighted centroid of one ring. */
function ringCentroid(r: Ring): { area: number; x: number; y: number } {
  let a = 0,
    cx = 0,
    cy = 0;
  for (let i = 0; i < r.length - 1; i++) {
    const [x0, y0] = r[i];
    const [x1, y1] = r[i + 1];
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  a /= 2;
  return { area: a, x: cx / (6 * a), y: cy / (6 * a) };
}

/** Centroid of the largest outer ring: the "LSOA centroid" used to assign it to a ward. */
export function areaCentroid(g: Geometry): [number, number] {
  const outers = g.type === 'Polygon' ? [g.coordinates[0]] : g.coordinates.map((p) => p[0]);
  const best = outers.map(ringCentroid).sort((a, b) => Math.abs(b.area) - Math.abs(a.area))[0];
  return [best.x, best.y];
}

/**
 * Builds the committed geography from the real files in `dir`. LSOAs join a 2023 ward by
 * centroid-in-polygon; a ward's population and age bands are the sums of its LSOAs' and its IMD
 * decile the population-weighted mean of theirs, rounded (IMD is published for LSOAs, not 2023 wards).
 */
export function buildGeography(dir: string): Geography {
  const wardSrc = readFeatures(dir, REAL_FILES.wards);
  const lsoaSrc = readFeatures(dir, REAL_FILES.lsoas);
  const ages = ageBands(dir, lsoaSrc);
  const lsoas: AreaFeature[] = lsoaSrc.map((f) => {
    const p = f.properties;
    const centroid = areaCentroid(f.geometry);
    const ward = wardSrc.find((w) => booleanPointInPolygon(centroid, w.geometry));
    if (!ward) throw new Error(`LSOA ${String(p.lsoa21cd)}: its centroid ${centroid.join(',')} lies in no 2023 ward`);
    return {
      type: 'Feature',
      properties: {
        code: String(p.lsoa21cd),
        name: String(p.lsoa21nm),
        kind: 'lsoa',
        parent_code: String(ward.properties.ward_code),
        population: Number(p.pop_mid2015_total),
        imd_decile: Number(p.imd_decile),
        imd_rank: Number(p.imd_rank),
        ...ages.get(String(p.lsoa21cd))!,
      },
      geometry: roundGeometry(f.geometry, 5),
    };
  });
  const wards: AreaFeature[] = wardSrc.map((w) => {
    const code = String(w.properties.ward_code);
    const mine = lsoas.filter((l) => l.properties.parent_code === code);
    const population = mine.reduce((s, l) => s + l.properties.population, 0);
    const weighted = mine.reduce((s, l) => s + l.properties.population * (l.properties.imd_decile ?? 0), 0);
    return {
      type: 'Feature',
      properties: {
        code,
        name: String(w.properties.ward_name),
        kind: 'ward',
        parent_code: null,
        population,
        imd_decile: population ? Math.round(weighted / population) : null,
        imd_rank: null,
        ...(Object.fromEntries(AGE_BANDS.map((b) => [b, mine.reduce((s, l) => s + l.properties[b]!, 0)])) as Record<AgeBand, number>),
      },
      geometry: roundGeometry(w.geometry, 5),
    };
  });
  const [lad] = readFeatures(dir, REAL_FILES.borough);
  const csv = Papa.parse<Record<string, string>>(readFileSync(join(dir, REAL_FILES.postcodes), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  const postcodes = csv.data
    .filter((r) => r.in_wigan === '1')
    .map((r) => ({ postcode: r.postcode, lat: Number(r.lat), lng: Number(r.lon), ward_code: r.ward23_code_pip }))
    .sort((a, b) => (a.postcode < b.postcode ? -1 : a.postcode > b.postcode ? 1 : 0));
  return {
    wards: { type: 'FeatureCollection', features: wards },
    lsoas: { type: 'FeatureCollection', features: lsoas },
    borough: { type: 'Feature', properties: { code: 'E08000010', name: 'Wigan' }, geometry: lad.geometry },
    postcodes,
  };
}
