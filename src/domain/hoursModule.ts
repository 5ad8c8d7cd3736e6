// Opening hours load after the first list (the parser and its holiday tables are ~160 KB gzip,
// more than the rest of the page), so "open now" arrives a moment after the results.
export type HoursModule = typeof import('./openingHours');

let pending: Promise<HoursModule> | null = null;

export function loadHoursModule(): Promise<HoursModule> {
  pending ??= import('./openingHours');
  return pending;
}
