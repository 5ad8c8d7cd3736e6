import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AreaFileError, ageBandSlack, buildAreas, guessFieldMap, parseAreaCsv, parseAreaGeoJSON, type AreaFieldMap } from '../../../src/domain/areaFiles';

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

  describe('age bands', () => {
    const AGES: AreaFieldMap = { ...FIELDS, name: '', age_0_15: 'young', age_16_59: 'adults', age_60_plus: 'older' };
    const messages = (out: ReturnType<typeof buildAreas>) => out.problems.map((p) => p.message);

    it('are optional: a file without them gives areas without them', () => {
      const out = buildAreas({ geojson: parseAreaGeoJSON(file({ code: 'A1', name: 'A', population: 10 })), kind: 'lsoa', fields: FIELDS });
      expect(out.problems).toEqual([]);
      expect(out.areas.features[0].properties).not.toHaveProperty('age_0_15');
      expect(Object.keys(out.areas.features[0].properties)).toEqual(['code', 'name', 'kind', 'parent_code', 'population', 'imd_decile', 'imd_rank']);
      // Chosen as "not in these files" ('') is the same as not chosen.
      const blank = buildAreas({
        geojson: parseAreaGeoJSON(file({ code: 'A1', population: 10 })),
        kind: 'lsoa',
        fields: { ...FIELDS, name: '', age_0_15: '', age_16_59: '', age_60_plus: '' },
      });
      expect(blank.problems).toEqual([]);
      expect(blank.areas.features[0].properties).not.toHaveProperty('age_60_plus');
    });

    it('are read from properties or a CSV, "1,234" too, and may add up to a little less or more than the population', () => {
      const geojson = parseAreaGeoJSON(file({ code: 'A1', name: 'A', population: 1438, young: 246, adults: 770, older: 422 }, { code: 'B2', name: 'B' }));
      const csv = parseAreaCsv('code,people,young,adults,older\r\nB2,"1,500",300,"1,000",205\r\n');
      const out = buildAreas({ geojson, kind: 'lsoa', fields: { ...AGES, population: 'people' }, csv: { data: csv, codeColumn: 'code' }, onlyJoined: true });
      expect(out.problems).toEqual([]);
      expect(out.areas.features[0].properties).toMatchObject({ code: 'B2', population: 1500, age_0_15: 300, age_16_59: 1000, age_60_plus: 205 });
      const own = buildAreas({ geojson, kind: 'lsoa', fields: AGES, onlyJoined: false });
      expect(own.areas.features[0].properties).toMatchObject({ code: 'A1', age_0_15: 246, age_16_59: 770, age_60_plus: 422 });
      // B2 has no ages (nor population) among its properties: each is named.
      expect(messages(own)).toEqual([
        'Feature 2 (code B2): population is missing (population).',
        'Feature 2 (code B2): the number of people aged 0–15 is missing (young).',
        'Feature 2 (code B2): the number of people aged 16–59 is missing (adults).',
        'Feature 2 (code B2): the number of people aged 60 and over is missing (older).',
      ]);
      // Short of the population (some ages unknown) is accepted.
      const short = buildAreas({ geojson: parseAreaGeoJSON(file({ code: 'A1', population: 1000, young: 100, adults: 500, older: 100 })), kind: 'lsoa', fields: AGES });
      expect(short.problems).toEqual([]);
    });

    it('reject a negative or fractional count, saying which band and what it got', () => {
      const out = buildAreas({
        geojson: parseAreaGeoJSON(
          file(
            { code: 'A1', name: 'A', population: 100, young: -5, adults: 60, older: 'many' },
            { code: 'B2', name: 'B', population: 100, young: 10.5, adults: 60, older: 20 },
          ),
        ),
        kind: 'lsoa',
        fields: AGES,
      });
      expect(out.problems.map((p) => [p.feature, p.field])).toEqual([
        [1, 'age_0_15'],
        [1, 'age_60_plus'],
        [2, 'age_0_15'],
      ]);
      expect(messages(out)).toEqual([
        'Feature 1 (code A1): the number of people aged 0–15 must be a whole number, 0 or more (got -5).',
        'Feature 1 (code A1): the number of people aged 60 and over must be a whole number, 0 or more (got "many").',
        'Feature 2 (code B2): the number of people aged 0–15 must be a whole number, 0 or more (got 10.5).',
      ]);
      expect(out.areas.features).toEqual([]);
    });

    it('reject bands adding up to more than the population by more than rounding', () => {
      expect(ageBandSlack(1438)).toBe(14);
      expect(ageBandSlack(40)).toBe(3);
      const within = buildAreas({ geojson: parseAreaGeoJSON(file({ code: 'A1', population: 1438, young: 250, adults: 780, older: 422 })), kind: 'lsoa', fields: AGES });
      expect(within.problems).toEqual([]);
      const over = buildAreas({ geojson: parseAreaGeoJSON(file({ code: 'A1', population: 1438, young: 251, adults: 780, older: 422 })), kind: 'lsoa', fields: AGES });
      expect(messages(over)).toEqual([
        'Feature 1 (code A1): the age bands add up to 1,453 people (251 aged 0–15, 780 aged 16–59, 422 aged 60 and over), more than the population of 1,438; they may differ from it by rounding only (up to 14). Check that the columns are the right ones, from the same year.',
      ]);
      // A small area: 3 people of slack.
      const small = buildAreas({ geojson: parseAreaGeoJSON(file({ code: 'A1', population: 10, young: 4, adults: 5, older: 5 })), kind: 'custom', fields: AGES });
      expect(small.problems).toHaveLength(1);
      expect(small.problems[0]).toMatchObject({ feature: 1, code: 'A1', field: 'age_0_15' });
    });

    it('come as all three bands, with the population, or not at all', () => {
      const geojson = parseAreaGeoJSON(file({ code: 'A1', population: 10, young: 2, adults: 6, older: 2 }));
      const two = buildAreas({ geojson, kind: 'lsoa', fields: { ...AGES, age_16_59: '' } });
      expect(two.problems).toEqual([
        {
          feature: 0,
          code: null,
          field: 'age_16_59',
          message: 'Choose the columns of all three age bands (0–15, 16–59, 60 and over), or none: no column is chosen for people aged 16–59.',
        },
      ]);
      expect(two.areas.features).toEqual([]);
      const noPopulation = buildAreas({ geojson, kind: 'ward', fields: { ...AGES, population: '' } });
      expect(noPopulation.problems.map((p) => [p.feature, p.field])).toEqual([[0, 'population']]);
      expect(noPopulation.problems[0].message).toMatch(/the age bands are shares of it/);
    });

    it('are guessed from this app’s own files and from the IoD2019 population denominators', () => {
      expect(guessFieldMap(['code', 'name', 'population', 'imd_decile', 'imd_rank', 'age_0_15', 'age_16_59', 'age_60_plus'])).toEqual({
        code: 'code',
        name: 'name',
        parent_code: '',
        population: 'population',
        imd_decile: 'imd_decile',
        imd_rank: 'imd_rank',
        age_0_15: 'age_0_15',
        age_16_59: 'age_16_59',
        age_60_plus: 'age_60_plus',
      });
      // The ages come before the total here, and "pop…" must still find the total.
      expect(guessFieldMap(['lsoa11cd', 'pop_mid2015_age0_15', 'pop_mid2015_age16_59', 'pop_mid2015_age60plus', 'pop_mid2015_total'])).toMatchObject({
        population: 'pop_mid2015_total',
        age_0_15: 'pop_mid2015_age0_15',
        age_16_59: 'pop_mid2015_age16_59',
        age_60_plus: 'pop_mid2015_age60plus',
      });
      const mhclg = [
        'LSOA code (2011)',
        'LSOA name (2011)',
        'Total population: mid 2015 (excluding prisoners)',
        'Dependent Children aged 0-15: mid 2015 (excluding prisoners)',
        'Population aged 16-59: mid 2015 (excluding prisoners)',
        'Older population aged 60 and over: mid 2015 (excluding prisoners)',
        'Working age population 18-59/64: for use with Employment Deprivation Domain (excluding prisoners)',
      ];
      expect(guessFieldMap(mhclg)).toMatchObject({ code: mhclg[0], population: mhclg[2], age_0_15: mhclg[3], age_16_59: mhclg[4], age_60_plus: mhclg[5] });
      // Files without ages get none.
      expect(guessFieldMap(['LSOA21CD', 'Total'])).toMatchObject({ population: 'Total', age_0_15: '', age_16_59: '', age_60_plus: '' });
    });
  });
});
