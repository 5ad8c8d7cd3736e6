// Repeats inside one partner file (src/features/import/repeats.ts): the same partner ID, or the
// same name within 150 m. Ours is one pass with an ID hash and a name grid; the naive way
// compares each row with every earlier one. Both run on the same 20,000 rows (one in ten a
// repeat) and must find the same repeats; ours is then run on 100,000 rows to show the time per
// row stays flat (linear), where the naive way would take 25 times as long.
import { comparableName, findRepeats, REPEAT_RADIUS_M, type PlacedListing } from '../../src/features/import/repeats';

function listings(n: number): PlacedListing[] {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const out: PlacedListing[] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0 && i % 10 === 0) {
      const earlier = out[Math.floor(random() * out.length)];
      const byId = random() < 0.5 && earlier.external_id !== null;
      out.push({ row: i + 2, external_id: byId ? earlier.external_id : null, name: earlier.name.toUpperCase(), lat: earlier.lat + 0.0003, lng: earlier.lng });
    } else {
      out.push({ row: i + 2, external_id: `P-${i}`, name: `Sample place ${i}`, lat: 53.4 + random() * 0.3, lng: -2.8 + random() * 0.5 });
    }
  }
  return out;
}

function naive(rows: readonly PlacedListing[]): Map<number, number> {
  const found = new Map<number, number>();
  const names = rows.map((r) => comparableName(r.name));
  const R = Math.PI / 180;
  for (let i = 0; i < rows.length; i++) {
    for (let j = 0; j < i; j++) {
      if (found.has(rows[j].row)) continue; // a repeat is never the row another repeats
      const a = rows[j];
      const b = rows[i];
      const sameId = a.external_id !== null && a.external_id === b.external_id;
      const x = (b.lng - a.lng) * R * Math.cos(((a.lat + b.lat) / 2) * R);
      const y = (b.lat - a.lat) * R;
      if (sameId || (names[i] === names[j] && Math.sqrt(x * x + y * y) * 6371008.8 <= REPEAT_RADIUS_M)) {
        found.set(b.row, a.row);
        break;
      }
    }
  }
  return found;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn: () => unknown, runs: number): number {
  const t: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  return median(t);
}

const small = listings(20_000);
const ours = findRepeats(small);
const theirs = naive(small);
if (ours.size !== theirs.size || [...theirs].some(([row, first]) => ours.get(row)?.row !== first)) {
  throw new Error(`ours found ${ours.size} repeats, naive ${theirs.size}`);
}
const oursMs = time(() => findRepeats(small), 5);
const naiveMs = time(() => naive(small), 1);
const large = listings(100_000);
const largeMs = time(() => findRepeats(large), 5);
console.log(
  `repeats in 20,000 rows (${ours.size.toLocaleString('en-GB')} found): ours ${oursMs.toFixed(1)} ms, naive pairwise ${naiveMs.toFixed(0)} ms, ratio ${(naiveMs / oursMs).toFixed(0)}x faster`,
);
console.log(
  `repeats in 100,000 rows: ours ${largeMs.toFixed(1)} ms (${((largeMs / 100_000) * 1000).toFixed(2)} µs a row, against ${((oursMs / 20_000) * 1000).toFixed(2)} µs a row at 20,000)`,
);
