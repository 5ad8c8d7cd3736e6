// Unmet demand (issue 17): what a search that found little is counted as. Only words from our own
// vocabulary leave the browser: a category slug (chosen, or named by its label or an alias in the
// search box) or one of DEMAND_WORDS. Anything else typed is never sent. The server keeps the same
// list (app.demand_words) and refuses any other term; tests/sql/searchDemand.test.ts keeps them equal.
import type { Category } from './types';

/** Searches that found little in a ward for one term: how many different visits asked (3 or more). */
export interface SearchDemandRow {
  ward_code: string;
  ward_name: string;
  /** A category slug or a counted word. */
  term: string;
  /** The category's label, or the word itself. */
  label: string;
  visits: number;
}

/** A search "finds little" when it shows fewer results than this. */
export const FEW_RESULTS = 3;

/** Words people search for that are not category names, counted as themselves. */
export const DEMAND_WORDS: readonly string[] = [
  'addiction',
  'allotment',
  'art',
  'autism',
  'baby',
  'benefits',
  'bereavement',
  'carers',
  'clothes',
  'coffee morning',
  'computer',
  'counselling',
  'dance',
  'debt',
  'dementia',
  'disability',
  'domestic abuse',
  'employment',
  'energy',
  'english',
  'exercise',
  'furniture',
  'gambling',
  'gardening',
  'housing',
  'internet',
  'jobs',
  'legal advice',
  'loneliness',
  'music',
  'parents',
  'refugees',
  'shower',
  'singing',
  'sport',
  'swimming',
  'toddlers',
  'transport',
  'veterans',
  'volunteering',
  'walking',
  'warm space',
  'wifi',
  'youth club',
];

/** Lower case, accents and punctuation gone, single spaces: "Food-Bank!" → "food bank". */
function plain(text: string): string {
  return ` ${text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

/** A phrase is in the text as whole words, allowing a plural "s" ("food banks" names "food bank"). */
function names(text: string, phrase: string): boolean {
  const p = plain(phrase).trim();
  return p !== '' && (text.includes(` ${p} `) || text.includes(` ${p}s `));
}

/**
 * The term a search is counted under, or null when it uses none of our vocabulary (then nothing
 * is counted). Words in the search box come first (they say most precisely what was wanted): the
 * longest category name or counted word they contain; otherwise the one category chosen.
 */
export function demandTerm(query: string, chosen: readonly string[], categories: readonly Category[]): string | null {
  const text = plain(query);
  if (text.trim() !== '') {
    const candidates: { term: string; phrase: string }[] = [];
    for (const c of categories) for (const phrase of [c.label, c.slug, ...(c.aliases ?? [])]) candidates.push({ term: c.slug, phrase });
    for (const w of DEMAND_WORDS) candidates.push({ term: w, phrase: w });
    const found = candidates.filter((x) => names(text, x.phrase)).sort((a, b) => b.phrase.length - a.phrase.length)[0];
    if (found) return found.term;
  }
  return chosen.length === 1 && categories.some((c) => c.slug === chosen[0]) ? chosen[0] : null;
}

type Ring = readonly (readonly number[])[];

function inRing(lat: number, lng: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The code of the ward a point lies in (even-odd over every ring, so holes need no special case), or null. */
export function wardAt(
  lat: number,
  lng: number,
  wards: { features: readonly { geometry: { type: string; coordinates: unknown }; properties: { code: string } }[] },
): string | null {
  for (const f of wards.features) {
    const polygons = (f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [f.geometry.coordinates]) as Ring[][];
    let inside = false;
    for (const polygon of polygons) for (const ring of polygon) if (inRing(lat, lng, ring)) inside = !inside;
    if (inside) return f.properties.code;
  }
  return null;
}
