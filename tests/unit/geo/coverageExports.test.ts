import { describe, expect, it } from 'vitest';
import { createCoverageEngine } from '../../../src/geo/coverage.ts';
import { csvField, gapCellsCsv, gapsGeoJSON, wardSummaryCsv } from '../../../src/geo/coverageExports.ts';
import { readTinyBorough } from './tinyBorough.ts';

const tiny = readTinyBorough();

describe('coverage exports', () => {
  it('writes the ward table as CSV a spreadsheet opens as written', () => {
    const r = createCoverageEngine().run({ ...tiny, cellSide: 100, threshold: 40 });
    expect(wardSummaryCsv(r.wards)).toBe(
      'ward_code,ward_name,population,population_within_reach,pct_within_reach,assets,assets_per_1000,gap_population,gap_population_imd_deciles_1_2\r\n' +
        'W,Tiny W,2100,100,4.8,1,0.48,2000,2000\r\n' +
        'E,Tiny E,5350,250,4.7,3,0.56,5100,0\r\n',
    );
  });

  it('neutralises text a spreadsheet would run as a formula, and quotes what needs quoting', () => {
    for (const s of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) expect(csvField(s).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('Pemberton, "North"')).toBe('"Pemberton, ""North"""');
    expect(csvField(-3)).toBe('-3'); // numbers are numbers, not text
    expect(csvField(null)).toBe('');
    expect(csvField(Infinity)).toBe('');
    const rows = [{ code: '=cmd', name: '@evil', population: 0, populationWithin: 0, pctWithin: null, assets: 0, assetsPer1000: null, gapPopulation: 0, gapPopulationMostDeprived: 0 }];
    expect(wardSummaryCsv(rows).split('\r\n')[1]).toBe("'=cmd,'@evil,0,0,,0,,0,0");
  });

  it('leaves the distance blank when a category has no assets at all', () => {
    const r = createCoverageEngine().run({ ...tiny, assets: [], cellSide: 100, threshold: 40 });
    const lines = gapCellsCsv(r).trim().split('\r\n');
    expect(lines).toHaveLength(1 + 84);
    expect(lines[0]).toBe('cell,lng,lat,distance_m,population,imd_decile,ward_code,ward_name,gap_rank');
    expect(lines[1].split(',')[3]).toBe('');
  });

  it('exports gap cells as closed hexagons carrying their figures', () => {
    const r = createCoverageEngine().run({ ...tiny, cellSide: 100, threshold: 40 });
    const fc = gapsGeoJSON(r);
    expect(fc.features).toHaveLength(81);
    const f = fc.features[0];
    expect(f.geometry.coordinates[0]).toHaveLength(7);
    expect(f.geometry.coordinates[0][0]).toEqual(f.geometry.coordinates[0][6]);
    expect(Object.keys(f.properties).sort()).toEqual(['cell', 'distance_m', 'gap_rank', 'imd_decile', 'population', 'ward_code', 'ward_name']);
    expect(fc.features.reduce((s, g) => s + g.properties.population, 0)).toBeCloseTo(7100, 6);
  });
});
