// Counts the tests a layer ran from what its runners printed: Vitest's summary line
// ("Tests  2 failed | 40 passed (42)") and pg_prove's ("Files=6, Tests=67," and "Failed 2/16
// subtests"). A layer may run several of them; the counts add up.
export interface TestCount {
  total: number;
  failed: number;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

export function countTests(output: string): TestCount {
  const text = output.replace(ANSI, '');
  let total = 0;
  let failed = 0;
  for (const [, parts, all] of text.matchAll(/^\s*Tests\s+(.*?)\s*\((\d+)\)\s*$/gm)) {
    total += Number(all);
    failed += Number(/(\d+) failed/.exec(parts)?.[1] ?? 0);
  }
  for (const [, all] of text.matchAll(/^Files=\d+, Tests=(\d+),/gm)) total += Number(all);
  for (const [, n] of text.matchAll(/^Failed (\d+)\/\d+ subtests/gm)) failed += Number(n);
  return { total, failed };
}
