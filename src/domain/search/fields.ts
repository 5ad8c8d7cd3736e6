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
export const FIELD_SCORE: Float32Array = scoreTable(FIELD_WEIGHT);

/**
 * Set beside FIELD.place on the tokens of ward names, so a query word can be recognised as a
 * place ("wigan", "leigh"). Not a field of its own: fieldNames and the score tables ignore it.
 */
export const WARD_BIT = 32;

// A place word is what the resident wants it near, not what they want: "Wigan Time Bank" is no
// better an answer to "food bank wigan" than a food bank in a Wigan ward, so for a place word the
// name counts no more than the ward or address does.
const PLACE_WORD_WEIGHT: Record<SearchField, number> = { name: 5, description: 2, category: 1.5, organisation: 2.5, place: 5 };

/** FIELD_SCORE for a query word that names a ward. */
export const PLACE_WORD_SCORE: Float32Array = scoreTable(PLACE_WORD_WEIGHT);

function scoreTable(weights: Record<SearchField, number>): Float32Array {
  const table = new Float32Array(64);
  for (let mask = 1; mask < 64; mask++) {
    let best = 0;
    let sum = 0;
    for (const f of FIELD_NAMES) {
      if (mask & FIELD[f]) {
        const w = weights[f];
        sum += w;
        if (w > best) best = w;
      }
    }
    table[mask] = best + 0.03 * (sum - best);
  }
  return table;
}

/** The field names in a mask, in ranking order ("name", "description", ...). */
export function fieldNames(mask: number): SearchField[] {
  return FIELD_NAMES.filter((f) => mask & FIELD[f]);
}
