import { describe, expect, it } from 'vitest';
import { createCoverageEngine } from '../../../src/geo/coverage.ts';
import { csvField, gapCellsCsv, gapsGeoJSON, wardSummaryCsv } from '../../../src/geo/coverageExports.ts';
import { methodLines, type Provenance } from '../../../src/geo/coverageMethod.ts';
import { readTinyBorough } from './tinyBorough.ts';

const tiny = readTinyBorough();
const run = (assets = tiny.assets) => createCoverageEngine().run({ ...tiny, assets, cellSide: 100, threshold: 250 });
const provenance = (r: ReturnType<typeof run>): Provenance => ({
  title: 'Coverage by ward',
  generatedAt: new Date('2026-12-03T10:00:00Z'),
  link: 'http://localhost:4173/plan?d=250',
  settings: [{ label: 'Listings', text: 'All categories, all kinds: 4 listings' }],
  method: methodLines({ threshold: 250, cellSide: 100, areaWord: 'ward', placement: r.totals.placement, homesLoaded: true, lsoasShipped: true, summaryShipped: true }),
});

describe('coverage exports', () => {
  it('writes the ward table as CSV a spreadsheet opens as written', () => {
    const r = run();
    expect(wardSummaryCsv(r.wards)).toBe(
      'ward_code,ward_name,population,population_within_reach,pct_within_reach,assets,assets_per_1000,gap_population,gap_population_imd_deciles_1_2\r\n' +
        'W,Tiny W,2100,700,33.3,1,0.48,1400,1400\r\n' +
        'E,Tiny E,5350,4650,86.9,3,0.56,700,0\r\n',
    );
  });

  it('starts every CSV with "#" lines saying how, when and from what data the figures were made', () => {
    const r = run();
    const lines = wardSummaryCsv(r.wards, provenance(r)).split('\r\n');
    const block = lines.filter((l) => l.startsWith('#'));
    expect(lines.slice(0, block.length)).toEqual(block); // the block comes first
    expect(block.slice(0, 4)).toEqual([
      '# Common Ground coverage,Coverage by ward',
      '# Generated,2026-12-03T10:00:00.000Z',
      '# Link,http://localhost:4173/plan?d=250',
      '# Listings,"All categories, all kinds: 4 listings"',
    ]);
    const labels = block.map((l) => l.split(',')[0]);
    expect(labels).toEqual(
      expect.arrayContaining(['# Within reach', '# Where people live', '# Map cells', '# Worst gaps', '# Population', '# Deprivation', '# Boundaries', '# Postcodes']),
    );
    expect(block.find((l) => l.startsWith('# Population'))).toMatch(/mid-2015/);
    expect(block.find((l) => l.startsWith('# Deprivation'))).toMatch(/Indices of Deprivation 2019/);
    expect(block.find((l) => l.startsWith('# Boundaries'))).toMatch(/wards May 2023, LSOAs December 2021, borough December 2023/);
    expect(lines[block.length]).toMatch(/^ward_code,ward_name,/);
    expect(
      gapCellsCsv(r, { provenance: provenance(r) })
        .split('\r\n')
        .slice(0, block.length),
    ).toEqual(block);
  });

  it('neutralises text a spreadsheet would run as a formula, and quotes what needs quoting', () => {
    for (const s of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) expect(csvField(s).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('Pemberton, "North"')).toBe('"Pemberton, ""North"""');
    expect(csvField(-3)).toBe('-3'); // numbers are numbers, not text
    expect(csvField(null)).toBe('');
    expect(csvField(Infinity)).toBe('');
    const rows = [
      {
        code: '=cmd',
        name: '@evil',
        population: 0,
        populationWithin: 0,
        pctWithin: null,
        assets: 0,
        assetsPer1000: null,
        gapPopulation: 0,
        gapPopulationMostDeprived: 0,
      },
    ];
    expect(wardSummaryCsv(rows).split('\r\n')[1]).toBe("'=cmd,'@evil,0,0,,0,,0,0");
  });

  it('leaves the distance blank when a category has no assets at all', () => {
    const r = run([]);
    const lines = gapCellsCsv(r).trim().split('\r\n');
    expect(lines).toHaveLength(1 + 84);
    expect(lines[0]).toBe('cell,lng,lat,distance_m,population,population_out_of_reach,imd_decile,ward_code,ward_name,gap_rank,gap_name');
    expect(lines[1].split(',')[3]).toBe('');
  });

  it('exports gap cells as closed hexagons carrying their figures, the listed gaps and where they came from', () => {
    const r = run();
    const gaps = [{ rank: 1, name: 'Tiny W, near Nowhere', cells: r.worstGaps[0].cells }];
    const fc = gapsGeoJSON(r, { gaps, provenance: provenance(r) });
    expect(fc.features).toHaveLength(r.totals.gapCells);
    const f = fc.features[0];
    expect(f.geometry.coordinates[0]).toHaveLength(7);
    expect(f.geometry.coordinates[0][0]).toEqual(f.geometry.coordinates[0][6]);
    expect(Object.keys(f.properties).sort()).toEqual([
      'cell',
      'distance_m',
      'gap_name',
      'gap_rank',
      'imd_decile',
      'population',
      'population_out_of_reach',
      'ward_code',
      'ward_name',
    ]);
    expect(fc.features.reduce((s, g) => s + g.properties.population_out_of_reach, 0)).toBeCloseTo(2100, 6);
    expect(fc.features.filter((g) => g.properties.gap_rank === 1).map((g) => g.properties.cell)).toEqual(r.worstGaps[0].cells);
    expect(fc.metadata).toMatchObject({
      title: 'Coverage by ward',
      generated: '2026-12-03T10:00:00.000Z',
      link: 'http://localhost:4173/plan?d=250',
      settings: { Listings: expect.any(String) },
    });
    expect(fc.metadata!.method['Within reach']).toMatch(/at most 250 m away in a straight line/);
  });
});
