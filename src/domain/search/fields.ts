// Which part of an asset a search word matched, as one bit each so a posting stores every field
// a word appears in within one byte, and how much each field counts towards the ranking.

export const FIELD = { name: 1, description: 2, category: 4, organisation: 8, place: 16 } as const;
export type SearchField = keyof typeof FIELD;

const FIELD_NAMES = Object.keys(FIELD) as SearchField[];

// Name first: a resident typing "food bank" wants things called food banks before things that
// mention one. Then the description, then the labels around it (category, who runs it, where).
// A name prefix (10 x 0.55) still outranks a whole word in the description (4).
const FIELD_WEIGHT: Record<SearchField, number> = { name: 10, description: 4, category: 3, organisation: 2.5, place: 2.5 };

/** Score of a word found in the fields of `mask`: the best field plus a little for each other one. */
export const FIELD_SCORE: Float32Array = (() => {
  const table = new Float32Array(32);
  for (let mask = 1; mask < 32; mask++) {
    let best = 0;
    let sum = 0;
    for (const f of FIELD_NAMES) {
      if (mask & FIELD[f]) {
        const w = FIELD_WEIGHT[f];
        sum += w;
        if (w > best) best = w;
      }
    }
    table[mask] = best + 0.03 * (sum - best);
  }
  return table;
})();

/** The field names in a mask, in ranking order ("name", "description", ...). */
export function fieldNames(mask: number): SearchField[] {
  return FIELD_NAMES.filter((f) => mask & FIELD[f]);
}
