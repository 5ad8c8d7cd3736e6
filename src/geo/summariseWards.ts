// One row per ward for the planner's table and CSV: how many people, how many within reach of an
// asset, how many assets per 1,000 residents, and how many of the people out of reach live in the
// most deprived fifth of England (IMD deciles 1–2).

export interface WardRow {
  code: string;
  name: string;
  /** People living in the ward (whole people). */
  population: number;
  populationWithin: number;
  /** 0–100 with one decimal; null when nobody lives there. */
  pctWithin: number | null;
  /** Assets whose point lies inside the ward boundary. */
  assets: number;
  /** Two decimals; null when nobody lives there. */
  assetsPer1000: number | null;
  gapPopulation: number;
  gapPopulationMostDeprived: number;
}

/** People as weighted points (placePeople.ts), each with its ward and whether it is out of reach. */
export interface WardSummaryInputs {
  wards: { code: string; name: string }[];
  people: Float64Array;
  decile: Uint8Array;
  ward: Int32Array;
  beyond: Uint8Array;
  /** Ward index of each asset (-1 outside every ward). */
  assetWard: Int32Array;
}

export function summariseWards(input: WardSummaryInputs): WardRow[] {
  const k = input.wards.length;
  const pop = new Float64Array(k),
    within = new Float64Array(k),
    gapDeprived = new Float64Array(k);
  const assets = new Int32Array(k);
  const { people, decile, ward, beyond } = input;
  for (let i = 0; i < people.length; i++) {
    const w = ward[i];
    if (w < 0) continue;
    const p = people[i];
    pop[w] += p;
    if (!beyond[i]) within[w] += p;
    else if (decile[i] === 1 || decile[i] === 2) gapDeprived[w] += p;
  }
  for (let a = 0; a < input.assetWard.length; a++) if (input.assetWard[a] >= 0) assets[input.assetWard[a]]++;
  return input.wards.map((w, i) => rowFrom(w.code, w.name, pop[i], within[i], gapDeprived[i], assets[i]));
}

/**
 * Rounds to whole people once so a row always adds up: the people out of reach are rounded from
 * the exact figure (so a gap inside the ward, rounded the same way, never shows more), and those
 * within reach are the rest.
 */
export function rowFrom(code: string, name: string, population: number, within: number, gapDeprived: number, assets: number): WardRow {
  const people = Math.round(population);
  const reached = people - Math.min(people, Math.max(0, Math.round(population - within)));
  return {
    code,
    name,
    population: people,
    populationWithin: reached,
    pctWithin: people > 0 ? Math.round((1000 * reached) / people) / 10 : null,
    assets,
    assetsPer1000: people > 0 ? Math.round((100_000 * assets) / people) / 100 : null,
    gapPopulation: people - reached,
    gapPopulationMostDeprived: Math.min(people - reached, Math.round(gapDeprived)),
  };
}
