// Where people live, for the coverage analysis: the postcode points the build ships
// (generated/postcodes.csv, the same table the offline geocoder uses). The planner and the ward
// pages read them the same way, so both place people alike and their figures agree.

/** Postcode points as packed [lng, lat, …], from a CSV with `lat` and `lng` columns; bad rows are skipped. */
export function parseHomes(text: string): Float64Array {
  const lines = text.split(/\r?\n/);
  const header = lines[0]?.split(',').map((h) => h.trim().toLowerCase()) ?? [];
  const lat = header.indexOf('lat'),
    lng = header.indexOf('lng');
  if (lat < 0 || lng < 0) throw new Error(`the postcode file has no lat and lng columns (its header is "${lines[0] ?? ''}")`);
  const out: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i].split(',');
    const y = Number(cells[lat]),
      x = Number(cells[lng]);
    if (lines[i] && Number.isFinite(x) && Number.isFinite(y) && Math.abs(x) <= 180 && Math.abs(y) <= 90) out.push(x, y);
  }
  return Float64Array.from(out);
}

/** The shipped postcode points; on failure, null and why (people are then spread over each area). */
export async function loadHomes(): Promise<{ points: Float64Array | null; error: string | null }> {
  try {
    const res = await fetch(`${import.meta.env.BASE_URL}generated/postcodes.csv`);
    if (!res.ok) throw new Error(`the server answered ${res.status}`);
    return { points: parseHomes(await res.text()), error: null };
  } catch (e) {
    return { points: null, error: (e as Error).message };
  }
}
