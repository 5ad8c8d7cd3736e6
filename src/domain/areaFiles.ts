// Area files a planner uploads: a GeoJSON of boundaries, optionally joined by area code to a CSV
// of population, age bands and deprivation (the usual ONS shape: boundaries from the Open Geography Portal,
// figures in separate spreadsheets). Everything is checked here, per feature, so the planner sees
// every problem at once; api.load_areas checks again and stops at the first.
import Papa from 'papaparse';
import { formatNumber } from '../i18n';
import { AGE_BANDS, type AgeBand, type AreaCollection, type AreaFeature, type AreaKind } from './types';

/** Where each area field comes from: the name of a GeoJSON property or CSV column ('' = not used). */
export interface AreaFieldMap {
  code: string;
  name: string;
  parent_code: string;
  population: string;
  imd_decile: string;
  imd_rank: string;
  /** People aged 0–15, 16–59 and 60 and over: all three or none (absent or '' = the file has no ages). */
  age_0_15?: string;
  age_16_59?: string;
  age_60_plus?: string;
}

export const AREA_FIELDS: { key: keyof AreaFieldMap; label: string; required: boolean }[] = [
  { key: 'code', label: 'Area code', required: true },
  { key: 'name', label: 'Name', required: false },
  { key: 'parent_code', label: 'Ward code (for LSOAs)', required: false },
  // Required for LSOAs only (see buildAreas); the form says so per kind.
  { key: 'population', label: 'Population', required: false },
  { key: 'imd_decile', label: 'IMD decile', required: false },
  { key: 'imd_rank', label: 'IMD rank', required: false },
  { key: 'age_0_15', label: 'People aged 0–15', required: false },
  { key: 'age_16_59', label: 'People aged 16–59', required: false },
  { key: 'age_60_plus', label: 'People aged 60 and over', required: false },
];

/** How each age band is named in messages. */
const AGE_BAND_NAMES: Record<AgeBand, string> = { age_0_15: 'aged 0–15', age_16_59: 'aged 16–59', age_60_plus: 'aged 60 and over' };

/**
 * How far the three age bands may add up to more than the population: estimates rounded band by
 * band drift a little from the rounded total, so 1% of it, or 3 people in a small area.
 * More than that is not rounding but a wrong column or another year's figures.
 */
export function ageBandSlack(population: number): number {
  return Math.max(3, Math.round(population / 100));
}

export interface AreaProblem {
  /** 1-based position of the feature in the GeoJSON file; 0 for a problem with the file as a whole. */
  feature: number;
  code: string | null;
  field: keyof AreaFieldMap | 'geometry' | 'csv';
  message: string;
}

export interface ParsedGeoJSON {
  features: { geometry: unknown; properties: Record<string, unknown> }[];
  /** Property names seen on any feature, in first-seen order. */
  properties: string[];
}

export interface ParsedCsv {
  columns: string[];
  rows: Record<string, string>[];
}

/** A whole file that cannot be read at all: thrown, with a message a planner can act on. */
export class AreaFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AreaFileError';
  }
}

/** Reads a GeoJSON FeatureCollection (or a single Feature) of areas. */
export function parseAreaGeoJSON(text: string): ParsedGeoJSON {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new AreaFileError(`The boundary file is not valid JSON (${(e as Error).message}). Expected a GeoJSON FeatureCollection.`);
  }
  const obj = json as { type?: unknown; features?: unknown };
  const raw = obj?.type === 'Feature' ? [obj] : obj?.type === 'FeatureCollection' && Array.isArray(obj.features) ? obj.features : null;
  if (!raw)
    throw new AreaFileError(
      `The boundary file is JSON but not GeoJSON: expected "type": "FeatureCollection" with a "features" list (got ${String(obj?.type ?? 'no type')}).`,
    );
  if (raw.length === 0) throw new AreaFileError('The boundary file has no features.');
  const names: string[] = [];
  const seen = new Set<string>();
  const features = raw.map((f: unknown) => {
    const feature = (f ?? {}) as { geometry?: unknown; properties?: unknown };
    const props = feature.properties && typeof feature.properties === 'object' ? (feature.properties as Record<string, unknown>) : {};
    for (const k of Object.keys(props)) {
      if (seen.has(k)) continue;
      seen.add(k);
      names.push(k);
    }
    return { geometry: feature.geometry, properties: props };
  });
  return { features, properties: names };
}

/** Reads a CSV with a header row; blank lines are skipped, cells are trimmed. */
export function parseAreaCsv(text: string): ParsedCsv {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
    transform: (v) => v.trim(),
  });
  const columns = (parsed.meta.fields ?? []).filter((c) => c !== '');
  if (columns.length === 0) throw new AreaFileError('The CSV file has no header row.');
  const bad = parsed.errors.find((e) => e.type === 'Quotes');
  if (bad) throw new AreaFileError(`The CSV file has an unclosed quote near row ${(bad.row ?? 0) + 2}.`);
  return { columns, rows: parsed.data };
}

// Column names in ONS and MHCLG downloads, so the picker starts right for the usual files:
// WD23CD/WD23NM (wards), LSOA21CD/LSOA11CD (LSOAs), "LSOA code (2011)", "Index of Multiple
// Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)", SAPE "Total" / "All Ages",
// the IoD2019 denominators' "Dependent Children aged 0-15: mid 2015 …" and this app's own age_0_15.
const GUESSES: Record<keyof AreaFieldMap, RegExp[]> = {
  code: [/^code$/i, /^(WD|LSOA|LAD|MSOA|OA)\d{2}CD$/i, /^lsoa code/i, /^area code$/i, /code/i],
  name: [/^name$/i, /^(WD|LSOA|LAD|MSOA)\d{2}NM$/i, /^lsoa name/i, /^area name$/i, /name/i],
  parent_code: [/^parent_code$/i, /^WD\d{2}CD$/i, /^ward code$/i, /ward.*code/i],
  population: [/^population$/i, /^all ages$/i, /^total$/i, /population/i, /^pop/i],
  imd_decile: [/^imd_decile$/i, /imd\).*decile/i, /multiple deprivation.*decile/i, /^imd.*decile/i],
  imd_rank: [/^imd_rank$/i, /imd\).*rank/i, /multiple deprivation.*rank/i, /^imd.*rank/i],
  age_0_15: [/^age_0_15$/i, /aged?[ _]?0 ?(-|–|_|to) ?15(?!\d)/i],
  age_16_59: [/^age_16_59$/i, /aged?[ _]?16 ?(-|–|_|to) ?59(?!\d)/i],
  age_60_plus: [/^age_60_plus$/i, /aged?[ _]?60 ?(\+|_?plus|and over|or over|over)/i],
};

/** A first guess at the field map from the names available; the planner confirms or changes it. */
export function guessFieldMap(names: readonly string[]): AreaFieldMap {
  const taken = new Set<string>();
  const pick = (key: keyof AreaFieldMap): string => {
    for (const re of GUESSES[key]) {
      const hit = names.find((n) => !taken.has(n) && re.test(n));
      if (hit) {
        taken.add(hit);
        return hit;
      }
    }
    return '';
  };
  // Code first, so a ward code column is not taken as an LSOA's own code; ages before the
  // population, so "pop_age0_15" is not taken as the total.
  const code = pick('code');
  const name = pick('name');
  const age_0_15 = pick('age_0_15');
  const age_16_59 = pick('age_16_59');
  const age_60_plus = pick('age_60_plus');
  const population = pick('population');
  const imd_decile = pick('imd_decile');
  const imd_rank = pick('imd_rank');
  const parent_code = pick('parent_code');
  return { code, name, parent_code, population, imd_decile, imd_rank, age_0_15, age_16_59, age_60_plus };
}

/** LSOAs in the English Indices of Deprivation 2019: a rank becomes a decile by tenths of this. */
export const IMD_2019_LSOA_COUNT = 32_844;

export interface BuildAreasInput {
  geojson: ParsedGeoJSON;
  kind: AreaKind;
  fields: AreaFieldMap;
  /** A CSV joined to the features by code: its columns win over same-named properties. */
  csv?: { data: ParsedCsv; codeColumn: string } | null;
  /** Drop features with no CSV row (a national boundary file joined to one borough's figures). */
  onlyJoined?: boolean;
}

export interface BuildAreasResult {
  areas: AreaCollection;
  problems: AreaProblem[];
  /** Features in the file, and how many were left out by onlyJoined. */
  total: number;
  skipped: number;
  /** CSV codes that matched no feature (a typo, or another year's codes). */
  unmatchedCsvCodes: string[];
  /** Features that found no CSV row (only when a CSV is given). */
  featuresWithoutCsvRow: number;
  /** Deciles worked out from IMD 2019 LSOA ranks. */
  decilesFromRank: number;
}

/**
 * Turns a parsed file (and CSV) into areas ready for api.load_areas, with every problem listed by
 * feature. Areas with a problem are left out of `areas`; callers load only when there are none.
 */
export function buildAreas(input: BuildAreasInput): BuildAreasResult {
  const { geojson, kind, fields } = input;
  const problems: AreaProblem[] = [];
  if (!fields.code) problems.push({ feature: 0, code: null, field: 'code', message: 'Choose which property or column holds the area code.' });
  // The analysis takes people from LSOAs; wards and custom areas only group cells, so they may come without.
  if (!fields.population && kind === 'lsoa')
    problems.push({ feature: 0, code: null, field: 'population', message: 'Choose which property or column holds the population (LSOAs need it).' });
  // Ages are optional, but come as all three bands, checked against the population.
  const ageFields = AGE_BANDS.filter((b) => fields[b]);
  const withAges = ageFields.length === AGE_BANDS.length;
  if (ageFields.length > 0 && !withAges) {
    const missing = AGE_BANDS.filter((b) => !fields[b]);
    problems.push({
      feature: 0,
      code: null,
      field: missing[0],
      message: `Choose the columns of all three age bands (0–15, 16–59, 60 and over), or none: no column is chosen for people ${missing.map((b) => AGE_BAND_NAMES[b]).join(' or ')}.`,
    });
  } else if (withAges && !fields.population) {
    problems.push({ feature: 0, code: null, field: 'population', message: 'Choose which property or column holds the population: the age bands are shares of it.' });
  }

  const csvByCode = new Map<string, Record<string, string>>();
  if (input.csv) {
    const { data, codeColumn } = input.csv;
    if (!data.columns.includes(codeColumn)) {
      problems.push({ feature: 0, code: null, field: 'csv', message: `Choose the CSV column that holds the area code (no column "${codeColumn}").` });
    } else {
      data.rows.forEach((row, i) => {
        const code = (row[codeColumn] ?? '').trim();
        if (!code) return;
        if (csvByCode.has(code)) problems.push({ feature: 0, code, field: 'csv', message: `CSV row ${i + 2}: code ${code} appears more than once in the CSV.` });
        else csvByCode.set(code, row);
      });
    }
  }
  if (problems.some((p) => p.feature === 0 && p.field !== 'csv')) {
    return {
      areas: { type: 'FeatureCollection', features: [] },
      problems,
      total: geojson.features.length,
      skipped: 0,
      unmatchedCsvCodes: [],
      featuresWithoutCsvRow: 0,
      decilesFromRank: 0,
    };
  }

  const features: AreaFeature[] = [];
  const codes = new Map<string, number>();
  const matched = new Set<string>();
  let skipped = 0,
    withoutRow = 0,
    decilesFromRank = 0;
  geojson.features.forEach((f, i) => {
    const n = i + 1;
    const featureCode = text(f.properties[fields.code]);
    const row = input.csv && featureCode ? csvByCode.get(featureCode) : undefined;
    if (input.csv) {
      if (row) matched.add(featureCode!);
      else {
        withoutRow++;
        if (input.onlyJoined) {
          skipped++;
          return;
        }
      }
    }
    const value = (key: keyof AreaFieldMap): unknown => {
      const name = fields[key];
      if (!name) return undefined;
      if (row && name in row) return row[name];
      return f.properties[name];
    };
    const code = text(value('code'));
    const label = `Feature ${n}${code ? ` (code ${code})` : ''}`;
    const before = problems.length;
    const problem = (field: AreaProblem['field'], message: string) => problems.push({ feature: n, code, field, message: `${label}: ${message}` });

    if (!code) problem('code', `the area code (${fields.code}) is missing.`);
    else if (code.length > 64) problem('code', `the area code is longer than 64 characters.`);
    else if (codes.has(code)) problem('code', `code ${code} is already used by feature ${codes.get(code)}.`);
    else codes.set(code, n);

    const name = (fields.name ? text(value('name')) : null) ?? code;
    if (fields.name && !text(value('name'))) problem('name', `the name (${fields.name}) is missing.`);
    else if (name && name.length > 200) problem('name', 'the name is longer than 200 characters.');

    const population = fields.population ? wholeNumber(value('population')) : 0;
    if (population === undefined) problem('population', `population is missing (${fields.population}${input.csv && !row ? '; no CSV row has this code' : ''}).`);
    else if (population === null || population < 0) problem('population', `population must be a whole number of people, 0 or more (got ${show(value('population'))}).`);

    let decile = fields.imd_decile ? wholeNumber(value('imd_decile')) : undefined;
    if (decile === null || (decile !== undefined && (decile < 1 || decile > 10))) {
      problem('imd_decile', `IMD decile must be a whole number from 1 (most deprived) to 10, or empty (got ${show(value('imd_decile'))}).`);
    }
    const rank = fields.imd_rank ? wholeNumber(value('imd_rank')) : undefined;
    if (rank === null || (rank !== undefined && rank < 1)) problem('imd_rank', `IMD rank must be a whole number, 1 or more, or empty (got ${show(value('imd_rank'))}).`);
    if (decile === undefined && typeof rank === 'number' && rank >= 1 && kind === 'lsoa') {
      if (rank > IMD_2019_LSOA_COUNT) problem('imd_rank', `IMD rank ${rank} is above ${formatNumber(IMD_2019_LSOA_COUNT)}, the number of LSOAs ranked in 2019.`);
      else {
        decile = Math.ceil((rank * 10) / IMD_2019_LSOA_COUNT);
        decilesFromRank++;
      }
    }

    const ages: Partial<Record<AgeBand, number>> = {};
    if (withAges) {
      for (const b of AGE_BANDS) {
        const n = wholeNumber(value(b));
        if (n === undefined) problem(b, `the number of people ${AGE_BAND_NAMES[b]} is missing (${fields[b]}${input.csv && !row ? '; no CSV row has this code' : ''}).`);
        else if (n === null || n < 0) problem(b, `the number of people ${AGE_BAND_NAMES[b]} must be a whole number, 0 or more (got ${show(value(b))}).`);
        else ages[b] = n;
      }
      const sum = AGE_BANDS.reduce((s, b) => s + (ages[b] ?? 0), 0);
      if (Object.keys(ages).length === AGE_BANDS.length && typeof population === 'number' && population >= 0 && sum > population + ageBandSlack(population)) {
        const bands = AGE_BANDS.map((b) => `${formatNumber(ages[b]!)} ${AGE_BAND_NAMES[b]}`).join(', ');
        problem(
          'age_0_15',
          `the age bands add up to ${formatNumber(sum)} people (${bands}), more than the population of ${formatNumber(population)}; they may differ from it by rounding only (up to ${formatNumber(ageBandSlack(population))}). Check that the columns are the right ones, from the same year.`,
        );
      }
    }

    const geometryProblem = checkGeometry(f.geometry);
    if (geometryProblem) problem('geometry', geometryProblem);

    if (problems.length > before) return;
    features.push({
      type: 'Feature',
      geometry: f.geometry as AreaFeature['geometry'],
      properties: {
        code: code!,
        name: name!,
        kind,
        parent_code: fields.parent_code ? text(value('parent_code')) : null,
        population: population as number,
        imd_decile: typeof decile === 'number' ? decile : null,
        imd_rank: typeof rank === 'number' ? rank : null,
        ...ages,
      },
    });
  });
  const unmatchedCsvCodes = [...csvByCode.keys()].filter((c) => !matched.has(c));
  if (geojson.features.length - skipped === 0) {
    problems.push({
      feature: 0,
      code: null,
      field: 'csv',
      message: 'No feature has a row in the CSV: check that the code columns hold the same kind of code (for example LSOA 2021 codes in both).',
    });
  }
  return {
    areas: { type: 'FeatureCollection', features },
    problems,
    total: geojson.features.length,
    skipped,
    unmatchedCsvCodes,
    featuresWithoutCsvRow: withoutRow,
    decilesFromRank,
  };
}

function text(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t === '' ? null : t;
}

function show(v: unknown): string {
  if (v === undefined || v === null || v === '') return 'nothing';
  const s = typeof v === 'string' ? `"${v}"` : JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

/**
 * undefined when absent or blank, null when present but not a whole number; thousands separators
 * ("1,438", as spreadsheets write them) are accepted.
 */
function wholeNumber(v: unknown): number | null | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number') return Number.isInteger(v) ? v : null;
  if (typeof v !== 'string') return null;
  const t = v.trim();
  if (t === '') return undefined;
  if (!/^-?(\d{1,3}(,\d{3})+|\d+)(\.0+)?$/.test(t)) return null;
  return Number(t.replace(/,/g, ''));
}

/** Why a geometry cannot be an area, or null when it can. */
function checkGeometry(g: unknown): string | null {
  const geometry = g as { type?: unknown; coordinates?: unknown } | null;
  if (!geometry || typeof geometry !== 'object') return 'the feature has no geometry.';
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return `geometry must be a Polygon or MultiPolygon (got ${String(geometry.type ?? 'none')}).`;
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as unknown;
  if (!Array.isArray(polygons) || polygons.length === 0) return 'geometry has no coordinates.';
  for (const polygon of polygons) {
    if (!Array.isArray(polygon) || polygon.length === 0) return 'geometry has an empty polygon.';
    for (const ring of polygon) {
      if (!Array.isArray(ring) || ring.length < 4) return 'every ring needs at least 4 positions (a closed triangle).';
      for (const p of ring) {
        if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
          return `positions must be [longitude, latitude] numbers (got ${show(p)}).`;
        }
        if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) {
          return p[0] > 1000 && p[1] > 1000
            ? `coordinates look like British National Grid metres (${p[0]}, ${p[1]}); download the WGS84 (EPSG:4326) GeoJSON from the ONS Open Geography Portal instead.`
            : `positions must be longitude −180 to 180 and latitude −90 to 90 (got ${show(p)}).`;
        }
      }
    }
  }
  return null;
}
