// Bounded edit distance for typo matching. Counts an adjacent swap ("chiar" -> "chair") as one
// edit (optimal string alignment), which plain Levenshtein counts as two, because swapped letters
// are the commonest typing slip on a phone keyboard.

let prev2 = new Int32Array(64);
let prev = new Int32Array(64);
let curr = new Int32Array(64);

/**
 * Edit distance between a and b (or b's first `bLength` letters) when it is at most max;
 * otherwise max + 1. Stops as soon as a whole row exceeds max, so most words of the vocabulary
 * cost only a row or two.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  return distance(a, b, max, b.length, false);
}

/**
 * The smallest edit distance between a and any start of b (a misspelt word still being typed
 * against a whole word), when at most max; otherwise max + 1.
 */
export function boundedPrefixDistance(a: string, b: string, max: number): number {
  return distance(a, b, max, Math.min(b.length, a.length + max), true);
}

function distance(a: string, b: string, max: number, n: number, prefix: boolean): number {
  const m = a.length;
  if (!prefix && Math.abs(m - n) > max) return max + 1;
  if (prefix && n < m - max) return max + 1;
  if (m === 0 || n === 0) return Math.max(m, n) <= max ? Math.max(m, n) : max + 1;
  if (n + 1 > curr.length) {
    prev2 = new Int32Array(n + 1);
    prev = new Int32Array(n + 1);
    curr = new Int32Array(n + 1);
  }
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    curr[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = prev[j - 1] + (ca === cb ? 0 : 1);
      const del = prev[j] + 1;
      if (del < d) d = del;
      const ins = curr[j - 1] + 1;
      if (ins < d) d = ins;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        const swap = prev2[j - 2] + 1;
        if (swap < d) d = swap;
      }
      curr[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = curr;
    curr = t;
  }
  let result = prev[n];
  if (prefix) for (let j = Math.max(0, m - max); j <= n; j++) if (prev[j] < result) result = prev[j];
  return result <= max ? result : max + 1;
}
