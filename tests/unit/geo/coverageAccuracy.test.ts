// The product's ward figures against references computed without any of its code
// (coverageReference.ts), over the shipped real wards, LSOAs and postcodes, for layers shaped like
// real ones (assetSets.ts). `npm run bench coverage` prints the same comparison beside the time.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CELL_SIDE, DEFAULT_THRESHOLD, createCoverageEngine } from '../../../src/geo/coverage.ts';
import { POPULATION_CHECK } from '../../../src/geo/coverageMethod.ts';
import { realLookingSets } from './assetSets.ts';
import { placeByArea, placeByPostcodes, readRealBorough, referenceWards } from './coverageReference.ts';
import { checkPopulationMethods } from './populationMethodCheck.ts';

const b = readRealBorough();
const homes = new Float64Array(b.postcodes.flat());
const sets = realLookingSets(b);
const byPostcodes = placeByPostcodes(b);

/** Within ±1% of the reference, or half a person where the reference is under 50 (the table shows whole people). */
function expectWithin1pct(product: { code: string; name: string; population: number; populationWithin: number }[], reference: ReturnType<typeof referenceWards>) {
  for (const r of reference) {
    const p = product.find((w) => w.code === r.code)!;
    const slack = (x: number) => Math.max(0.01 * x, 0.5);
    expect(Math.abs(p.population - r.population), `${r.name} population`).toBeLessThanOrEqual(slack(r.population));
    expect(Math.abs(p.populationWithin - r.within), `${r.name} within reach`).toBeLessThanOrEqual(slack(r.within));
  }
}

describe('ward figures against an independent reference', () => {
  it.each(Object.keys(sets))('%s: every ward within ±1% at the default settings, and the same at every cell size', (name) => {
    const reference = referenceWards(byPostcodes, b.wards, sets[name], DEFAULT_THRESHOLD);
    const run = (cellSide?: number) => createCoverageEngine().run({ outline: b.outline, areas: b.lsoas, wards: b.wards, homes, cellSide, assets: sets[name] }).wards;
    const atDefault = run();
    expectWithin1pct(atDefault, reference);
    for (const side of [100, 500]) if (side !== DEFAULT_CELL_SIDE) expect(run(side)).toEqual(atDefault);
  });

  it('without postcodes, people spread by area match a 25 m area-weighted reference within ±1% per ward', () => {
    const assets = sets['all published (sample)'];
    const reference = referenceWards(placeByArea(b, 25), b.wards, assets, DEFAULT_THRESHOLD);
    const spread = createCoverageEngine().run({ outline: b.outline, areas: b.lsoas, wards: b.wards, homes: null, assets });
    expectWithin1pct(spread.wards, reference);
  });

  it('places people by postcode because that is what the measurement supports, and the page quotes the measurement', () => {
    const check = checkPopulationMethods(b);
    expect(check.byPostcodes.medianPct).toBeLessThan(check.byArea.medianPct / 2);
    expect(Math.round(check.byPostcodes.medianPct)).toBe(POPULATION_CHECK.postcodesMedianPct);
    expect(Math.round(check.byArea.medianPct)).toBe(POPULATION_CHECK.areaMedianPct);
  });
});
