// File formats of data/: compact JSON with one record per line (small, and a regenerated file
// diffs line by line in review), and the postcode CSV.
import type { SamplePostcode } from './assets';

/** A JSON array with one compact element per line. */
export function linesJson(items: readonly unknown[]): string {
  return `[\n${items.map((x) => JSON.stringify(x)).join(',\n')}\n]\n`;
}

/** A FeatureCollection with one compact feature per line. */
export function featureCollectionJson(features: readonly unknown[]): string {
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

export const POSTCODES_HEADER = 'postcode,lat,lng,ward_code';

export function postcodesCsv(rows: readonly SamplePostcode[]): string {
  const lines = rows.map((r) => `${r.postcode},${r.lat.toFixed(6)},${r.lng.toFixed(6)},${r.ward_code}`);
  return `${POSTCODES_HEADER}\n${lines.join('\n')}\n`;
}

/** Parses data/postcodes.csv; a malformed line names its line number and what was expected. */
export function parsePostcodesCsv(text: string): SamplePostcode[] {
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  if (lines[0] !== POSTCODES_HEADER) {
    throw new Error(`postcodes.csv line 1: expected the header "${POSTCODES_HEADER}", found "${lines[0] ?? ''}"`);
  }
  return lines.slice(1).map((line, i) => {
    const [postcode, lat, lng, ward_code] = line.split(',');
    const row = { postcode, lat: Number(lat), lng: Number(lng), ward_code };
    if (!postcode || !ward_code || !Number.isFinite(row.lat) || !Number.isFinite(row.lng)) {
      throw new Error(`postcodes.csv line ${i + 2}: expected postcode,lat,lng,ward_code with numeric lat and lng, found "${line}"`);
    }
    return row;
  });
}
