import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AreaFileError, buildAreas, guessFieldMap, parseAreaCsv, parseAreaGeoJSON, type AreaFieldMap } from '../../../src/domain/areaFiles';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/plan/${name}`, import.meta.url), 'utf8');
const square = (x: number, y: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + 0.01, y],
      [x + 0.01, y + 0.01],
      [x, y + 0.01],
      [x, y],
    ],
  ],
});
const file = (...props: Record<string, unknown>[]) =>
  JSON.stringify({ type: 'FeatureCollection', features: props.map((p, i) => ({ type: 'Feature', properties: p, geometry: square(-2.6 + i * 0.02, 53.5) })) });
const FIELDS: AreaFieldMap = { code: 'code', name: 'name', parent_code: '', population: 'population', imd_decile: 'imd_decile', imd_rank: '' };

describe('area files', () => {
  it('turns a valid GeoJSON into areas with no problems', () => {
    const geojson = parseAreaGeoJSON(fixture('valid-areas.geojson'));
    const out = buildAreas({ geojson, kind: 'custom', fields: guessFieldMap(geojson.properties) });
    expect(out.problems).toEqual([]);
    expect(out.areas.features).toHaveLength(3);
    expect(out.areas.features[0].properties).toEqual({
      code: 'X01000001',
      name: 'Sample: Wigan town centre patch',
      kind: 'custom',
      parent_code: null,
      population: 1200,
      imd_decile: 2,
      imd_rank: null,
    });
  });

  it('names the feature and field when the code is missing', () => {
    const out = buildAreas({
      geojson: parseAreaGeoJSON(file({ code: 'A1', name: 'A', population: 5 }, { name: 'No code', population: 7 })),
      kind: 'custom',
      fields: FIELDS,
    });
    expect(out.problems).toEqual([{ feature: 2, code: null, field: 'code', message: 'Feature 2: the area code (code) is missing.' }]);
    expect(out.areas.features.map((f) => f.properties.code)).toEqual(['A1']);
  });

  it('rejects a negative population, saying what it got', () => {
    const out = buildAreas({ geojson: parseAreaGeoJSON(file({ code: 'A1', name: 'A', population: -20 })), kind: 'custom', fields: FIELDS });
    expect(out.problems.map((p) => p.message)).toEqual(['Feature 1 (code A1): population must be a whole number of people, 0 or more (got -20).']);
  });

  it('rejects IMD decile 11', () => {
    const out = buildAreas({ geojson: parseAreaGeoJSON(file({ code: 'A1', name: 'A', population: 1, imd_decile: 11 })), kind: 'custom', fields: FIELDS });
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]).toMatchObject({ feature: 1, code: 'A1', field: 'imd_decile' });
    expect(out.problems[0].message).toMatch(/from 1 \(most deprived\) to 10.*got 11/);
  });

  it('lists every problem of the broken fixture, one per bad feature', () => {
    const out = buildAreas({ geojson: parseAreaGeoJSON(fixture('broken-areas.geojson')), kind: 'custom', fields: FIELDS });
    expect(out.problems.map((p) => [p.feature, p.field])).toEqual([
      [2, 'code'],
      [3, 'population'],
      [4, 'imd_decile'],
    ]);
  });

  it('joins a CSV by code, reads "1,438", and reports CSV codes that match no boundary', () => {
    const geojson = parseAreaGeoJSON(fixture('areas-boundaries-only.geojson'));
    const csv = parseAreaCsv(fixture('areas-figures.csv'));
    const guessed = guessFieldMap([...geojson.properties, ...csv.columns]);
    expect(guessed).toMatchObject({ code: 'LSOA21CD', name: 'LSOA21NM', population: 'Total', imd_decile: csv.columns[2] });
    const out = buildAreas({ geojson, kind: 'lsoa', fields: guessed, csv: { data: csv, codeColumn: 'LSOA code (2021)' } });
    expect(out.problems).toEqual([]);
    expect(out.areas.features.map((f) => [f.properties.code, f.properties.population, f.properties.imd_decile])).toEqual([
      ['X03000001', 1438, 2],
      ['X03000002', 977, 6],
    ]);
    expect(out.unmatchedCsvCodes).toEqual(['X03009999']);
    expect(out.featuresWithoutCsvRow).toBe(0);
  });

  it('says when a boundary has no CSV row to give it a population', () => {
    const geojson = parseAreaGeoJSON(file({ code: 'A1', name: 'A' }, { code: 'B2', name: 'B' }));
    const csv = parseAreaCsv('code,people\r\nA1,10\r\n');
    const out = buildAreas({ geojson, kind: 'custom', fields: { ...FIELDS, population: 'people', imd_decile: '' }, csv: { data: csv, codeColumn: 'code' } });
    expect(out.featuresWithoutCsvRow).toBe(1);
    expect(out.problems.map((p) => p.message)).toEqual(['Feature 2 (code B2): population is missing (people; no CSV row has this code).']);
    const only = buildAreas({
      geojson,
      kind: 'custom',
      fields: { ...FIELDS, population: 'people', imd_decile: '' },
      csv: { data: csv, codeColumn: 'code' },
      onlyJoined: true,
    });
    expect(only.problems).toEqual([]);
    expect(only.skipped).toBe(1);
    expect(only.areas.features).toHaveLength(1);
  });

  it('works out an LSOA decile from its IMD 2019 rank', () => {
    const out = buildAreas({
      geojson: parseAreaGeoJSON(file({ code: 'L1', name: 'L', population: 1, rank: 1 }, { code: 'L2', name: 'M', population: 1, rank: 32844 })),
      kind: 'lsoa',
      fields: { ...FIELDS, imd_decile: '', imd_rank: 'rank' },
    });
    expect(out.areas.features.map((f) => f.properties.imd_decile)).toEqual([1, 10]);
    expect(out.decilesFromRank).toBe(2);
  });

  it('rejects duplicate codes, points and British National Grid coordinates', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: 'A', name: 'A', population: 1 }, geometry: square(-2.6, 53.5) },
        { type: 'Feature', properties: { code: 'A', name: 'A again', population: 1 }, geometry: square(-2.5, 53.5) },
        { type: 'Feature', properties: { code: 'P', name: 'Point', population: 1 }, geometry: { type: 'Point', coordinates: [-2.6, 53.5] } },
        {
          type: 'Feature',
          properties: { code: 'G', name: 'Grid', population: 1 },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [357000, 405000],
                [358000, 405000],
                [358000, 406000],
                [357000, 405000],
              ],
            ],
          },
        },
      ],
    });
    const out = buildAreas({ geojson: parseAreaGeoJSON(text), kind: 'custom', fields: FIELDS });
    expect(out.problems.map((p) => p.message)).toEqual([
      'Feature 2 (code A): code A is already used by feature 1.',
      'Feature 3 (code P): geometry must be a Polygon or MultiPolygon (got Point).',
      expect.stringMatching(/^Feature 4 \(code G\): coordinates look like British National Grid/),
    ]);
  });

  it('explains files that are not GeoJSON at all', () => {
    expect(() => parseAreaGeoJSON('not json')).toThrow(AreaFileError);
    expect(() => parseAreaGeoJSON('{"type":"Topology"}')).toThrow(/not GeoJSON.*FeatureCollection.*got Topology/);
    expect(() => parseAreaGeoJSON('{"type":"FeatureCollection","features":[]}')).toThrow(/no features/);
  });

  it('asks for the code (and, for LSOAs, the population) before checking features', () => {
    const out = buildAreas({ geojson: parseAreaGeoJSON(file({ code: 'A1' })), kind: 'lsoa', fields: { ...FIELDS, code: '', population: '' } });
    expect(out.problems.map((p) => p.field)).toEqual(['code', 'population']);
    expect(out.areas.features).toEqual([]);
  });

  it('lets wards and custom areas come without a population (0: people come from LSOAs)', () => {
    const out = buildAreas({ geojson: parseAreaGeoJSON(file({ code: 'W1', name: 'Ward' })), kind: 'ward', fields: { ...FIELDS, population: '', imd_decile: '' } });
    expect(out.problems).toEqual([]);
    expect(out.areas.features[0].properties.population).toBe(0);
  });
});
